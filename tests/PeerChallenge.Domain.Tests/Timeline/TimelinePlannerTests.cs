using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Timeline;

namespace PeerChallenge.Domain.Tests.Timeline;

public sealed class TimelinePlannerTests
{
    private static readonly TimelinePlanner Planner = TimelinePlanner.ForEdition(BuiltInEditions.Lgg2011);

    // The Rotherham brief: "a lead in of 8 weeks commencing the 8th August", on site "3rd to 7th October" 2011.
    private static readonly string[] Rotherham2011 =
    [
        "2011-08-08 lead-in-start",
        "2011-08-15 questionnaires-open",
        "2011-09-05 documents-sent",
        "2011-09-12 questionnaires-close",
        "2011-09-12 case-audit-complete",
        "2011-09-19 timetable-agreed",
        "2011-10-03 on-site-start",
        "2011-10-07 on-site-end",
        "2011-11-04 draft-report",
        "2011-11-18 council-comments",
        "2011-12-02 final-report",
        "2011-12-30 action-plan",
        "2012-10-05 progress-review",
    ];

    [Fact]
    public void TheBriefsOwnDatesFromTheOnSiteWeek()
    {
        var plan = Planner.PlanFromOnSiteStart(Date("2011-10-03"));

        Assert.Equal(Rotherham2011, plan.Milestones.Select(m => $"{Iso(m.Date)} {m.Id}"));
        Assert.Equal(["2011-10-03", "2011-10-04", "2011-10-05", "2011-10-06", "2011-10-07"], plan.OnSiteDays.Select(Iso));
        Assert.Equal(Date("2011-08-08"), plan.LeadInStart);
        Assert.Equal(IsoDayOfWeek.Monday, plan.LeadInStart.DayOfWeek);
        Assert.Equal("On site, day 1: opening meeting of senior managers from partner agencies", plan.Find(MilestoneIds.OnSiteStart)!.Title);
        Assert.Equal("Last day on site: feedback presentation and workshop on the findings", plan.Find(MilestoneIds.OnSiteEnd)!.Title);
    }

    [Fact]
    public void TheBriefsOwnDatesFromTheLeadIn()
    {
        var fromLeadIn = Planner.PlanFromLeadInStart(Date("2011-08-08"));

        Assert.Equal(Rotherham2011, fromLeadIn.Milestones.Select(m => $"{Iso(m.Date)} {m.Id}"));
        Assert.Equal(Planner.PlanFromOnSiteStart(Date("2011-10-03")), fromLeadIn);
    }

    [Fact]
    public void ThePlanBecomesTheRecordsTimeline()
    {
        var timeline = Planner.PlanFromOnSiteStart(Date("2011-10-03")).ToChallengeTimeline();

        Assert.Equal(
            new ChallengeTimeline
            {
                LeadInStart = Date("2011-08-08"), OnSiteStart = Date("2011-10-03"), OnSiteEnd = Date("2011-10-07"),
                DraftReportDue = Date("2011-11-04"), CouncilCommentsDue = Date("2011-11-18"), FinalReportDue = Date("2011-12-02"),
                ActionPlanDue = Date("2011-12-30"), ProgressReviewDue = Date("2012-10-05"),
            },
            timeline);
    }

    [Fact]
    public void ABankHolidayInTheWeekMakesTheVisitRunOn()
    {
        // Wednesday 30 May 2012: the Diamond Jubilee took Monday 4 and Tuesday 5 June.
        var plan = Planner.PlanFromOnSiteStart(Date("2012-05-30"));

        Assert.Equal(["2012-05-30", "2012-05-31", "2012-06-01", "2012-06-06", "2012-06-07"], plan.OnSiteDays.Select(Iso));
        Assert.Equal(Date("2012-06-07"), plan.OnSiteEnd);
    }

    [Fact]
    public void DeadlinesOnAHolidayMoveToAWorkingDay()
    {
        var plan = Planner.PlanFromOnSiteStart(Date("2011-11-29"));

        // The end is Monday 5 December; 4 weeks later is Monday 2 January 2012, the substitute New Year's Day: the report moves to the 3rd.
        Assert.Equal(Date("2011-12-05"), plan.OnSiteEnd);
        Assert.Equal(Date("2012-01-03"), plan.DateOf(MilestoneIds.DraftReport));
    }

