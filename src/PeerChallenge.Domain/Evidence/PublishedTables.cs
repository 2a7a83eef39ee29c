using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Evidence;

/// <summary>
/// The tables of a record's questionnaires and case audit after disclosure control, with the profile they follow and
/// the highest marking of what they were made from: what <c>peer-challenge tables</c> prints.
/// </summary>
/// <remarks>Made by <see cref="EvidenceTables.Publish"/>. Equality is by value, lists compared item by item.</remarks>
public sealed record PublishedTables
{
    /// <summary>Initializes a new instance of the <see cref="PublishedTables"/> class.</summary>
    /// <param name="profile">The disclosure profile every table follows.</param>
    /// <param name="tables">The tables, in the order to show them.</param>
    /// <exception cref="ArgumentNullException">An argument is null, or a table is.</exception>
    /// <exception cref="ArgumentException">A table follows another profile.</exception>
    public PublishedTables(DisclosureProfile profile, IReadOnlyList<StatisticalTable> tables)
    {
        Profile = Preconditions.CheckNotNull(profile, nameof(profile));
        Tables = EquatableList<StatisticalTable>.From(Preconditions.CheckNotNull(tables, nameof(tables)));
        Preconditions.CheckArgument(Tables.All(t => t is not null), nameof(tables), "No table is null.");
        Preconditions.CheckArgument(Tables.All(t => t.Profile == profile.Code), nameof(tables), $"Every table follows the profile '{profile.Code}'.");
        Marking = DerivedMarking.HighestOf(Tables.Select(t => t.Marking));
    }

    /// <summary>Gets the disclosure profile every table follows.</summary>
    public DisclosureProfile Profile { get; }

    /// <summary>Gets the tables, in the order to show them.</summary>
    public IReadOnlyList<StatisticalTable> Tables { get; }

    /// <summary>
    /// Gets the highest marking of the tables (<see cref="DerivedMarking.HighestOf(IEnumerable{DerivedMarking?})"/>),
    /// which whatever shows them together carries; null when no table is marked.
    /// </summary>
    public DerivedMarking? Marking { get; }
}
