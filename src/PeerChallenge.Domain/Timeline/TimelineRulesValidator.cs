using FluentValidation;
using NodaTime;
using PeerChallenge.Domain.Framework;

namespace PeerChallenge.Domain.Timeline;

/// <summary>
/// Checks a record's dates against the working-day calendar, its framework edition and its Ofsted notification:
/// on-site days that are not working days (PC0301), a bank holiday in the on-site week (PC0302), a lead-in
/// shorter than the edition's (PC0303), a report before the visit has ended (PC0304), dates after the visit out of
/// order (PC0305), a visit overlapping a declared Ofsted inspection window (PC0306), Ofsted not notified (PC0307),
/// a visit of a different length from the edition's (PC0308) and dates the calendar does not cover (PC0309).
/// </summary>
/// <remarks>
/// The order of the on-site dates themselves (PC0102) and of the lead-in (PC0103) is checked by
/// <see cref="ChallengeTimelineValidator"/>; when the visit ends before it starts, the calendar rules here are skipped.
/// </remarks>
public sealed class TimelineRulesValidator : AbstractValidator<ChallengeRecord>
{
    /// <summary>Initializes the validator.</summary>
    /// <param name="calendar">The working-day calendar, with the council's own closures if it has any.</param>
    /// <param name="edition">The record's edition; when null the rules that need its lengths (PC0303, PC0308) are skipped.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public TimelineRulesValidator(WorkingDayCalendar calendar, Edition? edition)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        RuleFor(r => r).Custom((record, context) =>
        {
            CheckOfsted(record, context);
            CheckAfterVisit(record.Timeline, context);
            CheckCalendar(record.Timeline, calendar, edition, context);
        });
    }

    private static void CheckOfsted(ChallengeRecord record, ValidationContext<ChallengeRecord> context)
    {
        var timeline = record.Timeline;
        var visit = $"{IsoDate.Format(timeline.OnSiteStart)} to {IsoDate.Format(timeline.OnSiteEnd)}";
        if (record.OfstedNotification is not { Notified: true })
        {
            context.AddIssue(
                IssueCodes.OfstedNotNotified,
                record.OfstedNotification is null ? "/ofstedNotification" : "/ofstedNotification/notified",
                $"Ofsted has not been notified of the challenge (on site {visit}). The LGA notifies Ofsted so that an inspection does not coincide with it.");
        }

        var windows = record.OfstedNotification?.InspectionWindows ?? [];
        for (var i = 0; i < windows.Count; i++)
        {
            var window = windows[i];
            if (window.Start <= window.End && window.Start <= timeline.OnSiteEnd && window.End >= timeline.OnSiteStart)
            {
                context.AddIssue(
                    IssueCodes.OnSiteOverlapsInspection,
                    $"/ofstedNotification/inspectionWindows/{i}",
                    $"The on-site visit ({visit}) overlaps the Ofsted inspection window '{window.Id}' ({IsoDate.Format(window.Start)} to {IsoDate.Format(window.End)}). Move the visit out of the window.");
            }
        }
    }

    private static void CheckAfterVisit(ChallengeTimeline timeline, ValidationContext<ChallengeRecord> context)
    {
        (string Pointer, string Name, LocalDate Date, bool IsReport)? previous = null;
        (string Pointer, string Name, LocalDate? Date, bool IsReport)[] chain =
        [
            ("/timeline/draftReportDue", "draft report", timeline.DraftReportDue, true),
            ("/timeline/councilCommentsDue", "council's comments", timeline.CouncilCommentsDue, false),
            ("/timeline/finalReportDue", "final report", timeline.FinalReportDue, true),
            ("/timeline/actionPlanDue", "action plan", timeline.ActionPlanDue, false),
            ("/timeline/progressReviewDue", "progress review", timeline.ProgressReviewDue, false),
        ];
        var end = IsoDate.Format(timeline.OnSiteEnd);
        foreach (var (pointer, name, date, isReport) in chain)
        {
            if (date is not { } day)
            {
                continue;
            }

            if (day <= timeline.OnSiteEnd)
            {
                context.AddIssue(
                    isReport ? IssueCodes.ReportBeforeOnSiteEnd : IssueCodes.MilestoneOutOfOrder,
                    pointer,
                    isReport
                        ? $"The {name} is due on {IsoDate.Format(day)}, which is not after the last on-site day ({end}). Written feedback follows the visit."
                        : $"The {name} is due on {IsoDate.Format(day)}, which is not after the last on-site day ({end}).");
            }
            else if (previous is { } before && day < before.Date)
            {
                context.AddIssue(
                    IssueCodes.MilestoneOutOfOrder,
                    pointer,
                    $"The {name} is due on {IsoDate.Format(day)}, before the {before.Name} ({IsoDate.Format(before.Date)}). The order is draft report, council's comments, final report, action plan, progress review.");
                continue;
            }

            previous = (pointer, name, day, isReport);
        }
    }

    private static void CheckCalendar(ChallengeTimeline timeline, WorkingDayCalendar calendar, Edition? edition, ValidationContext<ChallengeRecord> context)
    {
        var start = timeline.OnSiteStart;
        var end = timeline.OnSiteEnd;
        if (end < start)
        {
            return;
        }

        var weekStart = start.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));
        var weekEnd = end.With(DateAdjusters.NextOrSame(IsoDayOfWeek.Sunday));
        var leadInShift = edition is null ? Period.Zero : Period.FromWeeks(edition.LeadInWeeks);
        LocalDate[] needed = [weekStart, weekEnd, start.Minus(leadInShift), .. timeline.LeadInStart is { } l ? [l] : Array.Empty<LocalDate>()];
        if (!needed.All(WorkingDayCalendar.Covers))
        {
            context.AddIssue(
                IssueCodes.OutsideCalendar,
                "/timeline",
                $"The visit or lead-in falls outside {WorkingDayCalendar.FirstSupportedYear} to {WorkingDayCalendar.LastSupportedYear}, the years the working-day calendar covers, so working days, bank holidays and the lead-in were not checked.");
            return;
        }

        var startIsWorking = calendar.IsWorkingDay(start);
        var endIsWorking = calendar.IsWorkingDay(end);
        if (!startIsWorking)
        {
            context.AddIssue(
                IssueCodes.OnSiteDayNotWorkingDay,
                "/timeline/onSiteStart",
                $"The first on-site day, {IsoDate.Format(start)}, is {calendar.Describe(start)}. On-site days must be consecutive working days.");
        }

        if (!endIsWorking && end != start)
        {
            context.AddIssue(
                IssueCodes.OnSiteDayNotWorkingDay,
                "/timeline/onSiteEnd",
                $"The last on-site day, {IsoDate.Format(end)}, is {calendar.Describe(end)}. On-site days must be consecutive working days.");
        }

        var workingDays = calendar.CountWorkingDays(start, end);
        if (edition is not null && startIsWorking && endIsWorking && workingDays != edition.OnSiteDays)
        {
            context.AddIssue(
                IssueCodes.OnSiteLengthDiffers,
                "/timeline/onSiteEnd",
                $"The visit from {IsoDate.Format(start)} to {IsoDate.Format(end)} has {Days(workingDays)}; the edition '{edition.Code}' has {Days(edition.OnSiteDays)} on site.");
        }

        foreach (var holiday in calendar.HolidaysBetween(weekStart, weekEnd))
        {
            if (holiday.Date == start || holiday.Date == end)
            {
                continue;
            }

            var during = holiday.Date > start && holiday.Date < end;
            context.AddIssue(
                IssueCodes.BankHolidayInOnSiteWeek,
                "/timeline",
                during
                    ? $"{holiday.Name} ({IsoDate.Format(holiday.Date)}) falls during the on-site visit ({IsoDate.Format(start)} to {IsoDate.Format(end)}), which runs on past it."
                    : $"{holiday.Name} ({IsoDate.Format(holiday.Date)}) falls in the week of the on-site visit ({IsoDate.Format(start)} to {IsoDate.Format(end)}); people the team needs to see may be away.");
        }

        if (edition is not null && timeline.LeadInStart is { } leadInStart && leadInStart < start)
        {
            // The lead-in runs whole weeks; it may begin on the first working day of its first week (after a bank holiday Monday).
            var latest = calendar.NextWorkingDayOnOrAfter(start.Minus(leadInShift));
            if (leadInStart > latest)
            {
                var days = Period.Between(leadInStart, start, PeriodUnits.Days).Days;
                context.AddIssue(
                    IssueCodes.LeadInTooShort,
                    "/timeline/leadInStart",
                    $"The lead-in starts on {IsoDate.Format(leadInStart)}, {Length(days)} before the first on-site day ({IsoDate.Format(start)}); the edition '{edition.Code}' has a lead-in of {edition.LeadInWeeks} weeks, so it should start by {IsoDate.Format(latest)}.");
            }
        }
    }

    private static string Days(int count) => count == 1 ? "1 working day" : $"{count} working days";

    private static string Length(int days)
    {
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