    [Fact]
    public void LeadInDeadlinesOnAHolidayMoveEarlier()
    {
        // On site Friday 27 May 2011: 4 weeks before is Friday 29 April, the royal wedding, so the documents are due on Thursday 28 April.
        var plan = Planner.PlanFromOnSiteStart(Date("2011-05-27"));

        Assert.Equal(Date("2011-04-28"), plan.DateOf(MilestoneIds.DocumentsSent));
        Assert.Equal(Date("2011-04-01"), plan.LeadInStart);
    }

    [Fact]
    public void TheLeadInStartsOnTheSameWeekdayEvenOnABankHoliday()
    {
        // Eight weeks before Monday 24 October 2011 is the summer bank holiday: the lead-in commences that week.
        var plan = Planner.PlanFromOnSiteStart(Date("2011-10-24"));

        Assert.Equal(Date("2011-08-29"), plan.LeadInStart);
        Assert.Equal(Date("2011-09-05"), plan.DateOf(MilestoneIds.QuestionnairesOpen));
    }

    [Fact]
    public void PlanningFromALeadInWhoseVisitDayIsAHolidayStartsTheVisitOnTheNextWorkingDay()
    {
        // Easter Monday 2012 plus 8 weeks is Monday 4 June 2012, the moved spring bank holiday; Tuesday 5th is the Diamond Jubilee.
        var plan = Planner.PlanFromLeadInStart(Date("2012-04-09"));

        Assert.Equal(Date("2012-04-09"), plan.LeadInStart);
        Assert.Equal(Date("2012-06-06"), plan.OnSiteStart);
    }

    [Theory]
    [InlineData("2011-10-01", "The first on-site day must be a working day; 2011-10-01 is a Saturday. (Parameter 'onSiteStart')")]
    [InlineData("2011-10-02", "The first on-site day must be a working day; 2011-10-02 is a Sunday. (Parameter 'onSiteStart')")]
    [InlineData("2011-12-26", "The first on-site day must be a working day; 2011-12-26 is a bank holiday, Boxing Day. (Parameter 'onSiteStart')")]
    public void AVisitCannotStartOnADayThatIsNotAWorkingDay(string onSiteStart, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => Planner.PlanFromOnSiteStart(Date(onSiteStart)));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void ALeadInCannotStartAtTheWeekend()
    {
        var error = Assert.Throws<ArgumentException>(() => Planner.PlanFromLeadInStart(Date("2011-08-06")));

        Assert.Equal("The lead-in must start on a weekday; 2011-08-06 is a Saturday. (Parameter 'leadInStart')", error.Message);
    }

    [Theory]
    [InlineData("2011-10-01", "error PC0301 /timeline/onSiteStart: The first on-site day must be a working day; 2011-10-01 is a Saturday.")]
    [InlineData("2011-12-26", "error PC0301 /timeline/onSiteStart: The first on-site day must be a working day; 2011-12-26 is a bank holiday, Boxing Day.")]
    [InlineData("1990-10-01", "warning PC0309 /timeline: The plan would run outside 1995 to 2099, the years the working-day calendar covers.")]
    [InlineData("2099-10-05", "warning PC0309 /timeline: The plan would run outside 1995 to 2099, the years the working-day calendar covers.")]
    [InlineData("9999-12-31", "warning PC0309 /timeline: The plan would run outside 1995 to 2099, the years the working-day calendar covers.")]
    public void A_date_a_user_typed_that_cannot_start_a_visit_is_an_issue_not_an_exception(string onSiteStart, string issue)
    {
        Assert.False(Planner.TryPlanFromOnSiteStart(Date(onSiteStart), out var plan, out var issues));

        Assert.Null(plan);
        Assert.Equal([issue], issues.Select(i => i.ToString()));
    }

