using System.Diagnostics.CodeAnalysis;
using NodaTime;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Timeline;

/// <summary>
/// Works out a <see cref="TimelinePlan"/> from either end: from the first on-site day, or from the first day of
/// the lead-in. Evaluates the template's dependency graph on a working-day calendar.
/// </summary>
/// <remarks>
/// <para>
/// The on-site days are the template's <see cref="TimelineTemplate.OnSiteDays"/> consecutive working days from
/// the first: when a bank holiday (or closure) falls in the week the visit runs on to the next working day, and
/// <see cref="TimelineRulesValidator"/> warns about it (PC0302).
/// </para>
/// <para>
/// The lead-in is a period of whole weeks: it starts exactly <see cref="TimelineTemplate.LeadInWeeks"/> weeks
/// before the first on-site day, on the same weekday, as in the 2011 brief ("a lead in of 8 weeks commencing the
/// 8th August"). Planning from the lead-in start therefore puts the visit on the same weekday that many weeks
/// later, moved to the next working day when that is a holiday; the lead-in start stays where it was given.
/// Planning from a first on-site day and then from the lead-in start it gives yields the same plan.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var planner = new TimelinePlanner(WorkingDayCalendar.EnglandAndWales, TimelineTemplate.ForEdition(BuiltInEditions.Lgg2011));
/// var plan = planner.PlanFromOnSiteStart(new LocalDate(2011, 10, 3));
/// plan.LeadInStart; // 2011-08-08
/// plan.OnSiteEnd;   // 2011-10-07
/// </code>
/// </example>
public sealed class TimelinePlanner
{
    /// <summary>Initializes a planner.</summary>
    /// <param name="calendar">The working-day calendar, with any local closures.</param>
    /// <param name="template">The milestones and their offsets.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public TimelinePlanner(WorkingDayCalendar calendar, TimelineTemplate template)
    {
        Calendar = Preconditions.CheckNotNull(calendar, nameof(calendar));
        Template = Preconditions.CheckNotNull(template, nameof(template));
    }

    /// <summary>Gets the working-day calendar.</summary>
    public WorkingDayCalendar Calendar { get; }

    /// <summary>Gets the template.</summary>
    public TimelineTemplate Template { get; }

    /// <summary>Makes a planner for <paramref name="edition"/> on the England and Wales calendar.</summary>
    /// <param name="edition">The framework edition.</param>
    /// <returns>The planner.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The edition's lengths are out of range (see <see cref="TimelineTemplate.ForEdition"/>).</exception>
    public static TimelinePlanner ForEdition(Edition edition) => new(WorkingDayCalendar.EnglandAndWales, TimelineTemplate.ForEdition(edition));

    /// <summary>Plans the challenge from its first on-site day.</summary>
    /// <param name="onSiteStart">The first on-site day; it must be a working day.</param>
    /// <returns>The plan.</returns>
    /// <remarks>For a date a user typed, use <see cref="TryPlanFromOnSiteStart"/>, which reports these as issues.</remarks>
    /// <exception cref="ArgumentException"><paramref name="onSiteStart"/> is not a working day (a weekend, a bank holiday or a closure).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date of the plan falls outside the years the calendar covers.</exception>
    public TimelinePlan PlanFromOnSiteStart(LocalDate onSiteStart)
    {
        Preconditions.CheckArgument(
            Calendar.IsWorkingDay(onSiteStart),
            nameof(onSiteStart),
            $"The first on-site day must be a working day; {IsoDate.Format(onSiteStart)} is {Calendar.Describe(onSiteStart)}.");
        return Evaluate(onSiteStart, leadInStart: null);
    }

    /// <summary>
    /// Plans the challenge from the first day of its lead-in: the visit starts <see cref="TimelineTemplate.LeadInWeeks"/>
    /// weeks later, or on the next working day when that day is not one.
    /// </summary>
    /// <param name="leadInStart">The first day of the lead-in; a weekday (Monday 8 August 2011 for Rotherham).</param>
    /// <returns>The plan; its lead-in starts on <paramref name="leadInStart"/>.</returns>
    /// <remarks>For a date a user typed, use <see cref="TryPlanFromLeadInStart"/>, which reports these as issues.</remarks>
    /// <exception cref="ArgumentException"><paramref name="leadInStart"/> is a Saturday or a Sunday.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date of the plan falls outside the years the calendar covers.</exception>
    public TimelinePlan PlanFromLeadInStart(LocalDate leadInStart)
    {
        Preconditions.CheckArgument(
            !WorkingDayCalendar.IsWeekend(leadInStart),
            nameof(leadInStart),
            $"The lead-in must start on a weekday; {IsoDate.Format(leadInStart)} is {Calendar.Describe(leadInStart)}.");
        var onSiteStart = Calendar.NextWorkingDayOnOrAfter(leadInStart.PlusWeeks(Template.LeadInWeeks));
        return Evaluate(onSiteStart, leadInStart);
    }

