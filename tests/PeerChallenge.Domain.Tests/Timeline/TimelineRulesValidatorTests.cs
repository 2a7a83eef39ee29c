using NodaTime;
using NodaTime.Text;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Timeline;

namespace PeerChallenge.Domain.Tests.Timeline;

public sealed class TimelineRulesValidatorTests
{
    private static readonly ChallengeRecord Rotherham = new()
    {
        Id = ChallengeId.Parse("LGG-SCPC-2011-ROT"),
        HostCouncil = new Organisation { Id = OrganisationId.Parse("GB-LAE-ROT"), Name = "Rotherham Metropolitan Borough Council" },
        Timeline = TimelinePlanner.ForEdition(BuiltInEditions.Lgg2011).PlanFromOnSiteStart(Date("2011-10-03")).ToChallengeTimeline(),
        OfstedNotification = new OfstedNotification { Notified = true, NotifiedOn = Date("2011-07-01"), NotifiedBy = "LGG Head of Safeguarding Programme" },
    };

    [Fact]
    public void ThePlannedRotherhamChallengeHasNoTimelineIssues()
    {
        Assert.Empty(Validate(Rotherham));
        Assert.DoesNotContain(new ChallengeRecordValidator().ValidateRecord(Rotherham), i => i.Code.Code.StartsWith("PC03", StringComparison.Ordinal));
    }

    [Fact]
    public void TheRecordValidatorRunsTheTimelineRules()
    {
        var issues = new ChallengeRecordValidator().ValidateRecord(Rotherham with { OfstedNotification = null });

        Assert.Contains(issues, i => i.Code.Code == "PC0307" && i.Path.ToString() == "/ofstedNotification" && !i.IsError);
    }

    [Fact]
    public void AnOnSiteDayAtTheWeekendIsAnError()
    {
        var issues = Validate(Rotherham with { Timeline = Rotherham.Timeline with { OnSiteStart = Date("2011-10-02"), OnSiteEnd = Date("2011-10-08") } });

        Assert.Equal(
            [
                "error PC0301 /timeline/onSiteStart: The first on-site day, 2011-10-02, is a Sunday. On-site days must be consecutive working days.",
                "error PC0301 /timeline/onSiteEnd: The last on-site day, 2011-10-08, is a Saturday. On-site days must be consecutive working days.",
            ],
            issues.Select(i => i.ToString()));
    }

    [Fact]
    public void ABankHolidayDuringTheVisitIsAWarning()
    {
        var timeline = Rotherham.Timeline with { LeadInStart = Date("2012-04-02"), OnSiteStart = Date("2012-05-30"), OnSiteEnd = Date("2012-06-07") };

        var issues = Validate(Rotherham with { Timeline = timeline with { DraftReportDue = null, CouncilCommentsDue = null, FinalReportDue = null, ActionPlanDue = null, ProgressReviewDue = null } });

        Assert.Equal(
            [
                "warning PC0302 /timeline: Spring bank holiday (substitute day) (2012-06-04) falls during the on-site visit (2012-05-30 to 2012-06-07), which runs on past it.",
                "warning PC0302 /timeline: Queen’s Diamond Jubilee (2012-06-05) falls during the on-site visit (2012-05-30 to 2012-06-07), which runs on past it.",
            ],
            issues.Select(i => i.ToString()));
    }

    [Fact]
    public void ABankHolidayInTheWeekBeforeTheVisitStartsIsAWarning()
    {
        // Tuesday 30 August to Monday 5 September 2011: the summer bank holiday is the Monday of the first week.
        var timeline = new ChallengeTimeline { LeadInStart = Date("2011-07-05"), OnSiteStart = Date("2011-08-30"), OnSiteEnd = Date("2011-09-05") };

        var notification = Rotherham.OfstedNotification! with { NotifiedOn = Date("1990-07-02") };
        var issue = Assert.Single(Validate(Rotherham with { Timeline = timeline, OfstedNotification = notification }));

        Assert.Equal("warning PC0302 /timeline: Summer bank holiday (2011-08-29) falls in the week of the on-site visit (2011-08-30 to 2011-09-05); people the team needs to see may be away.", issue.ToString());
    }

    [Fact]
    public void AShortLeadInIsAWarning()
    {
        var issue = Assert.Single(Validate(Rotherham with { Timeline = Rotherham.Timeline with { LeadInStart = Date("2011-08-17") } }));

        Assert.Equal("warning PC0303 /timeline/leadInStart: The lead-in starts on 2011-08-17, 6 weeks 5 days before the first on-site day (2011-10-03); the edition 'lgg-2011' has a lead-in of 8 weeks, so it should start by 2011-08-08.", issue.ToString());
    }

