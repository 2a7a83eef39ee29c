using NodaTime;
using PeerChallenge.Domain.OnSite;
using static PeerChallenge.Domain.Tests.OnSite.TimetableTestRecords;

namespace PeerChallenge.Domain.Tests.OnSite;

/// <summary>Each timetable rule, met and broken, through the record's validator (<see cref="TimetableValidator"/> runs inside it).</summary>
public sealed class TimetableValidatorTests
{
    private static readonly ChallengeRecord Valid = TimetableTestRecords.Record;

    [Fact]
    public void The_test_timetable_is_valid_with_no_issues()
    {
        Assert.Empty(Valid.Issues());
    }

    [Fact]
    public void The_example_week_of_rotherham_2011_validates_with_no_errors_and_no_warnings()
    {
        var read = ChallengeRecordReader.Read(RepositoryFiles.Read("docs", "examples", "rotherham-2011.json"));

        Assert.True(read.Succeeded, string.Join("\n", read.Issues));
        Assert.Empty(read.Issues);
        Assert.Equal(40, read.Value.Timetable!.Sessions.Count);
        Assert.Empty(read.Value.Issues());
    }

    [Fact]
    public void A_record_without_a_timetable_gets_no_timetable_issue()
    {
        Assert.DoesNotContain(TestRecords.Rotherham2011.Issues(), i => i.Code.Code.StartsWith("PC08", StringComparison.Ordinal));
    }

    [Fact]
    public void Session_ids_are_needed_and_unique()
    {
        var issues = Valid.WithSession(1, s => s with { Id = "s-01" }).WithSession(2, s => s with { Id = " " }).Issues();

        Assert.Contains(issues, i => i.Code == CommonIssueCodes.DuplicateId && i.Path.ToString() == "/timetable/sessions/1/id");
        Assert.Contains(issues, i => i.Code == CommonIssueCodes.RequiredTextEmpty && i.Path.ToString() == "/timetable/sessions/2/id");
    }

    [Fact]
    public void A_team_member_in_two_overlapping_sessions_is_reported_once_at_the_later_session_naming_the_other()
    {
        // s-02 (tm-1, tm-2) and s-03 both start at 11:00: s-03 is listed later.
        var issue = Assert.Single(Valid.WithSession(2, s => s with { TeamMembers = ["tm-3", "tm-1"] }).Issues());

        Assert.Equal(OnSiteIssueCodes.TeamMemberDoubleBooked, issue.Code);
        Assert.Equal("/timetable/sessions/2/teamMembers/1", issue.Path.ToString());
        Assert.Equal(
            "The team member 'tm-1' is in two sessions at once: the session 's-03' from Mon 3 Oct 2011 11:00 to Mon 3 Oct 2011 12:30 overlaps the session 's-02' (Mon 3 Oct 2011 11:00 to Mon 3 Oct 2011 12:00), which they are also in. Move one of the sessions, or send someone else.",
            issue.Message);
    }

