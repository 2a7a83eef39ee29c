using FluentValidation;
using NodaTime;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Framework;

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
    private readonly int _leadInWeeks;

    /// <summary>Initializes the validator.</summary>
    /// <param name="calendar">The working-day calendar, with the council's own closures if it has any.</param>
    /// <param name="edition">The record's edition; when null the rules that need its lengths (PC0303, PC0308) are skipped.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public TimelineRulesValidator(WorkingDayCalendar calendar, Edition? edition)
    {
        _calendar = Preconditions.CheckNotNull(calendar, nameof(calendar));
        _leadInWeeks = edition?.LeadInWeeks ?? 0;

        RuleFor(s => s.Timeline).SetValidator(DateOrder);
        RuleFor(s => s.OfstedNotification!).SetValidator(Notification).When(s => s.OfstedNotification is not null);

        RuleFor(s => s.OfstedNotification).NotNull().WithIssueCode(TimelineIssueCodes.OfstedNotNotified).WithMessage(s => NotNotified(s.Timeline));
        RuleFor(s => s.OfstedNotification!.Notified).Equal(true).When(s => s.OfstedNotification is not null)
            .WithIssueCode(TimelineIssueCodes.OfstedNotNotified).WithMessage(s => NotNotified(s.Timeline));
        RuleFor(s => s.OfstedNotification!.NotifiedOn).Must((s, notifiedOn) => notifiedOn < s.Timeline.OnSiteStart).When(s => s.OfstedNotification?.NotifiedOn is not null)
            .WithIssueCode(TimelineIssueCodes.OfstedNotificationLate)
            .WithMessage(s => $"Ofsted was notified on {IsoDate.Format(s.OfstedNotification!.NotifiedOn!.Value)}, which is not before the first on-site day ({IsoDate.Format(s.Timeline.OnSiteStart)}).");
        RuleForEach(s => s.OfstedNotification!.InspectionWindows).Must((s, window) => !Overlaps(s.Timeline, window)).When(s => s.OfstedNotification is not null)
            .WithIssueCode(TimelineIssueCodes.OnSiteOverlapsInspection)
            .WithMessage((s, window) => $"The on-site visit ({Visit(s.Timeline)}) overlaps the Ofsted inspection window '{window.Id}' ({IsoDate.Format(window.Start)} to {IsoDate.Format(window.End)}). Move the visit out of the window.");

        RuleFor(s => s.Timeline).Custom(CheckAfterVisit);

        RuleFor(s => s.Timeline).Must(InCalendar).When(s => s.Timeline.OnSiteEnd >= s.Timeline.OnSiteStart)
            .WithIssueCode(TimelineIssueCodes.OutsideCalendar)
            .WithMessage(s => $"{OutsideCalendar(s.Timeline)} falls outside {WorkingDayCalendar.FirstSupportedYear} to {WorkingDayCalendar.LastSupportedYear}, the years the working-day calendar covers, so working days, bank holidays and the lead-in were not checked.");
        When(s => s.Timeline.OnSiteEnd >= s.Timeline.OnSiteStart && InCalendar(s.Timeline), () =>
        {
            RuleFor(s => s.Timeline.OnSiteStart).Must(calendar.IsWorkingDay)
                .WithIssueCode(TimelineIssueCodes.OnSiteDayNotWorkingDay)
                .WithMessage(s => $"The first on-site day, {IsoDate.Format(s.Timeline.OnSiteStart)}, is {calendar.Describe(s.Timeline.OnSiteStart)}. On-site days must be consecutive working days.");
            RuleFor(s => s.Timeline.OnSiteEnd).Must(calendar.IsWorkingDay).When(s => s.Timeline.OnSiteEnd != s.Timeline.OnSiteStart)
                .WithIssueCode(TimelineIssueCodes.OnSiteDayNotWorkingDay)
                .WithMessage(s => $"The last on-site day, {IsoDate.Format(s.Timeline.OnSiteEnd)}, is {calendar.Describe(s.Timeline.OnSiteEnd)}. On-site days must be consecutive working days.");
            if (edition is not null)
            {
                RuleFor(s => s.Timeline.OnSiteEnd).Must((s, end) => calendar.CountWorkingDays(s.Timeline.OnSiteStart, end) == edition.OnSiteDays)
                    .When(s => calendar.IsWorkingDay(s.Timeline.OnSiteStart) && calendar.IsWorkingDay(s.Timeline.OnSiteEnd))
                    .WithIssueCode(TimelineIssueCodes.OnSiteLengthDiffers)
                    .WithMessage(s => $"The visit from {Visit(s.Timeline)} has {Days(calendar.CountWorkingDays(s.Timeline.OnSiteStart, s.Timeline.OnSiteEnd))}; the edition '{edition.Code}' has {Days(edition.OnSiteDays)} on site.");
            }

            RuleFor(s => s.Timeline).Custom(CheckBankHolidays);
            if (edition is not null)
            {
                RuleFor(s => s.Timeline.LeadInStart).Must((s, leadInStart) => leadInStart <= LatestLeadInStart(s.Timeline))
                    .When(s => s.Timeline.LeadInStart < s.Timeline.OnSiteStart)
                    .WithIssueCode(TimelineIssueCodes.LeadInTooShort)
                    .WithMessage(s => $"The lead-in starts on {IsoDate.Format(s.Timeline.LeadInStart!.Value)}, {Length(s.Timeline.LeadInStart!.Value, s.Timeline.OnSiteStart)} before the first on-site day ({IsoDate.Format(s.Timeline.OnSiteStart)}); the edition '{edition.Code}' has a lead-in of {edition.LeadInWeeks} weeks, so it should start by {IsoDate.Format(LatestLeadInStart(s.Timeline))}.");
            }
        });
    }

    /// <summary>The lead-in runs whole weeks; it may begin on the first working day of its first week (after a bank holiday Monday).</summary>
    private LocalDate LatestLeadInStart(ChallengeTimeline timeline) => _calendar.NextWorkingDayOnOrAfter(timeline.OnSiteStart.PlusWeeks(-_leadInWeeks));

    /// <summary>True when the calendar covers the whole weeks of the visit, the edition's lead-in and the recorded lead-in start.</summary>
    private bool InCalendar(ChallengeTimeline timeline)
    {
        if (!WorkingDayCalendar.Covers(timeline.OnSiteStart) || !WorkingDayCalendar.Covers(timeline.OnSiteEnd))
        {
            return false;
        }

        return WorkingDayCalendar.Covers(WeekStart(timeline.OnSiteStart)) && WorkingDayCalendar.Covers(WeekEnd(timeline.OnSiteEnd))
            && WorkingDayCalendar.Covers(timeline.OnSiteStart.PlusWeeks(-_leadInWeeks))
            && (timeline.LeadInStart is not { } leadIn || WorkingDayCalendar.Covers(leadIn));
    }

    /// <summary>Names the first date <see cref="InCalendar"/> needs that the calendar does not cover, for PC0309.</summary>
    private string OutsideCalendar(ChallengeTimeline timeline)
    {
        if (!WorkingDayCalendar.Covers(timeline.OnSiteStart))
        {
            return $"The first on-site day ({IsoDate.Format(timeline.OnSiteStart)})";
        }

        if (!WorkingDayCalendar.Covers(timeline.OnSiteEnd))
        {
            return $"The last on-site day ({IsoDate.Format(timeline.OnSiteEnd)})";
        }

        if (timeline.LeadInStart is { } leadIn && !WorkingDayCalendar.Covers(leadIn))
        {
            return $"The lead-in start ({IsoDate.Format(leadIn)})";
        }

        if (!WorkingDayCalendar.Covers(WeekStart(timeline.OnSiteStart)))
        {
            return $"The week of the first on-site day (from Monday {IsoDate.Format(WeekStart(timeline.OnSiteStart))})";
        }

        return !WorkingDayCalendar.Covers(WeekEnd(timeline.OnSiteEnd))
            ? $"The week of the last on-site day (to Sunday {IsoDate.Format(WeekEnd(timeline.OnSiteEnd))})"
            : $"The edition's lead-in of {_leadInWeeks} weeks (which would start on {IsoDate.Format(timeline.OnSiteStart.PlusWeeks(-_leadInWeeks))})";
    }

    private void CheckBankHolidays(ChallengeTimeline timeline, ValidationContext<ChallengeSchedule> context)
    {
        var start = timeline.OnSiteStart;
        var end = timeline.OnSiteEnd;
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

    /// <summary>Checks the dates after the visit: reports after the last on-site day (PC0304), the rest after it too and in order (PC0305).</summary>
    private static void CheckAfterVisit(ChallengeTimeline timeline, ValidationContext<ChallengeSchedule> context)
    {
        (string Name, LocalDate Date)? previous = null;
        (string Property, string Name, LocalDate? Date, bool IsReport)[] chain =
        [
            ("draftReportDue", "draft report", timeline.DraftReportDue, true),
            ("councilCommentsDue", "council's comments", timeline.CouncilCommentsDue, false),
            ("finalReportDue", "final report", timeline.FinalReportDue, true),
            ("actionPlanDue", "action plan", timeline.ActionPlanDue, false),
            ("progressReviewDue", "progress review", timeline.ProgressReviewDue, false),
        ];
        var end = IsoDate.Format(timeline.OnSiteEnd);
        foreach (var (property, name, date, isReport) in chain)
        {
            if (date is not { } day)
            {
                continue;
            }

            var at = JsonPointer.Root.Append(property);
            if (day <= timeline.OnSiteEnd)
            {
                context.AddIssue(
                    isReport ? TimelineIssueCodes.ReportBeforeOnSiteEnd : TimelineIssueCodes.MilestoneOutOfOrder,
                    at,
                    $"The {name} is due on {IsoDate.Format(day)}, which is not after the last on-site day ({end}).{(isReport ? " Written feedback follows the visit." : string.Empty)}");
            }
            else if (previous is { } before && day < before.Date)
            {
                context.AddIssue(
                    TimelineIssueCodes.MilestoneOutOfOrder,
                    at,
                    $"The {name} is due on {IsoDate.Format(day)}, before the {before.Name} ({IsoDate.Format(before.Date)}). The order is draft report, council's comments, final report, action plan, progress review.");
                continue;
            }

            previous = (name, day);
        }
    }

    private static bool Overlaps(ChallengeTimeline timeline, InspectionWindow window) =>
        window.Start <= window.End && window.Start <= timeline.OnSiteEnd && window.End >= timeline.OnSiteStart;

    private static string NotNotified(ChallengeTimeline timeline) =>
        $"Ofsted has not been notified of the challenge (on site {Visit(timeline)}). The LGA notifies Ofsted so that an inspection does not coincide with it.";

    private static string Visit(ChallengeTimeline timeline) => $"{IsoDate.Format(timeline.OnSiteStart)} to {IsoDate.Format(timeline.OnSiteEnd)}";

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