    /// <summary>
    /// Plans the challenge from a first on-site day a user gave, reporting what is wrong with it as issues rather than
    /// exceptions: a day that is not a working day (PC0301 at <c>/timeline/onSiteStart</c>), a plan that runs outside
    /// the years the calendar covers (PC0309 at <c>/timeline</c>).
    /// </summary>
    /// <param name="onSiteStart">The first on-site day.</param>
    /// <param name="plan">The plan, or null when the day cannot start one.</param>
    /// <param name="issues">Why there is no plan; empty when there is one.</param>
    /// <returns>True when a plan was made.</returns>
    public bool TryPlanFromOnSiteStart(LocalDate onSiteStart, [NotNullWhen(true)] out TimelinePlan? plan, out IReadOnlyList<ValidationIssue> issues)
    {
        var at = JsonPointer.Root.Append("timeline").Append("onSiteStart");
        if (WorkingDayCalendar.Covers(onSiteStart) && !Calendar.IsWorkingDay(onSiteStart))
        {
            return Fail(TimelineIssueCodes.OnSiteDayNotWorkingDay.At(at, $"The first on-site day must be a working day; {IsoDate.Format(onSiteStart)} is {Calendar.Describe(onSiteStart)}."), out plan, out issues);
        }

        return TryEvaluate(() => Evaluate(onSiteStart, leadInStart: null), out plan, out issues);
    }

    /// <summary>
    /// Plans the challenge from a first lead-in day a user gave, reporting what is wrong with it as issues rather than
    /// exceptions: a Saturday or Sunday (PC0310 at <c>/timeline/leadInStart</c>), a plan that runs outside the years the
    /// calendar covers (PC0309 at <c>/timeline</c>).
    /// </summary>
    /// <param name="leadInStart">The first day of the lead-in.</param>
    /// <param name="plan">The plan, or null when the day cannot start one.</param>
    /// <param name="issues">Why there is no plan; empty when there is one.</param>
    /// <returns>True when a plan was made.</returns>
    public bool TryPlanFromLeadInStart(LocalDate leadInStart, [NotNullWhen(true)] out TimelinePlan? plan, out IReadOnlyList<ValidationIssue> issues)
    {
        if (WorkingDayCalendar.IsWeekend(leadInStart))
        {
            var at = JsonPointer.Root.Append("timeline").Append("leadInStart");
            var day = WorkingDayCalendar.Covers(leadInStart) ? Calendar.Describe(leadInStart) : leadInStart.DayOfWeek == IsoDayOfWeek.Saturday ? "a Saturday" : "a Sunday";
            return Fail(TimelineIssueCodes.LeadInStartNotWeekday.At(at, $"The lead-in must start on a weekday; {IsoDate.Format(leadInStart)} is {day}."), out plan, out issues);
        }

        return TryEvaluate(() => PlanFromLeadInStart(leadInStart), out plan, out issues);
    }

    private static bool TryEvaluate(Func<TimelinePlan> evaluate, [NotNullWhen(true)] out TimelinePlan? plan, out IReadOnlyList<ValidationIssue> issues)
    {
        try
        {
            plan = evaluate();
            issues = [];
            return true;
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or OverflowException)
        {
            // The calendar's documented signal that a date of the plan is outside the years it covers, or NodaTime's
            // that a date of the plan would be outside the years a date can have (before -9998 or after 9999).
            return Fail(OutsideCalendar(), out plan, out issues);
        }
    }

    private static ValidationIssue OutsideCalendar() => TimelineIssueCodes.OutsideCalendar.At(
        JsonPointer.Root.Append("timeline"),
        $"The plan would run outside {WorkingDayCalendar.FirstSupportedYear} to {WorkingDayCalendar.LastSupportedYear}, the years the working-day calendar covers.");

    private static bool Fail(ValidationIssue issue, out TimelinePlan? plan, out IReadOnlyList<ValidationIssue> issues)
    {
        plan = null;
        issues = [issue];
        return false;
    }

    private TimelinePlan Evaluate(LocalDate onSiteStart, LocalDate? leadInStart)
    {
        var dates = new Dictionary<string, LocalDate>(StringComparer.Ordinal);
        var planned = new List<PlannedMilestone>(Template.Milestones.Count);
        foreach (var milestone in Template.Milestones)
        {
            var date = milestone.Anchor is null
                ? onSiteStart
                : milestone.Id == MilestoneIds.LeadInStart && leadInStart is { } given
                    ? given
                    : Adjust(milestone.Offset.ApplyTo(dates[milestone.Anchor], Calendar), milestone.Adjustment);
            dates.Add(milestone.Id, date);
            planned.Add(new PlannedMilestone(milestone.Id, milestone.Title, milestone.Phase, date));
        }

        var onSiteDays = Enumerable.Range(0, Template.OnSiteDays).Select(i => Calendar.AddWorkingDays(onSiteStart, i));

        // A stable sort: milestones on the same day keep the template's dependency order.
        return new TimelinePlan(planned.OrderBy(m => m.Date), onSiteDays);
    }

    private LocalDate Adjust(LocalDate date, WorkingDayAdjustment adjustment) => adjustment switch
    {
        WorkingDayAdjustment.NextWorkingDay => Calendar.NextWorkingDayOnOrAfter(date),
        WorkingDayAdjustment.PreviousWorkingDay => Calendar.PreviousWorkingDayOnOrBefore(date),
        _ => date,
    };
}