    [Fact]
    public void Sessions_back_to_back_are_not_a_clash_but_a_minute_of_overlap_is()
    {
        // s-04 (17:00 to 18:00) and s-05 (from 18:00) share tm-6.
        Assert.Empty(Valid.Issues());

        var issue = Assert.Single(Valid.WithSession(4, s => s with { Start = At(3, "17:59") }).Issues());

        Assert.Equal(OnSiteIssueCodes.TeamMemberDoubleBooked, issue.Code);
        Assert.Equal("/timetable/sessions/4/teamMembers/1", issue.Path.ToString());
        Assert.Contains("'s-04'", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_place_booked_for_two_overlapping_sessions_is_reported_at_the_later_without_quoting_the_place()
    {
        var issue = Assert.Single(Valid.WithSession(2, s => s with { Place = "  riverside house, ROOM 2 " }).Issues());

        Assert.Equal(OnSiteIssueCodes.PlaceDoubleBooked, issue.Code);
        Assert.Equal("/timetable/sessions/2/place", issue.Path.ToString());
        Assert.Contains("'s-02'", issue.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("iverside", issue.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_session_outside_the_on_site_days_is_an_error()
    {
        var issue = Assert.Single(Valid.WithSession(1, s => s with { Start = s.Start.PlusWeeks(1), End = s.End.PlusWeeks(1) }).Issues());

        Assert.Equal(OnSiteIssueCodes.SessionOutsideOnSiteDays, issue.Code);
        Assert.Equal("/timetable/sessions/1/start", issue.Path.ToString());
        Assert.Equal("The session 's-02' is on Monday 10 October 2011, outside the on-site days (Monday 3 October 2011 to Friday 7 October 2011). Move it into the visit, or correct the timeline.", issue.Message);
    }

    [Theory]
    [InlineData("10:00")]
    [InlineData("11:00")]
    public void A_session_that_ends_before_or_when_it_starts_is_an_error(string end)
    {
        var issue = Assert.Single(Valid.WithSession(1, s => s with { End = At(3, end) }).Issues());

        Assert.Equal(OnSiteIssueCodes.SessionEndsBeforeStart, issue.Code);
        Assert.Equal("/timetable/sessions/1/end", issue.Path.ToString());
    }

    [Fact]
    public void A_session_outside_the_working_hours_is_a_warning_and_the_hours_are_a_setting()
    {
        var early = Valid.WithSession(1, s => s with { Start = At(3, "07:30"), End = At(3, "08:30") });

        var issue = Assert.Single(early.Issues());
        Assert.Equal(OnSiteIssueCodes.SessionOutsideWorkingHours, issue.Code);
        Assert.Same(IssueSeverity.Warning, issue.Code.Severity);
        Assert.Equal("/timetable/sessions/1/start", issue.Path.ToString());
        Assert.Contains("outside the working hours (08:00 to 19:00)", issue.Message, StringComparison.Ordinal);

        var options = ChallengeValidationOptions.Default with { WorkingHours = new WorkingHours(new LocalTime(7, 0), new LocalTime(18, 30)) };
        Assert.Empty(new ChallengeRecordValidator(options).ValidateRecord(early));
    }

    [Fact]
    public void A_session_running_past_midnight_is_outside_the_working_hours()
    {
        var issues = Valid.WithSession(3, s => s with { End = At(4, "08:30") }).Issues();

        Assert.Contains(issues, i => i.Code == OnSiteIssueCodes.SessionOutsideWorkingHours && i.Path.ToString() == "/timetable/sessions/3/start");
    }

    [Fact]
    public void The_off_site_peer_in_a_session_on_site_is_an_error_but_may_join_one_held_remotely()
    {
        var issue = Assert.Single(Valid.WithSession(1, s => s with { TeamMembers = [.. s.TeamMembers, "tm-5"] }).Issues());

        Assert.Equal(OnSiteIssueCodes.OffSiteMemberOnSite, issue.Code);
        Assert.Equal("/timetable/sessions/1/teamMembers/2", issue.Path.ToString());
        Assert.Contains("'tm-5' (Off-site Peer)", issue.Message, StringComparison.Ordinal);

        // s-05 has no place: a call, which tm-5 joins in the valid record.
        Assert.Null(Valid.Timetable!.Sessions[4].Place);
        Assert.Contains("tm-5", Valid.Timetable!.Sessions[4].TeamMembers);
    }

    [Fact]
    public void The_off_site_role_is_edition_data()
    {
        var edition = BuiltInEditions.Lgg2011 with
        {
            Code = EditionCode.Parse("all-on-site"),
            Roles = [.. BuiltInEditions.Lgg2011.Roles.Select(r => r with { OnSite = true })],
        };
        var record = Valid.WithSession(1, s => s with { TeamMembers = [.. s.TeamMembers, "tm-5"] }) with { Edition = edition.Code, EditionDefinition = edition };

        Assert.DoesNotContain(record.Issues(), i => i.Code == OnSiteIssueCodes.OffSiteMemberOnSite);
    }

    [Fact]
    public void A_theme_no_session_covers_is_a_warning()
    {
        var record = Valid.WithSessions(sessions => sessions.Select(s => s with { Themes = [.. s.Themes.Where(t => t != ThemeCode.ManagingResources)] }));

        var issue = Assert.Single(record.Issues());
        Assert.Equal(OnSiteIssueCodes.ThemeNotCovered, issue.Code);
        Assert.Equal("/timetable", issue.Path.ToString());
        Assert.Equal("No session covers the theme 'Managing Resources' (managing-resources). Add it to the themes of the sessions that look at it, or plan one that does.", issue.Message);
    }

    [Fact]
    public void A_line_of_enquiry_no_session_covers_is_a_warning_at_the_line()
    {
        var record = Valid.WithSessions(sessions => sessions.Select(s => s with { LinesOfEnquiry = [.. s.LinesOfEnquiry.Where(l => l != "loe-2")] }));

        var issue = Assert.Single(record.Issues());
        Assert.Equal(OnSiteIssueCodes.LineOfEnquiryNotCovered, issue.Code);
        Assert.Equal("/linesOfEnquiry/1", issue.Path.ToString());
    }

    [Fact]
    public void A_group_the_brief_names_never_heard_is_a_warning()
    {
        var record = Valid.WithSession(1, s => s with { Participants = [Group(RoleGroupCode.YoungPeople, "children in care council", 5)] });

        var issue = Assert.Single(record.Issues());
        Assert.Equal(OnSiteIssueCodes.GroupNotHeard, issue.Code);
        Assert.Equal("No session hears elected members (elected-member), whom the LGG Safeguarding Children Peer Challenge (2011) edition says the team hears on site. Plan an interview or a focus group with them.", issue.Message);
    }

    [Fact]
    public void No_opening_meeting_on_the_first_day_is_an_error()
    {
        var issue = Assert.Single(Valid.WithSessions(sessions => sessions.Skip(1)).Issues());

        Assert.Equal(OnSiteIssueCodes.RequiredSessionMissing, issue.Code);
        Assert.Equal("/timetable", issue.Path.ToString());
        Assert.Equal("There is no opening meeting with partner agencies on the first on-site day (Monday 3 October 2011): the LGG Safeguarding Children Peer Challenge (2011) edition requires one. Add it to the timetable.", issue.Message);
    }

    [Fact]
    public void An_opening_meeting_without_partners_or_on_another_day_does_not_count()
    {
        var withoutPartners = Valid.WithSession(0, s => s with { Participants = [s.Participants[1]] });
        var onTuesday = Valid.WithSession(0, s => s with { Start = s.Start.PlusDays(1), End = s.End.PlusDays(1) });

        Assert.Equal(OnSiteIssueCodes.RequiredSessionMissing, Assert.Single(withoutPartners.Issues()).Code);
        Assert.Equal(OnSiteIssueCodes.RequiredSessionMissing, Assert.Single(onTuesday.Issues()).Code);
    }

    [Theory]
    [InlineData("s-06", "feedback presentation")]
    [InlineData("s-07", "workshop")]
    public void No_feedback_presentation_or_no_workshop_on_the_last_day_is_an_error(string left, string named)
    {
        var issue = Assert.Single(Valid.WithSessions(sessions => sessions.Where(s => s.Id != left)).Issues());

        Assert.Equal(OnSiteIssueCodes.RequiredSessionMissing, issue.Code);
        Assert.StartsWith($"There is no {named} on the last on-site day (Friday 7 October 2011)", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_edition_without_on_site_requirements_requires_no_session()
    {
        var edition = BuiltInEditions.Lgg2011 with { Code = EditionCode.Parse("no-requirements"), OnSiteRequirements = [], OnSiteGroups = [] };
        var record = Valid.WithSessions(sessions => sessions.Where(s => s.Kind == SessionKind.Interview || s.Kind == SessionKind.FocusGroup))
            with { Edition = edition.Code, EditionDefinition = edition };

        Assert.DoesNotContain(record.Issues(), i => i.Code == OnSiteIssueCodes.RequiredSessionMissing || i.Code == OnSiteIssueCodes.GroupNotHeard);
    }

    [Fact]
    public void A_participant_group_smaller_than_the_non_attribution_threshold_is_a_warning_and_the_threshold_a_setting()
    {
        var record = Valid.WithSession(1, s => s with { Participants = [Group(RoleGroupCode.ElectedMember, "local authority", 2)] });

        var issue = Assert.Single(record.Issues());
        Assert.Equal(OnSiteIssueCodes.GroupBelowThreshold, issue.Code);
        Assert.Equal("/timetable/sessions/1/participants/0/expected", issue.Path.ToString());
        Assert.DoesNotContain("local authority", issue.Message, StringComparison.Ordinal);
        Assert.Empty(new ChallengeRecordValidator(ChallengeValidationOptions.Default with { NonAttributionThreshold = 2 }).ValidateRecord(record));
    }

    [Fact]
    public void A_session_on_a_closure_day_of_the_calendar_is_an_error()
    {
        var calendar = WorkingDayCalendar.EnglandAndWales.WithClosure(new LocalDate(2011, 10, 5), "Staff training day");
        var record = Valid.WithSession(1, s => s with { Start = s.Start.PlusDays(2), End = s.End.PlusDays(2) });

        var issues = new ChallengeRecordValidator(ChallengeValidationOptions.Default with { Calendar = calendar }).ValidateRecord(record);

        var issue = Assert.Single(issues, i => i.Code.Code.StartsWith("PC08", StringComparison.Ordinal));
        Assert.Equal(OnSiteIssueCodes.SessionNotOnWorkingDay, issue.Code);
        Assert.Equal("/timetable/sessions/1/start", issue.Path.ToString());
        Assert.Equal("The session 's-02' is on Wednesday 5 October 2011, a closure day, Staff training day. Sessions are held on working days.", issue.Message);
    }

    [Fact]
    public void A_session_on_a_saturday_is_outside_the_on_site_days_and_not_on_a_working_day()
    {
        var codes = Valid.WithSession(6, s => s with { Start = s.Start.PlusDays(1), End = s.End.PlusDays(1) }).Issues().Codes();

        Assert.Contains("PC0812", codes);
        Assert.Contains("PC0803", codes);
    }

    [Fact]
    public void Unknown_team_members_and_lines_of_enquiry_are_errors_and_a_name_is_not_repeated()
    {
        var issues = Valid.WithSession(1, s => s with { TeamMembers = [.. s.TeamMembers, "Jane Smith"], LinesOfEnquiry = ["loe-9"] }).Issues();

        Assert.Equal(["/timetable/sessions/1/teamMembers/2", "/timetable/sessions/1/linesOfEnquiry/0"],
            issues.Where(i => i.Code == OnSiteIssueCodes.UnknownReference).Select(i => i.Path.ToString()));
        Assert.All(issues, i => Assert.DoesNotContain("Jane", i.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_theme_not_of_the_edition_is_an_error()
    {
        var issue = Assert.Single(Valid.WithSession(1, s => s with { Themes = [.. s.Themes, ThemeCode.Parse("participation")] }).Issues());

        Assert.Equal(FrameworkIssueCodes.UnknownTheme, issue.Code);
        Assert.Equal("/timetable/sessions/1/themes/2", issue.Path.ToString());
    }

    [Fact]
    public void On_a_past_review_coverage_groups_and_required_sessions_are_not_checked_and_an_information_issue_says_so()
    {
        var record = Valid.WithSessions(sessions => sessions.Skip(1).Take(2)) with { Kind = RecordKind.PastReview };

        var issues = record.Issues().Where(i => i.Code.Code.StartsWith("PC08", StringComparison.Ordinal)).ToList();

        var issue = Assert.Single(issues);
        Assert.Equal(OnSiteIssueCodes.TimetableNotFullyChecked, issue.Code);
        Assert.Same(IssueSeverity.Information, issue.Code.Severity);
        Assert.Equal("/timetable", issue.Path.ToString());
    }

    [Fact]
    public void When_the_on_site_days_are_not_days_the_rules_that_need_them_are_skipped_and_an_information_issue_says_so()
    {
        var record = Valid.WithSession(1, s => s with { Start = s.Start.PlusWeeks(1), End = s.End.PlusWeeks(1) })
            with { Timeline = Valid.Timeline with { OnSiteStart = PartialDate.OfMonth(2011, 10), OnSiteEnd = null, LeadInStart = null } };

        var issues = record.Issues().Where(i => i.Code.Code.StartsWith("PC08", StringComparison.Ordinal)).ToList();

        var issue = Assert.Single(issues);
        Assert.Equal(OnSiteIssueCodes.TimetableNotFullyChecked, issue.Code);
        Assert.Equal("These timetable rules were not checked: whether the sessions fall on the on-site days (the on-site days are not given as days); the sessions required on the first and last days.", issue.Message);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var record = Valid
            .WithSession(1, s => s with { TeamMembers = [.. s.TeamMembers, "tm-5"], Participants = [Group(RoleGroupCode.ElectedMember, "local authority", 1)] })
            .WithSession(2, s => s with { Place = "Riverside House, room 2", End = At(3, "10:00") })
            .WithSessions(sessions => sessions.Where(s => s.Kind != SessionKind.Workshop));

        Assert.Equal(["PC0804", "PC0806", "PC0810", "PC0811"], record.Issues().Codes().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_validator_checks_a_visit_without_a_record()
    {
        var validator = new TimetableValidator(BuiltInEditions.Lgg2011, WorkingDayCalendar.EnglandAndWales);
        var visit = new OnSiteVisit(Week, Valid.Timeline) { Team = Valid.Team, LinesOfEnquiry = Valid.LinesOfEnquiry };

        Assert.Empty(validator.Validate(visit).ToIssues());
        Assert.Equal(WorkingHours.Default, validator.WorkingHours);
        Assert.Equal(3, validator.NonAttributionThreshold);
        Assert.Throws<ArgumentOutOfRangeException>(() => new TimetableValidator(null, WorkingDayCalendar.EnglandAndWales, nonAttributionThreshold: 0));
    }

    [Fact]
    public void The_settings_sample_of_docs_on_site_runs()
    {
        var record = Valid;

        // As in docs/on-site.md, "Settings".
        var options = ChallengeValidationOptions.Default with
        {
            WorkingHours = new WorkingHours(new LocalTime(7, 30), new LocalTime(20, 0)), // default 08:00 to 19:00
            NonAttributionThreshold = 5,                                             // default 3, as for evidence (PC0704)
            Calendar = WorkingDayCalendar.EnglandAndWales.WithClosure(new LocalDate(2011, 10, 5), "Staff training day"),
        };
        var issues = new ChallengeRecordValidator(options).ValidateRecord(record);

        Assert.Equal(["PC0302", "PC0811", "PC0811"], issues.Codes().Where(c => c is "PC0302" or "PC0811" or "PC0805"));
    }
}
