using NodaTime;

namespace PeerChallenge.Domain.Timeline;

/// <summary>A milestone of a <see cref="TimelinePlan"/> with its date.</summary>
/// <remarks>Equality is by value.</remarks>
/// <param name="Id">The milestone's id, for example <c>draft-report</c> (see <see cref="MilestoneIds"/>).</param>
/// <param name="Title">What happens.</param>
/// <param name="Phase">The part of the challenge.</param>
/// <param name="Date">The day.</param>
public sealed record PlannedMilestone(string Id, string Title, TimelinePhase Phase, LocalDate Date)
{
    /// <summary>Returns the date and title, for example <c>2011-10-03 On site, day 1: ...</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{IsoDate.Format(Date)} {Title}";
}