    [Theory]
    [InlineData("2011-08-06", "error PC0310 /timeline/leadInStart: The lead-in must start on a weekday; 2011-08-06 is a Saturday.")]
    [InlineData("0001-01-01", "warning PC0309 /timeline: The plan would run outside 1995 to 2099, the years the working-day calendar covers.")]
    [InlineData("2099-12-01", "warning PC0309 /timeline: The plan would run outside 1995 to 2099, the years the working-day calendar covers.")]
    [InlineData("9999-12-30", "warning PC0309 /timeline: The plan would run outside 1995 to 2099, the years the working-day calendar covers.")]
    public void A_lead_in_start_a_user_typed_that_cannot_start_a_plan_is_an_issue_not_an_exception(string leadInStart, string issue)
    {
        Assert.False(Planner.TryPlanFromLeadInStart(Date(leadInStart), out var plan, out var issues));

        Assert.Null(plan);
        Assert.Equal([issue], issues.Select(i => i.ToString()));
    }

    [Fact]
    public void The_try_forms_make_the_same_plans_as_the_others()
    {
        Assert.True(Planner.TryPlanFromOnSiteStart(Date("2011-10-03"), out var fromVisit, out var none));
        Assert.True(Planner.TryPlanFromLeadInStart(Date("2011-08-08"), out var fromLeadIn, out _));

        Assert.Empty(none);
        Assert.Equal(Planner.PlanFromOnSiteStart(Date("2011-10-03")), fromVisit);
        Assert.Equal(fromVisit, fromLeadIn);
    }

    [Fact]
    public void ACouncilsClosureMovesTheVisitsDays()
    {
        var calendar = WorkingDayCalendar.EnglandAndWales.WithClosure(Date("2011-10-05"), "Staff conference");
        var plan = new TimelinePlanner(calendar, TimelineTemplate.ForEdition(BuiltInEditions.Lgg2011)).PlanFromOnSiteStart(Date("2011-10-03"));

        Assert.Equal(["2011-10-03", "2011-10-04", "2011-10-06", "2011-10-07", "2011-10-10"], plan.OnSiteDays.Select(Iso));
    }

