using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.OnSite;

/// <summary>One row of a <see cref="TimetableCoverage"/>: a theme or a line of enquiry, and how many sessions cover it on each day.</summary>
/// <param name="Kind">Whether the row is a theme or a line of enquiry.</param>
/// <param name="Code">The theme's code or the line of enquiry's id.</param>
/// <param name="SessionsPerDay">How many sessions cover it on each of the coverage's days, in the same order.</param>
/// <param name="Sessions">How many sessions of the timetable cover it in all, on the coverage's days or not.</param>
/// <remarks>Equality is by value, the counts compared item by item.</remarks>
public sealed record CoverageRow(CoverageRowKind Kind, string Code, IReadOnlyList<int> SessionsPerDay, int Sessions)
{
    /// <summary>Gets how many sessions cover the row on each day. Never null.</summary>
    public IReadOnlyList<int> SessionsPerDay { get; init => field = EquatableList.From(value); } = EquatableList.From(SessionsPerDay);

    /// <summary>Gets a value indicating whether no session covers the row: a gap (PC0807, PC0808).</summary>
    public bool IsGap => Sessions == 0;
}
