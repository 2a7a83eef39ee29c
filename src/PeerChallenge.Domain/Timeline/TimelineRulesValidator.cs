using FluentValidation;
using NodaTime;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Provenance;

namespace PeerChallenge.Domain.Timeline;

/// <summary>
/// Checks a challenge's dates and Ofsted notification against the working-day calendar and its framework edition:
/// the dates in order (<see cref="ChallengeTimelineValidator"/>: PC0102, PC0103), the notification's windows
/// (<see cref="OfstedNotificationValidator"/>), Ofsted notified (PC0307) and in time (PC0108), the visit clear of a
/// declared inspection window (PC0306), the dates after the visit in order (PC0304, PC0305), and, where the calendar
/// covers the dates (else PC0309), on-site days that are working days (PC0301), no bank holiday in the on-site week
/// (PC0302), the edition's lead-in (PC0303) and the edition's number of on-site days (PC0308).
/// </summary>
/// <remarks>
/// Build one per calendar and edition and reuse it: it holds no state between validations and is safe to share
/// between threads. When the visit ends before it starts (PC0102), the calendar rules are skipped.
/// </remarks>
public sealed class TimelineRulesValidator : AbstractValidator<ChallengeSchedule>
{
    private static readonly ChallengeTimelineValidator DateOrder = new();
    private static readonly OfstedNotificationValidator Notification = new();

    private readonly WorkingDayCalendar _calendar;
    private readonly Edition? _edition;
    private readonly int _leadInWeeks;

