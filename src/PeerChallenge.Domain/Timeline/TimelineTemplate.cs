using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Timeline;

/// <summary>
/// The milestones of a peer challenge as a small dependency graph: each milestone is an offset in weeks or
/// working days from another, rooted at the first on-site day. A <see cref="TimelinePlanner"/> evaluates it on
/// a <see cref="WorkingDayCalendar"/>, so moving the on-site week moves everything that hangs on it.
/// </summary>
/// <remarks>
/// <para>
/// A template is checked when it is made: ids are unique and not blank, every anchor exists, there is no cycle,
/// the root is <see cref="MilestoneIds.OnSiteStart"/> (the only milestone without an anchor),
/// <see cref="MilestoneIds.LeadInStart"/> hangs on it by a negative number of weeks and
/// <see cref="MilestoneIds.OnSiteEnd"/> by zero or more working days. Immutable.
/// </para>
/// </remarks>
public sealed class TimelineTemplate
{
    private readonly Dictionary<string, MilestoneDefinition> _byId;

    private TimelineTemplate(IReadOnlyList<MilestoneDefinition> ordered)
    {
        Milestones = ordered;
        _byId = ordered.ToDictionary(m => m.Id, StringComparer.Ordinal);
    }

    /// <summary>Gets the milestones in dependency order: every milestone comes after the one it hangs on; the root first.</summary>
    public IReadOnlyList<MilestoneDefinition> Milestones { get; }

    /// <summary>Gets the length of the lead-in in whole weeks: minus the offset of <see cref="MilestoneIds.LeadInStart"/>.</summary>
    public int LeadInWeeks => -_byId[MilestoneIds.LeadInStart].Offset.Value;

    /// <summary>Gets the number of consecutive working days on site: one more than the offset of <see cref="MilestoneIds.OnSiteEnd"/>.</summary>
    public int OnSiteDays => _byId[MilestoneIds.OnSiteEnd].Offset.Value + 1;

