namespace PeerChallenge.Domain.Timeline;

/// <summary>
/// One node of a <see cref="TimelineTemplate"/>: a milestone placed at an <see cref="Offset"/> from the
/// milestone it hangs on (<see cref="Anchor"/>), moved to a working day as <see cref="Adjustment"/> says.
/// </summary>
/// <remarks>Equality is by value. The template checks the graph (unique ids, anchors that exist, no cycles) when it is made.</remarks>
public sealed record MilestoneDefinition
{
    /// <summary>Gets the milestone's id, unique in its template, for example <c>draft-report</c> (see <see cref="MilestoneIds"/>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets what happens, in words a council officer uses, for example <c>Written feedback (draft report) sent to the council</c>.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the part of the challenge the milestone belongs to.</summary>
    public required TimelinePhase Phase { get; init; }

    /// <summary>Gets the id of the milestone this one hangs on; null only for the root, <see cref="MilestoneIds.OnSiteStart"/>. Default null.</summary>
    public string? Anchor { get; init; }

    /// <summary>Gets the offset from <see cref="Anchor"/>. Default zero working days.</summary>
    public MilestoneOffset Offset { get; init; }

    /// <summary>Gets what happens when the offset lands on a day that is not a working day. Default <see cref="WorkingDayAdjustment.NextWorkingDay"/>.</summary>
    public WorkingDayAdjustment Adjustment { get; init; } = WorkingDayAdjustment.NextWorkingDay;
}
