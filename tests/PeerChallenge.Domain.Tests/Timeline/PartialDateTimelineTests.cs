using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace PeerChallenge.Domain.Tests.Timeline;

/// <summary>
/// The timeline rules with dates as vague as the sources of past reviews give them (issue 9): day rules only where both
/// on-site days are days, order rules only where the order is certain, and one note (PC0311, PC0312) of what was not
/// checked, never an error made of "not known".
/// </summary>
public sealed class PartialDateTimelineTests
{
    // With a source, so that a past review made from it is not told to list its sources (PC0603): these tests are about other rules.
    private static readonly ChallengeRecord Rotherham = TestRecords.Rotherham2011 with { Sources = [new Source { Id = "src-1", Title = "Briefing for staff" }] };

    /// <summary>Rotherham 2011 as a past review with the given dates, notified, with no other dates.</summary>
    private static ChallengeRecord PastReview(string onSiteStart, string? onSiteEnd = null, string? leadInStart = null) => Rotherham with
    {
        Kind = RecordKind.PastReview,
        Timeline = new ChallengeTimeline { OnSiteStart = D(onSiteStart), OnSiteEnd = OrNull(onSiteEnd), LeadInStart = OrNull(leadInStart) },
    };

    [Theory]
    [InlineData("past-review")]
    [InlineData("plan")]
    public void A_visit_in_January_2010_gives_one_note_and_no_day_rules(string kind)
    {
        // 1 January 2010 is New Year's Day, a Friday: read as a day, the visit would break PC0301, PC0302 and PC0308.
        var record = PastReview("2010-01", leadInStart: "2009-11") with { Kind = RecordKind.FromCode(kind) };

        var issue = Assert.Single(record.Issues());

        Assert.Equal(TimelineIssueCodes.DatesNotPrecise, issue.Code);
        Assert.Equal(IssueSeverity.Information, issue.Severity);
        Assert.False(issue.IsError);
        Assert.Equal("/timeline", issue.Path.ToString());
        Assert.Equal(
            "The on-site visit is not given as days (only as January 2010, with no last day), so these were not checked: on-site days on working days, bank holidays in the on-site week, the number of on-site days, the length of the lead-in.",
            issue.Message);
    }

