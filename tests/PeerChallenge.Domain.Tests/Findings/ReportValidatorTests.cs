using NodaTime;
using PeerChallenge.Domain.Findings;

namespace PeerChallenge.Domain.Tests.Findings;

/// <summary>The rules of the report's life (versions, the council's comments, the themes covered), each valid and invalid, through the record's validator.</summary>
public sealed class ReportValidatorTests
{
    private static readonly ChallengeRecord Valid = FindingsTestRecords.WithReportAndPlan;

    private static PartialDate Day(int year, int month, int day) => PartialDate.OfDay(new LocalDate(year, month, day));

    private static IEnumerable<(string Code, string Severity, string Path)> Found(ChallengeRecord record) =>
        new ChallengeRecordValidator().ValidateRecord(record).Select(i => (i.Code.Code, i.Severity.Code, i.Path.ToString()));

    private static ChallengeRecord WithReport(Func<ReportHistory, ReportHistory> change) => Valid with { Report = change(Valid.Report!) };

    private static ChallengeRecord WithComment(Func<CouncilComment, CouncilComment> change) =>
        WithReport(r => r with { Comments = [change(r.Comments[0])] });

    private static ReportVersion Version(string label, ReportStatus status, PartialDate date) => new() { Version = label, Status = status, Date = date };

    [Fact]
    public void A_record_with_a_report_and_an_action_plan_has_no_issues()
    {
        Assert.Empty(Found(Valid));
    }

    [Fact]
    public void A_version_on_or_before_the_last_on_site_day_is_an_error()
    {
        Assert.Equal([("PC0911", "error", "/report/versions/0/date")], Found(WithReport(r => r with { Versions = [r.Versions[0] with { Date = Day(2011, 10, 7) }, r.Versions[1]] })));
        Assert.Empty(Found(WithReport(r => r with { Versions = [r.Versions[0] with { Date = Day(2011, 10, 8) }, r.Versions[1]] })));
    }

    [Fact]
    public void Versions_that_go_back_in_date_or_status_are_an_error()
    {
        Assert.Equal([("PC0912", "error", "/report/versions/1/date")], Found(WithReport(r => r with { Versions = [r.Versions[0], r.Versions[1] with { Date = Day(2011, 10, 20) }] })));
        Assert.Equal(
            [("PC0912", "error", "/report/versions/2/status")],
            Found(WithReport(r => r with { Versions = [.. r.Versions, Version("1.1", ReportStatus.Draft, Day(2011, 11, 25))] })));
    }

    [Fact]
    public void Nothing_is_published_before_it_is_final()
    {
        var published = Version("1.0", ReportStatus.Published, Day(2011, 12, 5));

        Assert.Equal([("PC0909", "error", "/report/versions/1/status")], Found(WithReport(r => r with { Versions = [r.Versions[0], published] })));
        Assert.Empty(Found(WithReport(r => r with { Versions = [.. r.Versions, published] })));
    }

    [Fact]
    public void A_version_reaches_each_status_once()
    {
        Assert.Equal(
            [("PC0105", "error", "/report/versions/1/status")],
            Found(WithReport(r => r with { Versions = [r.Versions[0], r.Versions[0] with { Date = Day(2011, 10, 22) }, r.Versions[1]] })));
    }

    [Fact]
    public void A_final_report_answers_every_comment()
    {
        Assert.Equal([("PC0908", "error", "/report/comments/0")], Found(WithComment(c => c with { Decision = null, Reason = null })));

        // Before the report is final, a comment may wait for its answer.
        Assert.Empty(Found(WithReport(r => r with { Versions = [r.Versions[0]], Comments = [r.Comments[0] with { Decision = null, Reason = null }] })));
    }

    [Fact]
    public void A_comment_not_accepted_needs_a_reason_and_an_accepted_one_does_not()
    {
        Assert.Equal([("PC0915", "error", "/report/comments/0/reason")], Found(WithComment(c => c with { Reason = " " })));
        Assert.Empty(Found(WithComment(c => c with { Decision = CommentDecision.Accepted, Reason = null })));
    }

    [Fact]
    public void A_comment_points_at_a_section_or_a_finding_the_record_has()
    {
        Assert.Equal([("PC0914", "error", "/report/comments/0")], Found(WithComment(c => c with { Section = null, Finding = null })));
        Assert.Empty(Found(WithComment(c => c with { Section = null })));
        Assert.Empty(Found(WithComment(c => c with { Finding = null })));
        Assert.Equal([("PC0902", "error", "/report/comments/0/finding")], Found(WithComment(c => c with { Finding = "f-9" })));
    }

    [Fact]
    public void Personal_data_in_a_comment_or_reason_is_an_error_that_does_not_quote_it()
    {
        var issues = new ChallengeRecordValidator().ValidateRecord(WithComment(c => c with { Comment = "Ring 07700 900123 about this.", Reason = "Asked j.smith@example.org." }));

        Assert.Equal([("PC0401", "/report/comments/0/comment"), ("PC0401", "/report/comments/0/reason")], issues.Select(i => (i.Code.Code, i.Path.ToString())).Order());
        Assert.All(issues, i => Assert.DoesNotContain("07700", i.Message, StringComparison.Ordinal));
        Assert.All(issues, i => Assert.DoesNotContain("smith", i.Message, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_report_covers_every_theme_or_says_why_not()
    {
        var issues = new ChallengeRecordValidator().ValidateRecord(WithReport(r => r with { ThemesNotCovered = r.ThemesNotCovered.Skip(1).ToList() }));

        var issue = Assert.Single(issues);
        Assert.Equal(("PC0910", "/report/themesNotCovered"), (issue.Code.Code, issue.Path.ToString()));
        Assert.Contains("outcomes", issue.Message, StringComparison.Ordinal);
        Assert.Equal(
            [("PC0101", "error", "/report/themesNotCovered/0/reason")],
            Found(WithReport(r => r with { ThemesNotCovered = [r.ThemesNotCovered[0] with { Reason = "" }, .. r.ThemesNotCovered.Skip(1)] })));
        Assert.Contains(("PC0106", "error", "/report/themesNotCovered/0/theme"),
            Found(WithReport(r => r with { ThemesNotCovered = [r.ThemesNotCovered[0] with { Theme = ThemeCode.Parse("participation") }, .. r.ThemesNotCovered.Skip(1)] })));
    }

    [Fact]
    public void Theme_coverage_is_not_judged_when_no_finding_names_a_theme()
    {
        var record = WithReport(r => r with { ThemesNotCovered = [] }) with { Findings = [.. Valid.Findings.Select(f => f with { Themes = [] })] };

        Assert.DoesNotContain(Found(record), i => i.Code == "PC0910");
    }

    [Fact]
    public void A_draft_or_final_report_later_than_the_timeline_planned_is_a_warning()
    {
        var planned = Valid with { Timeline = Valid.Timeline with { DraftReportDue = Day(2011, 10, 20), FinalReportDue = Day(2011, 11, 18) } };

        Assert.Equal([("PC0913", "warning", "/report/versions/0/date")], Found(planned));
        Assert.Empty(Found(planned with { Timeline = planned.Timeline with { DraftReportDue = Day(2011, 10, 21) } }));
    }
}
