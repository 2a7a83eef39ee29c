using System.Text;
using System.Text.Json.Nodes;
using NodaTime;
using PeerChallenge.Domain.Evidence;
using PeerChallenge.Domain.Findings;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Serialization;

namespace PeerChallenge.Domain.Tests.Examples;

/// <summary>
/// The 2011 example (docs/examples/rotherham-2011.json) with its evidence: the document library, the evidence items,
/// the staff questionnaire and the case audit, checked as a user of the example would check them.
/// </summary>
public sealed class RotherhamExampleTests
{
    /// <summary>The example as it was before it gained the parts of format 1.1, kept with the tests as a record written at 1.0.0.</summary>
    internal const string Format10Copy = "tests/PeerChallenge.Domain.Tests/Examples/rotherham-2011-format-1.0.json";

    /// <summary>The test key of the example's case pseudonyms: the UTF-8 bytes of this text, as docs/evidence.md says. Not a secret.</summary>
    internal const string TestKeyText = "peer-challenge/examples/test-key/not-secret";

    private static readonly string Text = RepositoryFiles.Read("docs", "examples", "rotherham-2011.json");

    private static readonly ChallengeRecord Example = ChallengeRecordReader.Read(Text).Value!;

    private static readonly Questionnaire Staff = Assert.Single(Example.Questionnaires);

    [Fact]
    public void The_example_reads_validates_and_is_written_back_byte_identical()
    {
        var read = ChallengeRecordReader.Read(Text);

        Assert.True(read.Succeeded, string.Join("\n", read.Issues));
        Assert.Empty(read.Issues);
        Assert.Equal(new SchemaVersion(1, 1, 0), read.Value.SchemaVersion); // the examples are format 1.1; 1.2 adds only the export
        Assert.Empty(new ChallengeRecordValidator().ValidateRecord(read.Value));
        Assert.Equal(Text, ChallengeRecordWriter.Write(read.Value) + "\n");
    }

    [Fact]
    public void Without_its_evidence_timetable_findings_feedback_report_and_action_plan_the_example_is_the_record_written_at_1_0()
    {
        var withoutEvidence = Example with
        {
            SchemaVersion = new SchemaVersion(1, 0, 0), Documents = [], Evidence = [], Questionnaires = [], CaseAudit = null, Timetable = null, Findings = [], Feedback = null,
            Report = null, ActionPlan = null,
        };

        Assert.Equal(RepositoryFiles.Read(Format10Copy.Split('/')), ChallengeRecordWriter.Write(withoutEvidence) + "\n");
    }

    [Fact]
    public void The_report_went_from_draft_to_published_and_answers_every_comment()
    {
        var report = Example.Report!;

        Assert.Equal(
            [ReportStatus.Draft, ReportStatus.SharedWithCouncil, ReportStatus.CouncilComments, ReportStatus.Final, ReportStatus.Published],
            report.Versions.Select(v => v.Status));
        Assert.All(report.Versions, v => Assert.True(Example.Timeline.OnSiteEnd!.Value.IsCertainlyBefore(v.Date), v.Version));
        Assert.NotEmpty(report.Comments);
        Assert.All(report.Comments, c => Assert.NotNull(c.Decision));
        Assert.Contains(report.Comments, c => c.Decision == CommentDecision.NotAccepted && !string.IsNullOrWhiteSpace(c.Reason));
    }

    [Fact]
    public void Every_recommendation_of_the_example_has_actions_due_after_the_final_report()
    {
        var plan = Example.ActionPlan!;
        var final = Example.Report!.Final!.Date;

        Assert.Equal(
            Example.Findings.Where(f => f.Kind == "recommendation").Select(f => f.Id).Order(),
            plan.Entries.Select(e => e.Recommendation).Order());
        Assert.All(plan.Entries.SelectMany(e => e.Actions), a => Assert.True(final.IsCertainlyBefore(a.Due!.Value), a.Id));
        Assert.Equal(ActionStatus.All.ToHashSet(), plan.Entries.SelectMany(e => e.Actions).Select(a => a.Status).ToHashSet());
    }

    [Fact]
    public void Each_line_of_enquiry_has_strengths_areas_for_consideration_and_recommendations()
    {
        Assert.All(Example.LinesOfEnquiry, line =>
        {
            var kinds = Example.Findings.Where(f => f.LinesOfEnquiry.Contains(line.Id)).Select(f => f.Kind).ToHashSet();
            Assert.True(kinds.SetEquals(["strength", "area-for-consideration", "recommendation"]), line.Id);
        });
        var recommendations = Example.Findings.Where(f => f.Kind == "recommendation").ToList();
        Assert.Equal(Enumerable.Range(1, recommendations.Count), recommendations.Select(r => r.Number!.Value).Order());
        Assert.All(recommendations, r => Assert.NotNull(r.Priority));
    }

    [Fact]
    public void Every_finding_rests_on_at_least_two_independent_sources_of_the_example()
    {
        var evidence = Example.Evidence.ToDictionary(e => e.Id);

        Assert.All(Example.Findings, f => Assert.True(Domain.Findings.FindingsValidator.IndependentSources(f.Evidence.Select(id => evidence[id])) >= 2, f.Id));
    }