    [Fact]
    public void ALeadInStartingAfterABankHolidayMondayIsLongEnough()
    {
        // Eight weeks before Monday 24 October 2011 is the summer bank holiday; starting on the Tuesday is fine.
        var timeline = new ChallengeTimeline { LeadInStart = Date("2011-08-30"), OnSiteStart = Date("2011-10-24"), OnSiteEnd = Date("2011-10-28") };

        Assert.Empty(Validate(Rotherham with { Timeline = timeline }));
    }

    [Fact]
    public void AReportDueBeforeTheVisitEndsIsAnError()
    {
        var issues = Validate(Rotherham with { Timeline = Rotherham.Timeline with { DraftReportDue = Date("2011-10-07") } });

        Assert.Equal(
            ["error PC0304 /timeline/draftReportDue: The draft report is due on 2011-10-07, which is not after the last on-site day (2011-10-07). Written feedback follows the visit."],
            issues.Select(i => i.ToString()));
    }

    [Fact]
    public void MilestonesOutOfOrderAreErrors()
    {
        var issues = Validate(Rotherham with { Timeline = Rotherham.Timeline with { FinalReportDue = Date("2011-11-10"), ProgressReviewDue = Date("2011-10-06") } });

        Assert.Equal(
            [
                "error PC0305 /timeline/finalReportDue: The final report is due on 2011-11-10, before the council's comments (2011-11-18). The order is draft report, council's comments, final report, action plan, progress review.",
                "error PC0305 /timeline/progressReviewDue: The progress review is due on 2011-10-06, which is not after the last on-site day (2011-10-07).",
            ],
            issues.Select(i => i.ToString()));
    }

    [Fact]
    public void AVisitInADeclaredInspectionWindowIsAnError()
    {
        var notification = Rotherham.OfstedNotification! with
        {
            InspectionWindows =
            [
                new InspectionWindow { Id = "before", Start = Date("2011-09-01"), End = Date("2011-09-30") },
                new InspectionWindow { Id = "unannounced-2011", Start = Date("2011-10-07"), End = Date("2011-10-21") },
            ],
        };

        var issue = Assert.Single(Validate(Rotherham with { OfstedNotification = notification }));

        Assert.Equal("error PC0306 /ofstedNotification/inspectionWindows/1: The on-site visit (2011-10-03 to 2011-10-07) overlaps the Ofsted inspection window 'unannounced-2011' (2011-10-07 to 2011-10-21). Move the visit out of the window.", issue.ToString());
    }

    [Fact]
    public void OfstedNotNotifiedIsAWarning()
    {
        var issue = Assert.Single(Validate(Rotherham with { OfstedNotification = new OfstedNotification { Notified = false } }));

        Assert.Equal("warning PC0307 /ofstedNotification/notified: Ofsted has not been notified of the challenge (on site 2011-10-03 to 2011-10-07). The LGA notifies Ofsted so that an inspection does not coincide with it.", issue.ToString());
    }

    [Fact]
    public void AVisitOfADifferentLengthFromTheEditionsIsAWarning()
    {
        var issue = Assert.Single(Validate(Rotherham with { Timeline = Rotherham.Timeline with { OnSiteEnd = Date("2011-10-05") } }));

        Assert.Equal("warning PC0308 /timeline/onSiteEnd: The visit from 2011-10-03 to 2011-10-05 has 3 working days; the edition 'lgg-2011' has 5 working days on site.", issue.ToString());
    }

    [Fact]
    public void DatesOutsideTheCalendarAreAWarningNotACrash()
    {
        var timeline = new ChallengeTimeline { LeadInStart = Date("1990-08-06"), OnSiteStart = Date("1990-10-01"), OnSiteEnd = Date("1990-10-05") };

        var notification = Rotherham.OfstedNotification! with { NotifiedOn = Date("1990-07-02") };
        var issue = Assert.Single(Validate(Rotherham with { Timeline = timeline, OfstedNotification = notification }));

        Assert.Equal("warning PC0309 /timeline: The first on-site day (1990-10-01) falls outside 1995 to 2099, the years the working-day calendar covers, so working days, bank holidays and the lead-in were not checked.", issue.ToString());
    }