    [Fact]
    public void AnEditionsLengthsShapeItsTemplate()
    {
        var short4 = BuiltInEditions.Lgg2011 with { Code = EditionCode.Parse("short"), LeadInWeeks = 4, OnSiteDays = 3 };
        var plan = TimelinePlanner.ForEdition(short4).PlanFromOnSiteStart(Date("2011-10-03"));

        Assert.Equal(Date("2011-09-05"), plan.LeadInStart);
        Assert.Equal(Date("2011-10-05"), plan.OnSiteEnd);
        Assert.All(plan.Milestones.Where(m => m.Phase == TimelinePhase.LeadIn), m => Assert.InRange(m.Date, plan.LeadInStart, plan.OnSiteStart));
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(Arbitraries)])]
    public bool PlanningFromTheVisitThenFromItsLeadInGivesTheSamePlan(OnSiteStart start)
    {
        var fromVisit = Planner.PlanFromOnSiteStart(start.Value);
        var fromLeadIn = Planner.PlanFromLeadInStart(fromVisit.LeadInStart);
        return fromVisit == fromLeadIn;
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(Arbitraries)])]
    public bool PlanningFromALeadInThenFromItsVisitGivesTheSameVisitAndFollowUp(LeadInStart start)
    {
        var fromLeadIn = Planner.PlanFromLeadInStart(start.Value);
        var fromVisit = Planner.PlanFromOnSiteStart(fromLeadIn.OnSiteStart);
        var sameVisit = fromLeadIn.Milestones.Where(m => m.Phase != TimelinePhase.LeadIn).SequenceEqual(fromVisit.Milestones.Where(m => m.Phase != TimelinePhase.LeadIn));

        // The lead-in is the same when the visit day 8 weeks on is a working day, otherwise it is only longer.
        var visitDayWorks = WorkingDayCalendar.EnglandAndWales.IsWorkingDay(start.Value.PlusWeeks(8));
        return sameVisit && (visitDayWorks ? fromLeadIn == fromVisit : fromLeadIn.LeadInStart < fromVisit.LeadInStart);
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(Arbitraries)])]
    public bool EveryOnSiteDayAndEveryAdjustedMilestoneIsAWorkingDay(OnSiteStart start)
    {
        var calendar = WorkingDayCalendar.EnglandAndWales;
        var plan = Planner.PlanFromOnSiteStart(start.Value);
        var adjusted = plan.Milestones.Where(m => Planner.Template.Find(m.Id)!.Adjustment != WorkingDayAdjustment.None);
        return plan.OnSiteDays.All(calendar.IsWorkingDay)
            && adjusted.All(m => calendar.IsWorkingDay(m.Date))
            && plan.OnSiteDays.Count == 5
            && calendar.CountWorkingDays(plan.OnSiteStart, plan.OnSiteEnd) == 5
            && !WorkingDayCalendar.IsWeekend(plan.LeadInStart);
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(Arbitraries)])]
    public bool MovingTheVisitByWorkingDaysMovesEveryMilestoneConsistently(OnSiteStart start, Shift shift)
    {
        var calendar = WorkingDayCalendar.EnglandAndWales;
        var before = Planner.PlanFromOnSiteStart(start.Value);
        var moved = Planner.PlanFromOnSiteStart(calendar.AddWorkingDays(start.Value, shift.Value));

        // The visit itself moves by exactly n working days, day by day.
        var visitMoved = before.OnSiteDays.Zip(moved.OnSiteDays).All(pair => calendar.AddWorkingDays(pair.First, shift.Value) == pair.Second);

        // Every milestone moves the same way as the visit, never the other way.
        var sameDirection = before.Milestones.All(m => shift.Value > 0 ? moved.DateOf(m.Id) >= m.Date : moved.DateOf(m.Id) <= m.Date);

        // Every milestone still sits at its offset from the milestone it hangs on, in the moved plan.
        var offsetsHold = Planner.Template.Milestones.Where(d => d.Anchor is not null).All(d =>
        {
            var raw = d.Offset.ApplyTo(moved.DateOf(d.Anchor!), calendar);
            var date = moved.DateOf(d.Id);
            return d.Adjustment switch
            {
                WorkingDayAdjustment.None => date == raw,
                WorkingDayAdjustment.NextWorkingDay => date == calendar.NextWorkingDayOnOrAfter(raw),
                _ => date == calendar.PreviousWorkingDayOnOrBefore(raw),
            };
        });

        // The lead-in start moves by exactly the calendar days the first on-site day moved.
        var leadInMoved = Period.Between(before.LeadInStart, moved.LeadInStart, PeriodUnits.Days) == Period.Between(before.OnSiteStart, moved.OnSiteStart, PeriodUnits.Days);
        return visitMoved && sameDirection && offsetsHold && leadInMoved;
    }

    private static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).Value;

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>A working day from 1996 to 2097, so the whole plan stays inside the calendar.</summary>
    public sealed record OnSiteStart(LocalDate Value);

    /// <summary>A weekday from 1996 to 2097.</summary>
    public sealed record LeadInStart(LocalDate Value);

    /// <summary>A non-zero number of working days, -40 to 40.</summary>
    public sealed record Shift(int Value);

    public static class Arbitraries
    {
        private static readonly LocalDate First = new(1996, 1, 1);

        private static Gen<LocalDate> Dates =>
            Gen.Choose(0, Period.Between(First, new LocalDate(2097, 12, 31), PeriodUnits.Days).Days).Select(d => First.PlusDays(d));

        public static Arbitrary<OnSiteStart> OnSiteStarts() =>
            Dates.Select(d => new OnSiteStart(WorkingDayCalendar.EnglandAndWales.NextWorkingDayOnOrAfter(d))).ToArbitrary();

        public static Arbitrary<LeadInStart> LeadInStarts() =>
            Dates.Where(d => !WorkingDayCalendar.IsWeekend(d)).Select(d => new LeadInStart(d)).ToArbitrary();

        public static Arbitrary<Shift> Shifts() =>
            Gen.Choose(-40, 40).Where(n => n != 0).Select(n => new Shift(n)).ToArbitrary();
    }
}