    [Fact]
    public void The_feedback_on_the_last_day_has_a_key_message_per_theme_linked_to_findings()
    {
        var feedback = Example.Feedback!;

        Assert.Equal(Example.Timeline.OnSiteEnd, feedback.Date);
        Assert.Equal(BuiltInEditions.Lgg2011.Themes.Select(t => t.Code).ToHashSet(), feedback.KeyMessages.Select(m => m.Theme!).ToHashSet());
        Assert.All(feedback.KeyMessages, m => Assert.NotEmpty(m.Findings));
        Assert.Contains(Example.Timetable!.Sessions, s => s.Kind == Domain.OnSite.SessionKind.FeedbackPresentation && s.Start.Date == feedback.Date.Earliest);
    }

    [Fact]
    public void The_document_library_is_what_a_council_sends_in_the_lead_in_under_2011_markings()
    {
        var owners = Example.PartnerAgencies.Select(a => a.Id).Append(Example.HostCouncil.Id).ToHashSet();

        Assert.InRange(Example.Documents.Count, 8, 10);
        Assert.Equal(DocumentKind.All.ToHashSet(), Example.Documents.Select(d => d.Kind).ToHashSet());
        Assert.All(Example.Documents, d =>
        {
            Assert.True(d.Owner is null || owners.Contains(d.Owner), d.Id);
            Assert.InRange(d.Date!.Value.Earliest.Year, 2010, 2011);
            Assert.True(d.Date.Value.Latest < Example.Timeline.OnSiteStart.Earliest, d.Id);
            Assert.Same(MarkingScheme.Gpms, d.Marking!.Scheme);
            Assert.NotEmpty(d.Themes);
        });
        Assert.Contains(Example.Documents, d => d.Marking == SecurityMarking.Protect);
        Assert.Contains(Example.Documents, d => d.Marking == SecurityMarking.NotProtectivelyMarked);
    }

    [Fact]
    public void Evidence_is_dated_in_the_lead_in_or_the_on_site_week_and_gathered_by_the_team()
    {
        var team = Example.Team.Select(m => m.Id).ToHashSet();
        var leadIn = Example.Timeline.LeadInStart!.Value.Earliest;
        var lastDay = Example.Timeline.OnSiteEnd!.Value.Latest;

        Assert.InRange(Example.Evidence.Count, 10, 12);
        Assert.Equal(EvidenceMethod.All.ToHashSet(), Example.Evidence.Select(e => e.Method).ToHashSet());
        Assert.All(Example.Evidence, e =>
        {
            Assert.InRange(e.Date!.Value.Earliest, leadIn, lastDay);
            Assert.NotEmpty(e.GatheredBy);
            Assert.Subset(team, e.GatheredBy.ToHashSet());
            Assert.False(string.IsNullOrWhiteSpace(e.Summary));
            Assert.True(e.Source is null || e.Source.GroupSize >= 3, e.Id);
        });
        Assert.Contains(Example.Evidence, e => e.Date!.Value.Earliest >= Example.Timeline.OnSiteStart.Earliest);
        Assert.Contains(Example.Evidence, e => e.Date!.Value.Latest < Example.Timeline.OnSiteStart.Earliest);
    }

    [Fact]
    public void The_staff_questionnaire_has_sixty_responses_from_exactly_five_role_groups()
    {
        var tables = new QuestionnaireTables(Staff);

        Assert.Equal(60, tables.ResponseCount);
        Assert.Equal(5, tables.RoleGroups.Count);
        Assert.Equal(
            [("health practitioners", 14), ("police officers", 9), ("school staff", 12), ("social workers", 18), ("team managers", 7)],
            Staff.Responses.GroupBy(r => r.Respondent.RoleGroup).Select(g => (g.Key, g.Count())).OrderBy(g => g.Key, StringComparer.Ordinal));
        Assert.Single(Staff.Questions, q => q.IsFreeText);
        Assert.InRange(Staff.Questions.Count(q => !q.IsFreeText), 6, 8);
        Assert.All(Staff.Questions.Where(q => !q.IsFreeText), q => Assert.Equal(ResponseScale.AgreeToDisagree, q.Options));
        Assert.All(Staff.Responses, r => Assert.Equal(Staff.Questions.Count(q => !q.IsFreeText), r.Answers.Count(a => a.Option is not null)));
    }

    [Fact]
    public void Under_dfe_every_count_of_1_to_5_in_the_questionnaire_tables_is_suppressed()
    {
        var tables = new QuestionnaireTables(Staff);
        var counts = Staff.Questions.Where(q => !q.IsFreeText)
            .SelectMany(q => new[] { tables.ForQuestion(q.Id), tables.ForQuestionByGroup(q.Id)! })
            .Append(tables.ByGroup()!)
            .ToList();

        var suppressed = counts.Sum(t => AssertSmallCountsSuppressed(t, DisclosureControl.Apply(t, DisclosureProfile.Dfe)));

        Assert.True(suppressed > 0);
        var byGroup = DisclosureControl.Apply(tables.ByGroup()!, DisclosureProfile.Dfe);
        Assert.DoesNotContain(byGroup.Rows.SelectMany(r => r.Cells), c => c.IsSymbol);
    }