    /// <summary>Initializes the validator.</summary>
    /// <param name="calendar">The working-day calendar, with the council's own closures if it has any.</param>
    /// <param name="edition">The record's edition; when null the rules that need its lengths (PC0303, PC0308) are skipped.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public TimelineRulesValidator(WorkingDayCalendar calendar, Edition? edition)
    {
        _calendar = Preconditions.CheckNotNull(calendar, nameof(calendar));
        _leadInWeeks = edition?.LeadInWeeks ?? 0;
        _edition = edition;

        RuleFor(s => s.Timeline).SetValidator(DateOrder);
        RuleFor(s => s.OfstedNotification!).SetValidator(Notification).When(s => s.OfstedNotification is not null);

        RuleFor(s => s.OfstedNotificationKnown).Must(known => known != Knowledge.NotKnown).WithIssueCode(TimelineIssueCodes.OfstedNotificationNotKnown)
            .WithMessage("The record says it is not known whether Ofsted was notified of the challenge, so whether it was notified, in time, and clear of inspection windows was not checked.");
        When(s => s.OfstedNotificationKnown != Knowledge.NotKnown, () =>
        {
            When(s => s.Kind != RecordKind.PastReview, () =>
            {
                RuleFor(s => s.OfstedNotification).NotNull().WithIssueCode(TimelineIssueCodes.OfstedNotNotified).WithMessage(s => NotNotified(s.Timeline));
                RuleFor(s => s.OfstedNotification!.Notified).Equal(true).When(s => s.OfstedNotification is not null)
                    .WithIssueCode(TimelineIssueCodes.OfstedNotNotified).WithMessage(s => NotNotified(s.Timeline));
            });
            RuleFor(s => s.OfstedNotification!.NotifiedOn).Must((s, notifiedOn) => !s.Timeline.OnSiteStart.IsCertainlyOnOrBefore(notifiedOn!.Value))
                .When(s => s.OfstedNotification?.NotifiedOn is not null)
                .WithIssueCode(TimelineIssueCodes.OfstedNotificationLate)
                .WithMessage(s => $"Ofsted was notified on {s.OfstedNotification!.NotifiedOn}, which is not before the first on-site day ({s.Timeline.OnSiteStart}).");
            RuleForEach(s => s.OfstedNotification!.InspectionWindows).Must((s, window) => !Overlaps(s.Timeline, window))
                .When(s => s.OfstedNotification is not null && OnSiteDays(s.Timeline) is not null)
                .WithIssueCode(TimelineIssueCodes.OnSiteOverlapsInspection)
                .WithMessage((s, window) => $"The on-site visit ({Visit(s.Timeline)}) overlaps the Ofsted inspection window '{window.Id}' ({IsoDate.Format(window.Start)} to {IsoDate.Format(window.End)}). Move the visit out of the window.");
        });

        RuleFor(s => s.Timeline).Custom(CheckAfterVisit);
        RuleFor(s => s).Custom(ReportWhatWasNotChecked);

        RuleFor(s => s.Timeline).Must(InCalendar).When(s => ExactVisit(s.Timeline) is not null)
            .WithIssueCode(TimelineIssueCodes.OutsideCalendar)
            .WithMessage(s => $"{OutsideCalendar(s.Timeline)} falls outside {WorkingDayCalendar.FirstSupportedYear} to {WorkingDayCalendar.LastSupportedYear}, the years the working-day calendar covers, so working days, bank holidays and the lead-in were not checked.");
        When(s => ExactVisit(s.Timeline) is not null && InCalendar(s.Timeline), () =>
        {
            RuleFor(s => Days(s).Start).Must(calendar.IsWorkingDay).OverridePropertyName("Timeline.OnSiteStart")
                .WithIssueCode(TimelineIssueCodes.OnSiteDayNotWorkingDay)
                .WithMessage(s => $"The first on-site day, {IsoDate.Format(Days(s).Start)}, is {calendar.Describe(Days(s).Start)}. On-site days must be consecutive working days.");
            RuleFor(s => Days(s).End).Must(calendar.IsWorkingDay).When(s => Days(s).End != Days(s).Start).OverridePropertyName("Timeline.OnSiteEnd")
                .WithIssueCode(TimelineIssueCodes.OnSiteDayNotWorkingDay)
                .WithMessage(s => $"The last on-site day, {IsoDate.Format(Days(s).End)}, is {calendar.Describe(Days(s).End)}. On-site days must be consecutive working days.");
            if (edition is not null)
            {
                RuleFor(s => Days(s).End).Must((s, end) => calendar.CountWorkingDays(Days(s).Start, end) == edition.OnSiteDays).OverridePropertyName("Timeline.OnSiteEnd")
                    .When(s => calendar.IsWorkingDay(Days(s).Start) && calendar.IsWorkingDay(Days(s).End))
                    .WithIssueCode(TimelineIssueCodes.OnSiteLengthDiffers)
                    .WithMessage(s => $"The visit from {Visit(s.Timeline)} has {Days(calendar.CountWorkingDays(Days(s).Start, Days(s).End))}; the edition '{edition.Code}' has {Days(edition.OnSiteDays)} on site.");
            }

            RuleFor(s => s.Timeline).Custom(CheckBankHolidays);
            if (edition is not null)
            {
                RuleFor(s => LeadInDay(s.Timeline)).Must((s, leadInStart) => leadInStart <= LatestLeadInStart(Days(s).Start)).OverridePropertyName("Timeline.LeadInStart")
                    .When(s => LeadInDay(s.Timeline) < Days(s).Start)
                    .WithIssueCode(TimelineIssueCodes.LeadInTooShort)
                    .WithMessage(s => $"The lead-in starts on {IsoDate.Format(LeadInDay(s.Timeline)!.Value)}, {Length(LeadInDay(s.Timeline)!.Value, Days(s).Start)} before the first on-site day ({IsoDate.Format(Days(s).Start)}); the edition '{edition.Code}' has a lead-in of {edition.LeadInWeeks} weeks, so it should start by {IsoDate.Format(LatestLeadInStart(Days(s).Start))}.");
            }
        });
    }

    /// <summary>The first and last on-site days when both are known to the day, in whatever order; null otherwise.</summary>
    private static (LocalDate Start, LocalDate End)? OnSiteDays(ChallengeTimeline timeline) =>
        timeline.OnSiteStart.TryGetDay(out var start) && timeline.OnSiteEnd is { } end && end.TryGetDay(out var last) ? (start, last) : null;

    /// <summary>The first and last on-site days when both are known to the day and in order; null otherwise.</summary>
    private static (LocalDate Start, LocalDate End)? ExactVisit(ChallengeTimeline timeline) =>
        OnSiteDays(timeline) is { } days && days.End >= days.Start ? days : null;

    /// <summary>The exact visit, for rules that only run when there is one.</summary>
    private static (LocalDate Start, LocalDate End) Days(ChallengeSchedule schedule) => ExactVisit(schedule.Timeline)!.Value;

    /// <summary>The lead-in start when it is known to the day; null otherwise.</summary>
    private static LocalDate? LeadInDay(ChallengeTimeline timeline) => timeline.LeadInStart is { } leadIn && leadIn.TryGetDay(out var day) ? day : null;