    /// <summary>
    /// Makes the template of <paramref name="edition"/>: its lead-in (<see cref="Edition.LeadInWeeks"/>) and
    /// on-site days (<see cref="Edition.OnSiteDays"/>), with these defaults for the rest (see docs/planning.md):
    /// questionnaires open 1 week into the lead-in; documents sent 4 weeks, questionnaires closed and the case
    /// audit complete 3 weeks, and the on-site timetable agreed 2 weeks before the visit (each moved to the working
    /// day before when it falls on a holiday, and never more weeks before the visit than the lead-in lasts); the written feedback 4 weeks
    /// after the last on-site day; the council's comments 10 working days after that; the final report 10 working
    /// days after the comments; the action plan 4 weeks after the final report (about 12 weeks after the visit,
    /// inside the 3 months LGA practice allows); the progress review 52 weeks after the visit.
    /// </summary>
    /// <param name="edition">The framework edition.</param>
    /// <returns>The template.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The edition's lead-in is not 1 to 52 weeks, or its on-site days not 1 to 10.</exception>
    public static TimelineTemplate ForEdition(Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        var leadInWeeks = Preconditions.CheckArgumentRange(edition.LeadInWeeks, nameof(edition), 1, 52);
        var onSiteDays = Preconditions.CheckArgumentRange(edition.OnSiteDays, nameof(edition), 1, 10);

        // Lead-in deadlines are so many weeks before the visit, but never before the lead-in has started.
        MilestoneOffset WeeksBeforeVisit(int weeks) => MilestoneOffset.Weeks(-Math.Min(weeks, leadInWeeks));

        return Create(
        [
            new MilestoneDefinition { Id = MilestoneIds.OnSiteStart, Title = "On site, day 1: opening meeting of senior managers from partner agencies", Phase = TimelinePhase.OnSite },
            new MilestoneDefinition
            {
                Id = MilestoneIds.LeadInStart, Title = $"Lead-in starts ({leadInWeeks} {(leadInWeeks == 1 ? "week" : "weeks")} to the visit)", Phase = TimelinePhase.LeadIn,
                Anchor = MilestoneIds.OnSiteStart, Offset = MilestoneOffset.Weeks(-leadInWeeks), Adjustment = WorkingDayAdjustment.None,
            },
            new MilestoneDefinition
            {
                Id = MilestoneIds.QuestionnairesOpen, Title = "Staff and partner questionnaires open", Phase = TimelinePhase.LeadIn,
                Anchor = MilestoneIds.LeadInStart, Offset = MilestoneOffset.Weeks(leadInWeeks > 4 ? 1 : 0),
            },
            new MilestoneDefinition
            {
                Id = MilestoneIds.DocumentsSent, Title = "Documents, policies and performance information sent to the team", Phase = TimelinePhase.LeadIn,
                Anchor = MilestoneIds.OnSiteStart, Offset = WeeksBeforeVisit(4), Adjustment = WorkingDayAdjustment.PreviousWorkingDay,
            },
            new MilestoneDefinition
            {
                Id = MilestoneIds.QuestionnairesClose, Title = "Staff and partner questionnaires close", Phase = TimelinePhase.LeadIn,
                Anchor = MilestoneIds.OnSiteStart, Offset = WeeksBeforeVisit(3), Adjustment = WorkingDayAdjustment.PreviousWorkingDay,
            },
            new MilestoneDefinition
            {
                Id = MilestoneIds.CaseAuditComplete, Title = "Case audit (case mapping) complete and sent to the team", Phase = TimelinePhase.LeadIn,
                Anchor = MilestoneIds.OnSiteStart, Offset = WeeksBeforeVisit(3), Adjustment = WorkingDayAdjustment.PreviousWorkingDay,
            },
            new MilestoneDefinition
            {
                Id = MilestoneIds.TimetableAgreed, Title = "On-site timetable agreed", Phase = TimelinePhase.LeadIn,
                Anchor = MilestoneIds.OnSiteStart, Offset = WeeksBeforeVisit(2), Adjustment = WorkingDayAdjustment.PreviousWorkingDay,
            },
            new MilestoneDefinition
            {
                Id = MilestoneIds.OnSiteEnd, Title = "Last day on site: feedback presentation and workshop on the findings", Phase = TimelinePhase.OnSite,
                Anchor = MilestoneIds.OnSiteStart, Offset = MilestoneOffset.WorkingDays(onSiteDays - 1),
            },
            new MilestoneDefinition
            {
                Id = MilestoneIds.DraftReport, Title = "Written feedback (draft report) sent to the council", Phase = TimelinePhase.AfterVisit,
                Anchor = MilestoneIds.OnSiteEnd, Offset = MilestoneOffset.Weeks(4),
            },
            new MilestoneDefinition
            {
                Id = MilestoneIds.CouncilComments, Title = "Council's comments on the draft due (factual accuracy)", Phase = TimelinePhase.AfterVisit,
                Anchor = MilestoneIds.DraftReport, Offset = MilestoneOffset.WorkingDays(10),
            },
            new MilestoneDefinition
            {
                Id = MilestoneIds.FinalReport, Title = "Final report issued", Phase = TimelinePhase.AfterVisit,
                Anchor = MilestoneIds.CouncilComments, Offset = MilestoneOffset.WorkingDays(10),
            },
            new MilestoneDefinition
            {
                Id = MilestoneIds.ActionPlan, Title = "Council publishes the report and its action plan", Phase = TimelinePhase.AfterVisit,
                Anchor = MilestoneIds.FinalReport, Offset = MilestoneOffset.Weeks(4),
            },
            new MilestoneDefinition
            {
                Id = MilestoneIds.ProgressReview, Title = "Progress review (return visit)", Phase = TimelinePhase.AfterVisit,
                Anchor = MilestoneIds.OnSiteEnd, Offset = MilestoneOffset.Weeks(52),
            },
        ]);
    }