    [Theory]
    [InlineData("2010-01", "2010-01", "January 2010 to January 2010")]
    [InlineData("2010", null, "only as 2010")]
    [InlineData("2012~", null, "only as c. 2012")]
    [InlineData("2010-01-18", "2010-01-22~", "18 January 2010 to c. 22 January 2010")]
    [InlineData("2010-01-18~", "2010-01-22", "c. 18 January 2010 to 22 January 2010")]
    [InlineData("2010-01-18", "2010-01", "18 January 2010 to January 2010")]
    public void Any_visit_not_given_as_two_days_gives_one_note_naming_it(string onSiteStart, string? onSiteEnd, string named)
    {
        var issue = Assert.Single(PastReview(onSiteStart, onSiteEnd).Issues());

        Assert.Equal(("PC0311", "/timeline"), (issue.Code.Code, issue.Path.ToString()));
        Assert.Contains(named, issue.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("lead-in", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void From_4_February_2013_with_no_end_gives_one_note_that_the_last_day_is_not_known()
    {
        var record = PastReview("2013-02-04", leadInStart: "2012-12-10");

        var issue = Assert.Single(record.Issues());

        Assert.Equal(("PC0311", "information", "/timeline"), (issue.Code.Code, issue.Severity.Code, issue.Path.ToString()));
        Assert.StartsWith("The last on-site day is not known (the visit is given as from 4 February 2013), so these were not checked:", issue.Message, StringComparison.Ordinal);
        Assert.Contains("the number of on-site days", issue.Message, StringComparison.Ordinal);
        Assert.Contains("the length of the lead-in", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_note_names_the_inspection_windows_it_could_not_check()
    {
        var notification = new OfstedNotification
        {
            Notified = true,
            InspectionWindows = [new InspectionWindow { Id = "iw-1", Start = new LocalDate(2013, 2, 1), End = new LocalDate(2013, 2, 15) }],
        };

        var issue = Assert.Single((PastReview("2013-02-04") with { OfstedNotification = notification }).Issues());

        Assert.Equal("PC0311", issue.Code.Code);
        Assert.EndsWith("the Ofsted inspection windows.", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lead_in_given_only_as_a_month_is_noted_at_the_lead_in_when_the_visit_is_exact()
    {
        var record = Rotherham with { Timeline = Rotherham.Timeline with { LeadInStart = D("2011-08") } };

        var issue = Assert.Single(record.Issues());

        Assert.Equal(("PC0311", "information", "/timeline/leadInStart"), (issue.Code.Code, issue.Severity.Code, issue.Path.ToString()));
        Assert.Equal("The lead-in start is not given as a day (August 2011), so the length of the lead-in was not checked.", issue.Message);
    }

    [Fact]
    public void A_report_certainly_before_the_visit_is_still_an_error()
    {
        var record = PastReview("2013-02") with { Timeline = new ChallengeTimeline { OnSiteStart = D("2013-02"), DraftReportDue = D("2012-12") } };

        var issues = record.Issues();

        var error = Assert.Single(issues, i => i.IsError);
        Assert.Equal(("PC0304", "/timeline/draftReportDue"), (error.Code.Code, error.Path.ToString()));
        Assert.Equal("The draft report is due on 2012-12, which is not after the first on-site day (2013-02). Written feedback follows the visit.", error.Message);
        Assert.Equal(["PC0304", "PC0311"], issues.Codes().Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("2013-02-04", null, "2013-02")]
    [InlineData("2013-02-04", null, "2013")]
    [InlineData("2013-02", null, "2013-02-28")]
    [InlineData("2013-02-04", "2013-02-08", "2013-02")]
    [InlineData("2013-02-04", "2013-02", "2013-02-20")]
    [InlineData("2013-02-04", null, "2013-02-04~")]
    [InlineData("2013-02-04", null, "2013-01~")]
    public void A_report_whose_order_with_the_visit_is_not_certain_is_not_reported(string onSiteStart, string? onSiteEnd, string draftReportDue)
    {
        var record = PastReview(onSiteStart, onSiteEnd) with { Timeline = new ChallengeTimeline { OnSiteStart = D(onSiteStart), OnSiteEnd = OrNull(onSiteEnd), DraftReportDue = D(draftReportDue) } };

        Assert.DoesNotContain(record.Issues(), i => i.IsError);
    }

    [Theory]
    [InlineData("2013-02-04", null, "2013-02-04", "first on-site day (2013-02-04)")]
    [InlineData("2013-02-04", "2013-02-08", "2013-02-06", "last on-site day (2013-02-08)")]
    [InlineData("2013-02-04", "2013-02", "2013-01-31", "last on-site day (2013-02)")]
    [InlineData("2013-02-04", "2013", "2013-01", "first on-site day (2013-02-04)")]
    [InlineData("2013-02-04", "2013-02-08~", "2013-01", "first on-site day (2013-02-04)")]
    public void A_report_certainly_not_after_the_visit_is_reported_against_the_day_that_makes_it_certain(string onSiteStart, string? onSiteEnd, string finalReportDue, string named)
    {
        var record = PastReview(onSiteStart, onSiteEnd) with { Timeline = new ChallengeTimeline { OnSiteStart = D(onSiteStart), OnSiteEnd = OrNull(onSiteEnd), FinalReportDue = D(finalReportDue) } };

        var error = Assert.Single(record.Issues(), i => i.IsError);

        Assert.Equal(("PC0304", "/timeline/finalReportDue"), (error.Code.Code, error.Path.ToString()));
        Assert.Contains($"The final report is due on {finalReportDue}, which is not after the {named}.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_after_the_visit_out_of_order_are_reported_only_when_certainly_out_of_order()
    {
        var timeline = new ChallengeTimeline
        {
            OnSiteStart = D("2013-02-04"),
            DraftReportDue = D("2013-04"),
            CouncilCommentsDue = D("2013-03"),
            FinalReportDue = D("2013-04-30"),
            ActionPlanDue = D("2013"),
        };

        var errors = (PastReview("2013-02-04") with { Timeline = timeline }).Issues().Where(i => i.IsError).ToList();

        var error = Assert.Single(errors);
        Assert.Equal(("PC0305", "/timeline/councilCommentsDue"), (error.Code.Code, error.Path.ToString()));
        Assert.StartsWith("The council's comments is due on 2013-03, before the draft report (2013-04).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_on_site_end_certainly_before_the_start_is_an_error_and_nothing_else_is_said_of_the_visit()
    {
        var issues = PastReview("2010-02", "2010-01").Issues();

        var issue = Assert.Single(issues);
        Assert.Equal(("PC0102", "/timeline/onSiteEnd"), (issue.Code.Code, issue.Path.ToString()));
        Assert.True(issue.IsError);
        Assert.Equal("The last on-site day (2010-01) is before the first (2010-02).", issue.Message);
    }

    [Theory]
    [InlineData("2010-01", "2010")]
    [InlineData("2010", "2010-01")]
    [InlineData("2010-01-20", "2010-01")]
    [InlineData("2010-01", "2010-01-05")]
    [InlineData("2010-02~", "2010-01~")]
    [InlineData("2010-02", "2010-01-31~")]
    public void An_on_site_end_that_may_be_after_the_start_is_not_an_error(string onSiteStart, string onSiteEnd)
    {
        Assert.DoesNotContain(PastReview(onSiteStart, onSiteEnd).Issues(), i => i.IsError);
    }

    [Theory]
    [InlineData("2010-02", "2010-01")]
    [InlineData("2010-01-31", "2010-01")]
    [InlineData("2011", "2010-12")]
    public void A_lead_in_certainly_not_before_the_visit_is_an_error(string leadInStart, string onSiteStart)
    {
        var issue = Assert.Single(PastReview(onSiteStart, leadInStart: leadInStart).Issues(), i => i.IsError);

        Assert.Equal(("PC0103", "/timeline/leadInStart"), (issue.Code.Code, issue.Path.ToString()));
        Assert.Equal($"The lead-in starts on {leadInStart}, which is not before the first on-site day ({onSiteStart}).", issue.Message);
    }

    [Theory]
    [InlineData("2010-01", "2010-01")]
    [InlineData("2010-01", "2010-01-18")]
    [InlineData("2010-01-18", "2010-01")]
    [InlineData("2010", "2010-01")]
    [InlineData("2009-11", "2010-01")]
    [InlineData("2010-02~", "2010-01")]
    public void A_lead_in_that_may_be_before_the_visit_is_not_an_error(string leadInStart, string onSiteStart)
    {
        Assert.DoesNotContain(PastReview(onSiteStart, leadInStart: leadInStart).Issues(), i => i.IsError);
    }

    [Fact]
    public void Approximate_dates_in_any_order_give_no_order_error()
    {
        var record = Rotherham with
        {
            Kind = RecordKind.PastReview,
            Timeline = new ChallengeTimeline
            {
                LeadInStart = D("2014~"),
                OnSiteStart = D("2012~"),
                OnSiteEnd = D("2010~"),
                DraftReportDue = D("2009~"),
                CouncilCommentsDue = D("2008-05~"),
                FinalReportDue = D("2007-05-01~"),
                ActionPlanDue = D("2006~"),
                ProgressReviewDue = D("2005~"),
            },
            OfstedNotification = new OfstedNotification { Notified = true, NotifiedOn = D("2020~") },
        };

        var issue = Assert.Single(record.Issues());
        Assert.Equal("PC0311", issue.Code.Code);
        Assert.Contains("(c. 2012 to c. 2010)", issue.Message, StringComparison.Ordinal);
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(VagueDates)])]
    public void Approximate_dates_never_give_an_order_error_or_a_day_rule(ApproximateTimeline dates)
    {
        var record = Rotherham with
        {
            Kind = RecordKind.PastReview,
            Timeline = dates.Timeline,
            OfstedNotification = new OfstedNotification { Notified = true, NotifiedOn = dates.NotifiedOn },
        };

        var issues = record.Issues();

        Assert.Equal(["PC0311"], issues.Codes());
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(VagueDates)])]
    public void Certain_dates_give_an_order_error_only_when_the_order_is_certainly_wrong(CertainTimeline dates)
    {
        var timeline = dates.Timeline;
        var record = Rotherham with { Kind = RecordKind.PastReview, Timeline = timeline, OfstedNotification = null };

        var codes = record.Issues().Where(i => i.IsError).Codes().ToHashSet();

        // None of these dates is approximate, so each is certainly one of the days from Earliest to Latest.
        var start = timeline.OnSiteStart;
        var endBeforeStart = timeline.OnSiteEnd is { } end && end.Latest < start.Earliest;
        Assert.Equal(endBeforeStart, codes.Contains("PC0102"));
        Assert.Equal(timeline.LeadInStart is { } leadIn && start.Latest <= leadIn.Earliest, codes.Contains("PC0103"));

        // A report on or before the last on-site day, or (the visit ending on or after its first day) on or before the first, is not after the visit.
        var reportNotAfterVisit = timeline.DraftReportDue is { } draft
            && ((timeline.OnSiteEnd is { } last && draft.Latest <= last.Earliest) || (!endBeforeStart && draft.Latest <= start.Earliest));
        Assert.Equal(reportNotAfterVisit, codes.Contains("PC0304"));
        Assert.Subset(new HashSet<string> { "PC0102", "PC0103", "PC0304" }, codes);
    }

    [Theory]
    [InlineData("past-review")]
    [InlineData("plan")]
    [InlineData("live")]
    public void Ofsted_notification_not_known_gives_one_note_and_no_notification_rule(string kind)
    {
        var record = Rotherham with { Kind = RecordKind.FromCode(kind), OfstedNotification = null, OfstedNotificationKnown = Knowledge.NotKnown };

        var issue = Assert.Single(record.Issues());

        Assert.Equal(TimelineIssueCodes.OfstedNotificationNotKnown, issue.Code);
        Assert.Equal(("information", "/ofstedNotificationKnown"), (issue.Severity.Code, issue.Path.ToString()));
        Assert.Contains("not known whether Ofsted was notified", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ofsted_notification_not_known_checks_neither_a_late_notification_nor_the_inspection_windows()
    {
        var late = new OfstedNotification
        {
            Notified = true,
            NotifiedOn = new LocalDate(2011, 10, 5),
            InspectionWindows = [new InspectionWindow { Id = "iw-1", Start = new LocalDate(2011, 10, 1), End = new LocalDate(2011, 10, 31) }],
        };
        var schedule = new ChallengeSchedule(Rotherham.Timeline, late) { OfstedNotificationKnown = Knowledge.NotKnown };
        var known = schedule with { OfstedNotificationKnown = Knowledge.Known };
        var rules = new TimelineRulesValidator(WorkingDayCalendar.EnglandAndWales, BuiltInEditions.Lgg2011);

        Assert.Equal(["PC0312"], rules.Validate(schedule).ToIssues().Codes());
        Assert.Equal(["PC0108", "PC0306"], rules.Validate(known).ToIssues().Codes().Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("plan", true)]
    [InlineData("live", true)]
    [InlineData("past-review", false)]
    public void Ofsted_not_notified_is_a_warning_on_a_plan_and_a_live_challenge_but_not_on_a_past_review(string kind, bool warned)
    {
        var kindOf = RecordKind.FromCode(kind);
        var none = Rotherham with { Kind = kindOf, OfstedNotification = null };
        var notNotified = Rotherham with { Kind = kindOf, OfstedNotification = new OfstedNotification { Notified = false } };

        string[] expected = warned ? ["PC0307"] : [];
        Assert.Equal(expected, none.Issues().Codes());
        Assert.Equal(expected, notNotified.Issues().Codes());
        if (warned)
        {
            Assert.Equal(("/ofstedNotification", IssueSeverity.Warning), (none.Issues()[0].Path.ToString(), none.Issues()[0].Severity));
            Assert.Equal("/ofstedNotification/notified", notNotified.Issues()[0].Path.ToString());
        }
    }

    [Fact]
    public void A_notification_date_given_as_a_month_is_late_only_when_certainly_late()
    {
        Issue("2011-10-03", expectLate: true);
        Issue("2011-11", expectLate: true);
        Issue("2011-10-02", expectLate: false);
        Issue("2011-10", expectLate: false);
        Issue("2011-09", expectLate: false);
        Issue("2011", expectLate: false);
        Issue("2011-10~", expectLate: false);

        static void Issue(string notifiedOn, bool expectLate)
        {
            var record = Rotherham with { Timeline = Rotherham.Timeline with { OnSiteStart = D("2011-10-03") }, OfstedNotification = Rotherham.OfstedNotification! with { NotifiedOn = D(notifiedOn) } };
            var late = record.Issues().Where(i => i.Code == TimelineIssueCodes.OfstedNotificationLate).ToList();
            Assert.True(expectLate == (late.Count == 1), $"{notifiedOn}: {string.Join("; ", late)}");
            Assert.All(late, i => Assert.Equal(("/ofstedNotification/notifiedOn", $"Ofsted was notified on {notifiedOn}, which is not before the first on-site day (2011-10-03)."), (i.Path.ToString(), i.Message)));
        }
    }

    /// <summary>
    /// Records whose dates are all days give exactly the issues, in the same order and with the same messages, as before
    /// vague dates existed (the expected lists are what version 0.2.0 before format 1.1 gave for the same records).
    /// </summary>
    [Theory]
    [MemberData(nameof(ExactDayRecords))]
    public void Records_with_exact_days_give_the_issues_they_gave_before_vague_dates(string name, string[] before)
    {
        var record = ExactDayRecord(name);

        Assert.Equal(before, record.Issues().Select(i => i.ToString()));
        Assert.DoesNotContain(record.Issues(), i => i.Code == TimelineIssueCodes.DatesNotPrecise || i.Code == TimelineIssueCodes.OfstedNotificationNotKnown);
    }

    public static TheoryData<string, string[]> ExactDayRecords() => new()
    {
        { "valid", [] },
        {
            "weekend-visit-short-lead-in-report-before-end",
            [
                "warning PC0307 /ofstedNotification/notified: Ofsted has not been notified of the challenge (on site 2011-10-02 to 2011-10-08). The LGA notifies Ofsted so that an inspection does not coincide with it.",
                "warning PC0108 /ofstedNotification/notifiedOn: Ofsted was notified on 2011-10-03, which is not before the first on-site day (2011-10-02).",
                "error PC0304 /timeline/draftReportDue: The draft report is due on 2011-10-06, which is not after the last on-site day (2011-10-08). Written feedback follows the visit.",
                "error PC0301 /timeline/onSiteStart: The first on-site day, 2011-10-02, is a Sunday. On-site days must be consecutive working days.",
                "error PC0301 /timeline/onSiteEnd: The last on-site day, 2011-10-08, is a Saturday. On-site days must be consecutive working days.",
                "warning PC0303 /timeline/leadInStart: The lead-in starts on 2011-08-20, 6 weeks 1 day before the first on-site day (2011-10-02); the edition 'lgg-2011' has a lead-in of 8 weeks, so it should start by 2011-08-08.",
            ]
        },
        {
            "reversed-visit-in-an-inspection-window",
            [
                "error PC0102 /timeline/onSiteEnd: The last on-site day (2011-10-03) is before the first (2011-10-07).",
                "error PC0109 /ofstedNotification/inspectionWindows/2/end: The inspection window 'reversed' ends (2011-10-01) before it starts (2011-10-20).",
                "error PC0306 /ofstedNotification/inspectionWindows/0: The on-site visit (2011-10-07 to 2011-10-03) overlaps the Ofsted inspection window 'covers-both-days' (2011-10-01 to 2011-10-31). Move the visit out of the window.",
                "error PC0305 /timeline/finalReportDue: The final report is due on 2011-10-04, before the draft report (2011-10-05). The order is draft report, council's comments, final report, action plan, progress review.",
            ]
        },
        {
            "bank-holidays-short-visit-milestones-out-of-order",
            [
                "error PC0305 /timeline/councilCommentsDue: The council's comments is due on 2012-06-15, before the draft report (2012-06-20). The order is draft report, council's comments, final report, action plan, progress review.",
                "error PC0304 /timeline/finalReportDue: The final report is due on 2012-06-06, which is not after the last on-site day (2012-06-06). Written feedback follows the visit.",
                "error PC0305 /timeline/progressReviewDue: The progress review is due on 2012-07-19, before the action plan (2012-07-20). The order is draft report, council's comments, final report, action plan, progress review.",
                "warning PC0308 /timeline/onSiteEnd: The visit from 2012-05-30 to 2012-06-06 has 4 working days; the edition 'lgg-2011' has 5 working days on site.",
                "warning PC0302 /timeline: Spring bank holiday (substitute day) (2012-06-04) falls during the on-site visit (2012-05-30 to 2012-06-06), which runs on past it.",
                "warning PC0302 /timeline: Queen’s Diamond Jubilee (2012-06-05) falls during the on-site visit (2012-05-30 to 2012-06-06), which runs on past it.",
                "warning PC0303 /timeline/leadInStart: The lead-in starts on 2012-04-16, 6 weeks 2 days before the first on-site day (2012-05-30); the edition 'lgg-2011' has a lead-in of 8 weeks, so it should start by 2012-04-04.",
            ]
        },
        {
            "outside-the-calendar-notified-late",
            [
                "warning PC0108 /ofstedNotification/notifiedOn: Ofsted was notified on 1990-10-01, which is not before the first on-site day (1990-10-01).",
                "warning PC0309 /timeline: The first on-site day (1990-10-01) falls outside 1995 to 2099, the years the working-day calendar covers, so working days, bank holidays and the lead-in were not checked.",
            ]
        },
        {
            "team-to-be-confirmed-among-other-team-issues",
            [
                "warning PC0209 /team/1: The Member Peer is still to be confirmed: give the person's name and home organisation when known.",
                "warning PC0209 /team/3: The Health Peer is still to be confirmed: give the person's name and home organisation when known.",
                "error PC0205 /team/3/sector: Team member 'tm-4' is the Health Peer, who must come from the health sector, but their sector is police.",
                "error PC0206 /team/4/homeOrganisation/id: Team member 'tm-5' works for the host council (Rotherham Metropolitan Borough Council). Peers must come from other authorities.",
                "error PC0207 /team/2: Team members 'tm-1' and 'tm-3' are the same person (same name and home organisation). A person holds one role on the team.",
                "error PC0201 /team: The team has no Challenge Manager. The LGG Safeguarding Children Peer Challenge (2011) edition needs exactly 1.",
            ]
        },
    };

    private static ChallengeRecord ExactDayRecord(string name) => name switch
    {
        "valid" => Rotherham,
        "weekend-visit-short-lead-in-report-before-end" => Rotherham with
        {
            Timeline = Rotherham.Timeline with { OnSiteStart = new LocalDate(2011, 10, 2), OnSiteEnd = new LocalDate(2011, 10, 8), LeadInStart = new LocalDate(2011, 8, 20), DraftReportDue = new LocalDate(2011, 10, 6) },
            OfstedNotification = new OfstedNotification { Notified = false, NotifiedOn = new LocalDate(2011, 10, 3) },
        },
        "reversed-visit-in-an-inspection-window" => Rotherham with
        {
            Timeline = Rotherham.Timeline with { OnSiteStart = new LocalDate(2011, 10, 7), OnSiteEnd = new LocalDate(2011, 10, 3), DraftReportDue = new LocalDate(2011, 10, 5), FinalReportDue = new LocalDate(2011, 10, 4) },
            OfstedNotification = Rotherham.OfstedNotification! with
            {
                InspectionWindows =
                [
                    new InspectionWindow { Id = "covers-both-days", Start = new LocalDate(2011, 10, 1), End = new LocalDate(2011, 10, 31) },
                    new InspectionWindow { Id = "between-the-days", Start = new LocalDate(2011, 10, 4), End = new LocalDate(2011, 10, 5) },
                    new InspectionWindow { Id = "reversed", Start = new LocalDate(2011, 10, 20), End = new LocalDate(2011, 10, 1) },
                ],
            },
        },
        "bank-holidays-short-visit-milestones-out-of-order" => Rotherham with
        {
            Timeline = new ChallengeTimeline
            {
                LeadInStart = new LocalDate(2012, 4, 16),
                OnSiteStart = new LocalDate(2012, 5, 30),
                OnSiteEnd = new LocalDate(2012, 6, 6),
                DraftReportDue = new LocalDate(2012, 6, 20),
                CouncilCommentsDue = new LocalDate(2012, 6, 15),
                FinalReportDue = new LocalDate(2012, 6, 6),
                ActionPlanDue = new LocalDate(2012, 7, 20),
                ProgressReviewDue = new LocalDate(2012, 7, 19),
            },
        },
        "outside-the-calendar-notified-late" => Rotherham with
        {
            Timeline = new ChallengeTimeline { LeadInStart = new LocalDate(1990, 8, 6), OnSiteStart = new LocalDate(1990, 10, 1), OnSiteEnd = new LocalDate(1990, 10, 5) },
            OfstedNotification = new OfstedNotification { Notified = true, NotifiedOn = new LocalDate(1990, 10, 1) },
        },
        "team-to-be-confirmed-among-other-team-issues" => Rotherham with
        {
            Team =
            [
                Rotherham.Team[0],
                Rotherham.Team[1] with { Name = null },
                Rotherham.Team[2] with { Name = Rotherham.Team[0].Name, HomeOrganisation = Rotherham.Team[0].HomeOrganisation },
                Rotherham.Team[3] with { Sector = Sector.Police, HomeOrganisation = null },
                Rotherham.Team[4] with { HomeOrganisation = TestRecords.Rotherham },
            ],
        },
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    private static PartialDate D(string text) => PartialDate.Parse(text);

    private static PartialDate? OrNull(string? text) => text is null ? null : PartialDate.Parse(text);

    /// <summary>A timeline whose every date is approximate, in any order, with an approximate notification date.</summary>
    public sealed record ApproximateTimeline(ChallengeTimeline Timeline, PartialDate NotifiedOn)
    {
        public override string ToString() => $"{ChallengeRecordWriter.Write(Rotherham with { Timeline = Timeline })} notifiedOn {NotifiedOn}";
    }

    /// <summary>A timeline of certain (not approximate) days, months and years from 2009 to 2014, in any order.</summary>
    public sealed record CertainTimeline(ChallengeTimeline Timeline)
    {
        public override string ToString() => $"lead-in {Timeline.LeadInStart}, on site {Timeline.OnSiteStart} to {Timeline.OnSiteEnd}, draft {Timeline.DraftReportDue}";
    }

    public static class VagueDates
    {
        public static Arbitrary<ApproximateTimeline> Approximate() => Arb.From(
            from dates in Gen.ArrayOf(Date(approximate: true), 9)
            from present in Gen.ArrayOf(Gen.Elements(true, false), 8)
            select new ApproximateTimeline(
                new ChallengeTimeline
                {
                    OnSiteStart = dates[0],
                    OnSiteEnd = present[0] ? dates[1] : null,
                    LeadInStart = present[1] ? dates[2] : null,
                    DraftReportDue = present[2] ? dates[3] : null,
                    CouncilCommentsDue = present[3] ? dates[4] : null,
                    FinalReportDue = present[4] ? dates[5] : null,
                    ActionPlanDue = present[5] ? dates[6] : null,
                    ProgressReviewDue = present[6] ? dates[7] : null,
                },
                dates[8]));

        public static Arbitrary<CertainTimeline> Certain() => Arb.From(
            from dates in Gen.ArrayOf(Date(approximate: false), 4)
            from present in Gen.ArrayOf(Gen.Elements(true, false), 3)
            where !(dates[0].IsExactDay && present[0] && dates[1].IsExactDay)
            select new CertainTimeline(new ChallengeTimeline
            {
                OnSiteStart = dates[0],
                OnSiteEnd = present[0] ? dates[1] : null,
                LeadInStart = present[1] ? dates[2] : null,
                DraftReportDue = present[2] ? dates[3] : null,
            }));

        /// <summary>A day, a month or a year from 2009 to 2014 (few enough that spans often overlap).</summary>
        private static Gen<PartialDate> Date(bool approximate) =>
            from precision in Gen.Elements(DatePrecision.Day, DatePrecision.Month, DatePrecision.Year)
            from year in Gen.Choose(2009, 2014)
            from month in Gen.Choose(1, 12)
            from day in Gen.Choose(1, 28)
            let date = precision switch
            {
                DatePrecision.Year => PartialDate.OfYear(year),
                DatePrecision.Month => PartialDate.OfMonth(year, month),
                _ => PartialDate.OfDay(new LocalDate(year, month, day)),
            }
            select approximate ? date.Approximately() : date;
    }
}