    /// <summary>Says once (PC0311) which day rules could not run because a date they need is not a known day.</summary>
    private void ReportWhatWasNotChecked(ChallengeSchedule schedule, ValidationContext<ChallengeSchedule> context)
    {
        var timeline = schedule.Timeline;
        if (ExactVisit(timeline) is null)
        {
            if (timeline.OnSiteEnd is { } end && end.IsCertainlyBefore(timeline.OnSiteStart))
            {
                return; // PC0102 says what is wrong; nothing useful to add.
            }

            var what = new List<string> { "on-site days on working days", "bank holidays in the on-site week" };
            if (_edition is not null)
            {
                what.Add("the number of on-site days");
            }

            if (_edition is not null && timeline.LeadInStart is not null)
            {
                what.Add("the length of the lead-in");
            }

            if (schedule.OfstedNotificationKnown != Knowledge.NotKnown && schedule.OfstedNotification is { InspectionWindows.Count: > 0 })
            {
                what.Add("the Ofsted inspection windows");
            }

            var why = timeline.OnSiteEnd is { } last
                ? $"The on-site visit is not given as days ({timeline.OnSiteStart.ToDisplayString()} to {last.ToDisplayString()})"
                : timeline.OnSiteStart.IsExactDay
                    ? $"The last on-site day is not known (the visit is given as from {timeline.OnSiteStart.ToDisplayString()})"
                    : $"The on-site visit is not given as days (only as {timeline.OnSiteStart.ToDisplayString()}, with no last day)";
            context.AddIssue(TimelineIssueCodes.DatesNotPrecise, JsonPointer.Root.Append("timeline"), $"{why}, so these were not checked: {string.Join(", ", what)}.");
            return;
        }

        if (_edition is not null && timeline.LeadInStart is { } leadIn && !leadIn.IsExactDay)
        {
            context.AddIssue(TimelineIssueCodes.DatesNotPrecise, JsonPointer.Root.Append("timeline").Append("leadInStart"),
                $"The lead-in start is not given as a day ({leadIn.ToDisplayString()}), so the length of the lead-in was not checked.");
        }
    }

    /// <summary>The lead-in runs whole weeks; it may begin on the first working day of its first week (after a bank holiday Monday).</summary>
    private LocalDate LatestLeadInStart(LocalDate onSiteStart) => _calendar.NextWorkingDayOnOrAfter(onSiteStart.PlusWeeks(-_leadInWeeks));

    /// <summary>True when the calendar covers the whole weeks of the exact visit, the edition's lead-in and the recorded lead-in start.</summary>
    private bool InCalendar(ChallengeTimeline timeline)
    {
        var (start, end) = ExactVisit(timeline)!.Value;
        if (!WorkingDayCalendar.Covers(start) || !WorkingDayCalendar.Covers(end))
        {
            return false;
        }

        return WorkingDayCalendar.Covers(WeekStart(start)) && WorkingDayCalendar.Covers(WeekEnd(end))
            && WorkingDayCalendar.Covers(start.PlusWeeks(-_leadInWeeks))
            && (LeadInDay(timeline) is not { } leadIn || WorkingDayCalendar.Covers(leadIn));
    }

    /// <summary>Names the first date <see cref="InCalendar"/> needs that the calendar does not cover, for PC0309.</summary>
    private string OutsideCalendar(ChallengeTimeline timeline)
    {
        var (start, end) = ExactVisit(timeline)!.Value;
        if (!WorkingDayCalendar.Covers(start))
        {
            return $"The first on-site day ({IsoDate.Format(start)})";
        }

        if (!WorkingDayCalendar.Covers(end))
        {
            return $"The last on-site day ({IsoDate.Format(end)})";
        }

        if (LeadInDay(timeline) is { } leadIn && !WorkingDayCalendar.Covers(leadIn))
        {
            return $"The lead-in start ({IsoDate.Format(leadIn)})";
        }

        if (!WorkingDayCalendar.Covers(WeekStart(start)))
        {
            return $"The week of the first on-site day (from Monday {IsoDate.Format(WeekStart(start))})";
        }

        return !WorkingDayCalendar.Covers(WeekEnd(end))
            ? $"The week of the last on-site day (to Sunday {IsoDate.Format(WeekEnd(end))})"
            : $"The edition's lead-in of {_leadInWeeks} weeks (which would start on {IsoDate.Format(start.PlusWeeks(-_leadInWeeks))})";
    }

