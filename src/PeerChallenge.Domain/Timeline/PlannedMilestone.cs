using NodaTime;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Timeline;

/// <summary>A milestone of a <see cref="TimelinePlan"/> with its date.</summary>
/// <remarks>Equality is by value.</remarks>
/// <param name="Id">The milestone's id, for example <c>draft-report</c> (see <see cref="MilestoneIds"/>).</param>
/// <param name="Title">What happens.</param>
/// <param name="Phase">The part of the challenge.</param>
/// <param name="Date">The day.</param>
/// <exception cref="ArgumentNullException"><paramref name="Id"/> or <paramref name="Title"/> is null.</exception>
/// <exception cref="ArgumentException"><paramref name="Id"/> or <paramref name="Title"/> is empty or white space.</exception>
public sealed record PlannedMilestone(string Id, string Title, TimelinePhase Phase, LocalDate Date)
{
    /// <summary>Gets the milestone's id, for example <c>draft-report</c>. Never blank.</summary>
    public string Id { get; init => field = Preconditions.CheckNotBlank(value, nameof(Id)); } = Preconditions.CheckNotBlank(Id, nameof(Id));

    /// <summary>Gets what happens. Never blank.</summary>
    public string Title { get; init => field = Preconditions.CheckNotBlank(value, nameof(Title)); } = Preconditions.CheckNotBlank(Title, nameof(Title));

    /// <summary>Returns the date and title, for example <c>2011-10-03 On site, day 1: ...</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{IsoDate.Format(Date)} {Title}";
}