    [Fact]
    public void Under_dfe_every_free_text_group_is_large_enough_to_publish()
    {
        var groups = new QuestionnaireTables(Staff).FreeText("q9", DisclosureProfile.Dfe);

        Assert.Equal(5, groups.Count);
        Assert.All(groups, g => Assert.False(g.Withheld, g.RoleGroup));
        Assert.All(groups, g => Assert.NotEmpty(g.Answers));
    }

    [Fact]
    public void The_case_audit_grades_twelve_cases_on_five_criteria_on_the_2011_scale()
    {
        var audit = Example.CaseAudit!;

        Assert.Equal(["information-sharing", "joint-planning", "timeliness", "voice-of-the-child", "management-oversight"], audit.Criteria.Select(c => c.Id));
        Assert.All(audit.Criteria, c => Assert.NotEmpty(c.Themes));
        Assert.Equal(12, audit.Cases.Count);
        Assert.All(audit.Cases, c =>
        {
            Assert.Equal(audit.Criteria.Select(k => k.Id), c.Grades.Select(g => g.Criterion));
            Assert.Subset(BuiltInEditions.Lgg2011.AuditGrades.ToHashSet(), c.Grades.Select(g => g.Grade).ToHashSet());
            Assert.NotNull(c.EarlyHelpAssessment);
            Assert.NotNull(c.LevelOfNeed);
            Assert.NotNull(c.AuditorRole);
            Assert.Contains("children's social care", c.Agencies);
        });
    }

    [Fact]
    public void Under_dfe_every_count_of_1_to_5_in_the_case_audit_tables_is_suppressed()
    {
        var audit = Example.CaseAudit!;
        CountTable[] counts = [CaseAuditTables.ByCriterion(audit, BuiltInEditions.Lgg2011)!, CaseAuditTables.ByAgency(audit, BuiltInEditions.Lgg2011)!];

        var published = CaseAuditTables.Publish(audit, BuiltInEditions.Lgg2011, DisclosureProfile.Dfe);

        Assert.Equal([CaseAuditTables.ByCriterionId, CaseAuditTables.ByAgencyId], published.Select(t => t.Id));
        Assert.True(AssertSmallCountsSuppressed(counts[0], published[0]) + AssertSmallCountsSuppressed(counts[1], published[1]) > 0);
    }

    [Fact]
    public void The_pseudonyms_are_those_of_the_documented_references_under_the_documented_test_key()
    {
        var pseudonymiser = new CasePseudonymiser(new PseudonymKey(Encoding.UTF8.GetBytes(TestKeyText)));

        var expected = Enumerable.Range(1, 12).Select(i => pseudonymiser.Pseudonymise($"RMBC/2011/{i:0000}"));

        Assert.Equal(expected, Example.CaseAudit!.Cases.Select(c => c.Pseudonym));
        var documentation = RepositoryFiles.Read("docs", "evidence.md");
        Assert.Contains($"`{TestKeyText}`", documentation, StringComparison.Ordinal);
        Assert.Contains("`RMBC/2011/0001`", documentation, StringComparison.Ordinal);
        Assert.Contains("`RMBC/2011/0012`", documentation, StringComparison.Ordinal);
    }

    [Fact]
    public void No_raw_case_reference_is_in_the_example()
    {
        Assert.DoesNotContain("RMBC", Text, StringComparison.Ordinal);
        Assert.All(JsonNode.Parse(Text)!["caseAudit"]!["cases"]!.AsArray(), c => Assert.Matches("^case-[0-9a-f]{16}$", (string)c!["pseudonym"]!));
    }

    /// <summary>Checks that each count and total of 1 to 5 is shown as <c>c</c>, and returns how many cells are suppressed.</summary>
    private static int AssertSmallCountsSuppressed(CountTable counts, StatisticalTable published)
    {
        Assert.Equal(counts.Rows.Count + 1, published.Rows.Count);
        Assert.Equal(counts.Columns.Count + 1, published.Columns.Count);
        var rowTotals = counts.Counts.Select(r => r.Sum()).ToList();
        var columnTotals = Enumerable.Range(0, counts.Columns.Count).Select(c => counts.Counts.Sum(r => r[c])).ToList();
        for (var r = 0; r <= counts.Rows.Count; r++)
        {
            for (var c = 0; c <= counts.Columns.Count; c++)
            {
                var value = r < counts.Rows.Count
                    ? c < counts.Columns.Count ? counts.Counts[r][c] : rowTotals[r]
                    : c < counts.Columns.Count ? columnTotals[c] : rowTotals.Sum();
                var cell = published.Cell(r, c);
                if (value is >= 1 and <= 5)
                {
                    Assert.True(cell.Symbol == "c", $"{counts.Id} row {r} column {c}: {value} is shown");
                }
                else if (!cell.IsSymbol)
                {
                    Assert.Equal(value, cell.Value);
                }
            }
        }

        return published.Rows.Sum(row => row.Cells.Count(cell => cell.IsSymbol));
    }
}