    private void CheckBankHolidays(ChallengeTimeline timeline, ValidationContext<ChallengeSchedule> context)
    {
        var (start, end) = ExactVisit(timeline)!.Value;
        foreach (var holiday in _calendar.HolidaysBetween(WeekStart(start), WeekEnd(end)))
        {
            if (holiday.Date == start || holiday.Date == end)
            {
                continue;
            }

            context.AddIssue(
                TimelineIssueCodes.BankHolidayInOnSiteWeek,
                JsonPointer.Root,
                holiday.Date > start && holiday.Date < end
                    ? $"{holiday.DisplayName} ({IsoDate.Format(holiday.Date)}) falls during the on-site visit ({Visit(timeline)}), which runs on past it."
                    : $"{holiday.DisplayName} ({IsoDate.Format(holiday.Date)}) falls in the week of the on-site visit ({Visit(timeline)}); people the team needs to see may be away.");
        }
    }

    /// <summary>
    /// Checks the dates after the visit wherever the order is certain: reports after the last on-site day (PC0304), the
    /// rest after it too and in order (PC0305). A date certainly not after the first on-site day is certainly not after
    /// the visit either, when the last on-site day is not known or known less precisely (unless the last day is
    /// certainly before the first, which PC0102 reports).
    /// </summary>
    private static void CheckAfterVisit(ChallengeTimeline timeline, ValidationContext<ChallengeSchedule> context)
    {
        (string Name, PartialDate Date)? previous = null;
        (string Property, string Name, PartialDate? Date, bool IsReport)[] chain =
        [
            ("draftReportDue", "draft report", timeline.DraftReportDue, true),
            ("councilCommentsDue", "council's comments", timeline.CouncilCommentsDue, false),
            ("finalReportDue", "final report", timeline.FinalReportDue, true),
            ("actionPlanDue", "action plan", timeline.ActionPlanDue, false),
            ("progressReviewDue", "progress review", timeline.ProgressReviewDue, false),
        ];
        var start = timeline.OnSiteStart;
        var startCounts = timeline.OnSiteEnd is not { } last || !last.IsCertainlyBefore(start);
        foreach (var (property, name, date, isReport) in chain)
        {
            if (date is not { } day)
            {
                continue;
            }

            var at = JsonPointer.Root.Append(property);
            var (notAfter, endName, visitEnd) = timeline.OnSiteEnd is { } end && day.IsCertainlyOnOrBefore(end) ? (true, "last", end)
                : startCounts && day.IsCertainlyOnOrBefore(start) ? (true, "first", start)
                : (false, string.Empty, default);
            if (notAfter)
            {
                context.AddIssue(
                    isReport ? TimelineIssueCodes.ReportBeforeOnSiteEnd : TimelineIssueCodes.MilestoneOutOfOrder,
                    at,
                    $"The {name} is due on {day}, which is not after the {endName} on-site day ({visitEnd}).{(isReport ? " Written feedback follows the visit." : string.Empty)}");
            }
            else if (previous is { } before && day.IsCertainlyBefore(before.Date))
            {
                context.AddIssue(
                    TimelineIssueCodes.MilestoneOutOfOrder,
                    at,
                    $"The {name} is due on {day}, before the {before.Name} ({before.Date}). The order is draft report, council's comments, final report, action plan, progress review.");
                continue;
            }

            previous = (name, day);
        }
    }

    private static bool Overlaps(ChallengeTimeline timeline, InspectionWindow window) =>
        OnSiteDays(timeline) is { } visit && window.Start <= window.End && window.Start <= visit.End && window.End >= visit.Start;

    private static string NotNotified(ChallengeTimeline timeline) =>
        $"Ofsted has not been notified of the challenge (on site {Visit(timeline)}). The LGA notifies Ofsted so that an inspection does not coincide with it.";

    private static string Visit(ChallengeTimeline timeline) => timeline.OnSiteEnd is { } end ? $"{timeline.OnSiteStart} to {end}" : $"from {timeline.OnSiteStart}";

    private static LocalDate WeekStart(LocalDate date) => date.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));

    private static LocalDate WeekEnd(LocalDate date) => date.With(DateAdjusters.NextOrSame(IsoDayOfWeek.Sunday));

    private static string Days(int count) => count == 1 ? "1 working day" : $"{count} working days";

    private static string Length(LocalDate from, LocalDate to)
    {
        var days = Period.Between(from, to, PeriodUnits.Days).Days;
        var weeks = days / 7;
        var rest = days % 7;
        var weekText = weeks == 1 ? "1 week" : $"{weeks} weeks";
        var dayText = rest == 1 ? "1 day" : $"{rest} days";
        return (weeks, rest) switch
        {
            (0, _) => dayText,
            (_, 0) => weekText,
            _ => $"{weekText} {dayText}",
        };
    }
}
