using NodaTime;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Timeline;

/// <summary>
/// The dates of one peer challenge, worked out by a <see cref="TimelinePlanner"/>: every milestone of the
/// template with its day, and the on-site days themselves.
/// </summary>
/// <remarks>Immutable; equality is by value (the milestones and on-site days item by item).</remarks>
public sealed record TimelinePlan
{
    internal TimelinePlan(IEnumerable<PlannedMilestone> milestones, IEnumerable<LocalDate> onSiteDays)
    {
        Milestones = EquatableList.From(milestones);
        OnSiteDays = EquatableList.From(onSiteDays);
    }

    /// <summary>Gets the milestones in date order; milestones on the same day keep the template's dependency order.</summary>
    public IReadOnlyList<PlannedMilestone> Milestones { get; }

    /// <summary>Gets the on-site days in order: consecutive working days, Monday 3 to Friday 7 October 2011 for Rotherham.</summary>
    public IReadOnlyList<LocalDate> OnSiteDays { get; }

    /// <summary>Gets the first day of the lead-in.</summary>
    public LocalDate LeadInStart => DateOf(MilestoneIds.LeadInStart);

    /// <summary>Gets the first on-site day.</summary>
    public LocalDate OnSiteStart => DateOf(MilestoneIds.OnSiteStart);

    /// <summary>Gets the last on-site day.</summary>
    public LocalDate OnSiteEnd => DateOf(MilestoneIds.OnSiteEnd);

    /// <summary>Finds the milestone with id <paramref name="id"/>.</summary>
    /// <param name="id">The id, for example <see cref="MilestoneIds.DraftReport"/>.</param>
    /// <returns>The milestone, or null when the plan's template has none with that id.</returns>
    public PlannedMilestone? Find(string? id) => Milestones.FirstOrDefault(m => string.Equals(m.Id, id, StringComparison.Ordinal));

    /// <summary>Gets the date of the milestone with id <paramref name="id"/>.</summary>
    /// <param name="id">The id, for example <see cref="MilestoneIds.DraftReport"/>.</param>
    /// <returns>The date.</returns>
    /// <exception cref="KeyNotFoundException">The plan has no milestone with that id.</exception>
    public LocalDate DateOf(string id) =>
        Find(id)?.Date ?? throw new KeyNotFoundException($"The plan has no milestone '{id}'. Its milestones are: {string.Join(", ", Milestones.Select(m => m.Id))}.");

    /// <summary>
    /// Returns the plan as the dates of a <see cref="ChallengeRecord"/>: the lead-in start, the on-site days, and
    /// the draft report, council's comments, final report, action plan and progress review when the template has them.
    /// </summary>
    /// <returns>The timeline.</returns>
    public ChallengeTimeline ToChallengeTimeline() => new()
    {
        LeadInStart = LeadInStart,
        OnSiteStart = OnSiteStart,
        OnSiteEnd = OnSiteEnd,
        DraftReportDue = Find(MilestoneIds.DraftReport)?.Date,
        CouncilCommentsDue = Find(MilestoneIds.CouncilComments)?.Date,
        FinalReportDue = Find(MilestoneIds.FinalReport)?.Date,
        ActionPlanDue = Find(MilestoneIds.ActionPlan)?.Date,
        ProgressReviewDue = Find(MilestoneIds.ProgressReview)?.Date,
    };
}