    [Theory]
    [InlineData("2099-12-28", "2099-12-31", "The week of the last on-site day (to Sunday 2100-01-03) falls outside 1995 to 2099")]
    [InlineData("1995-01-09", "1995-01-13", "The edition's lead-in of 8 weeks (which would start on 1994-11-14) falls outside 1995 to 2099")]
    [InlineData("1995-01-01", "1995-01-06", "The week of the first on-site day (from Monday 1994-12-26) falls outside 1995 to 2099")]
    [InlineData("2100-01-04", "2100-01-08", "The first on-site day (2100-01-04) falls outside 1995 to 2099")]
    [InlineData("2099-12-28", "2100-01-01", "The last on-site day (2100-01-01) falls outside 1995 to 2099")]
    public void TheOutsideCalendarWarningNamesWhatIsOutside(string onSiteStart, string onSiteEnd, string expected)
    {
        var timeline = new ChallengeTimeline { OnSiteStart = Date(onSiteStart), OnSiteEnd = Date(onSiteEnd) };

        var issue = Assert.Single(Validate(Rotherham with { Timeline = timeline, OfstedNotification = Rotherham.OfstedNotification! with { NotifiedOn = null } }), i => i.Code == TimelineIssueCodes.OutsideCalendar);

        Assert.Equal($"warning PC0309 /timeline: {expected}, the years the working-day calendar covers, so working days, bank holidays and the lead-in were not checked.", issue.ToString());
    }

    [Fact]
    public void TheOutsideCalendarWarningNamesARecordedLeadInStartOutsideIt()
    {
        var timeline = Rotherham.Timeline with { LeadInStart = Date("1994-12-30"), OnSiteStart = Date("1995-03-06"), OnSiteEnd = Date("1995-03-10") };

        var issue = Assert.Single(Validate(Rotherham with { Timeline = timeline, OfstedNotification = Rotherham.OfstedNotification! with { NotifiedOn = null } }), i => i.Code == TimelineIssueCodes.OutsideCalendar);

        Assert.Equal("warning PC0309 /timeline: The lead-in start (1994-12-30) falls outside 1995 to 2099, the years the working-day calendar covers, so working days, bank holidays and the lead-in were not checked.", issue.ToString());
    }

    [Fact]
    public void DatesBeforeTheCommonEraAreWrittenWithTheirIsoYear()
    {
        var timeline = Rotherham.Timeline with { OnSiteEnd = new LocalDate(-1, 6, 30) };

        var issue = Assert.Single(Validate(Rotherham with { Timeline = timeline }), i => i.Code == TimelineIssueCodes.OnSiteEndBeforeStart);

        Assert.Equal("error PC0102 /timeline/onSiteEnd: The last on-site day (-0001-06-30) is before the first (2011-10-03).", issue.ToString());
    }

    [Fact]
    public void ACouncilsClosureCountsLikeABankHoliday()
    {
        var calendar = WorkingDayCalendar.EnglandAndWales.WithClosure(Date("2011-10-05"), "Staff conference");

        var issues = new TimelineRulesValidator(calendar, BuiltInEditions.Lgg2011).Validate(new ChallengeSchedule(Rotherham.Timeline, Rotherham.OfstedNotification)).ToIssues();

        Assert.Equal(
            [
                "warning PC0308 /timeline/onSiteEnd: The visit from 2011-10-03 to 2011-10-07 has 4 working days; the edition 'lgg-2011' has 5 working days on site.",
                "warning PC0302 /timeline: Staff conference (2011-10-05) falls during the on-site visit (2011-10-03 to 2011-10-07), which runs on past it.",
            ],
            issues.Select(i => i.ToString()));
    }

    [Fact]
    public void EveryTimelineCodeIsListed()
    {
        Assert.Equal(
            ["PC0301", "PC0302", "PC0303", "PC0304", "PC0305", "PC0306", "PC0307", "PC0308", "PC0309", "PC0310", "PC0311", "PC0312"],
            IssueCodes.All.Where(c => c.Code.StartsWith("PC03", StringComparison.Ordinal)).Select(c => c.Code));
        Assert.Equal(IssueSeverity.Error, TimelineIssueCodes.OnSiteOverlapsInspection.Severity);
        Assert.Equal(IssueSeverity.Warning, TimelineIssueCodes.OfstedNotNotified.Severity);
    }

    private static IReadOnlyList<ValidationIssue> Validate(ChallengeRecord record) =>
        new TimelineRulesValidator(WorkingDayCalendar.EnglandAndWales, BuiltInEditions.Lgg2011).Validate(new ChallengeSchedule(record.Timeline, record.OfstedNotification)).ToIssues();

    private static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).Value;
}