    /// <summary>Makes a template from <paramref name="milestones"/>, checking the graph.</summary>
    /// <param name="milestones">The milestones, in any order.</param>
    /// <returns>The template, its milestones in dependency order (ties kept in the order given).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="milestones"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">
    /// An id is blank or repeated; an anchor names no milestone; the milestones form a cycle; the root is missing,
    /// not <see cref="MilestoneIds.OnSiteStart"/>, or not the only milestone without an anchor; or
    /// <see cref="MilestoneIds.LeadInStart"/> or <see cref="MilestoneIds.OnSiteEnd"/> is missing or not placed as
    /// described on <see cref="TimelineTemplate"/>.
    /// </exception>
    public static TimelineTemplate Create(IEnumerable<MilestoneDefinition> milestones)
    {
        ArgumentNullException.ThrowIfNull(milestones);
        var given = milestones.ToList();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var milestone in given)
        {
            Preconditions.CheckNotNull(milestone, nameof(milestones));
            Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(milestone.Id), nameof(milestones), "Every milestone needs an id.");
            Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(milestone.Title), nameof(milestones), $"The milestone '{milestone.Id}' needs a title.");
            Preconditions.CheckArgument(ids.Add(milestone.Id), nameof(milestones), $"Two milestones have the id '{milestone.Id}'.");
        }

        foreach (var milestone in given)
        {
            if (milestone.Anchor is null)
            {
                Preconditions.CheckArgument(
                    string.Equals(milestone.Id, MilestoneIds.OnSiteStart, StringComparison.Ordinal),
                    nameof(milestones),
                    $"The milestone '{milestone.Id}' has no anchor; only '{MilestoneIds.OnSiteStart}' is the root, every other milestone hangs on another.");
            }
            else
            {
                Preconditions.CheckArgument(ids.Contains(milestone.Anchor), nameof(milestones), $"The milestone '{milestone.Id}' hangs on '{milestone.Anchor}', which is not a milestone of the template.");
            }
        }

        Preconditions.CheckArgument(
            given.Any(m => m.Id == MilestoneIds.OnSiteStart && m.Anchor is null),
            nameof(milestones),
            $"A template needs the root milestone '{MilestoneIds.OnSiteStart}' (the first on-site day), with no anchor.");
        CheckPlaced(given, MilestoneIds.LeadInStart, o => o.Unit == OffsetUnit.Weeks && o.Value < 0, "a negative number of weeks");
        CheckPlaced(given, MilestoneIds.OnSiteEnd, o => o.Unit == OffsetUnit.WorkingDays && o.Value >= 0, "zero or more working days");
        return new TimelineTemplate(TopologicalOrder(given));
    }

    /// <summary>Finds the milestone with id <paramref name="id"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The milestone, or null when the template has none with that id.</returns>
    public MilestoneDefinition? Find(string? id) => id is not null && _byId.TryGetValue(id, out var milestone) ? milestone : null;

    /// <summary>Returns a template with <paramref name="milestone"/> added, or replacing the milestone with the same id.</summary>
    /// <param name="milestone">The milestone, for example the progress review moved to 26 weeks after the visit.</param>
    /// <returns>A new template; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="milestone"/> is null.</exception>
    /// <exception cref="ArgumentException">The new graph breaks a rule of <see cref="Create"/>, for example a cycle.</exception>
    public TimelineTemplate WithMilestone(MilestoneDefinition milestone)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        var replaced = false;
        var list = new List<MilestoneDefinition>(Milestones.Count + 1);
        foreach (var existing in Milestones)
        {
            if (string.Equals(existing.Id, milestone.Id, StringComparison.Ordinal))
            {
                list.Add(milestone);
                replaced = true;
            }
            else
            {
                list.Add(existing);
            }
        }

        if (!replaced)
        {
            list.Add(milestone);
        }

        return Create(list);
    }

    private static void CheckPlaced(List<MilestoneDefinition> given, string id, Func<MilestoneOffset, bool> offsetOk, string expected)
    {
        var milestone = given.FirstOrDefault(m => string.Equals(m.Id, id, StringComparison.Ordinal));
        Preconditions.CheckArgument(
            milestone is not null && string.Equals(milestone.Anchor, MilestoneIds.OnSiteStart, StringComparison.Ordinal) && offsetOk(milestone.Offset),
            "milestones",
            $"A template needs the milestone '{id}', hanging on '{MilestoneIds.OnSiteStart}' by {expected}.");
    }

    private static List<MilestoneDefinition> TopologicalOrder(List<MilestoneDefinition> given)
    {
        // Kahn's algorithm, taking ready milestones in the order given so the result is stable.
        var ordered = new List<MilestoneDefinition>(given.Count);
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var pending = new List<MilestoneDefinition>(given);
        while (pending.Count > 0)
        {
            var ready = pending.FirstOrDefault(m => m.Anchor is null || placed.Contains(m.Anchor));
            if (ready is null)
            {
                throw new ArgumentException(
                    $"The milestones {string.Join(", ", pending.Select(m => $"'{m.Id}'"))} hang on each other in a cycle, so no date can be worked out for them.",
                    "milestones");
            }

            ordered.Add(ready);
            placed.Add(ready.Id);
            pending.Remove(ready);
        }

        return ordered;
    }
}
