using System.Text.Json.Nodes;
using PeerChallenge.Domain.Evidence;
using PeerChallenge.Domain.Framework;

namespace PeerChallenge.Domain.Tests.Evidence;

/// <summary>
/// Every table of a record after disclosure control (<see cref="EvidenceTables"/>), and the markings tables carry from
/// the questionnaire or case audit they were made from.
/// </summary>
public sealed class EvidenceTablesTests
{
    private static readonly Questionnaire Staff = QuestionnaireTestRecords.Staff;

    private static readonly CaseAudit Audit = CaseAuditTestRecords.Audit;

    private static readonly Edition Lgg2011 = BuiltInEditions.Lgg2011;

    private static IReadOnlyList<ValidationIssue> IssuesOf(ChallengeRecord record) => new ChallengeRecordValidator().ValidateRecord(record);

    [Fact]
    public void Tables_come_per_questionnaire_by_group_then_per_scale_question_then_the_case_audit()
    {
        var published = EvidenceTables.Publish([Staff], Audit, Lgg2011, DisclosureProfile.Dfe);

        Assert.Equal(["staff-by-group", "staff-q1-by-group", CaseAuditTables.ByCriterionId, CaseAuditTables.ByAgencyId], published.Tables.Select(t => t.Id));
        Assert.All(published.Tables, t => Assert.Equal("dfe", t.Profile));
        Assert.Same(DisclosureProfile.Dfe, published.Profile);
    }

    [Fact]
    public void The_published_tables_are_the_counts_after_disclosure_control()
    {
        var tables = new QuestionnaireTables(Staff);

        var published = EvidenceTables.Publish([Staff], null, null, DisclosureProfile.Nhs);

        Assert.Equal(
            [DisclosureControl.Apply(tables.ByGroup()!, DisclosureProfile.Nhs), DisclosureControl.Apply(tables.ForQuestionByGroup("q1")!, DisclosureProfile.Nhs)],
            published.Tables);
    }

    [Fact]
    public void A_question_asked_twice_under_one_id_gives_one_table_and_a_questionnaire_without_responses_none()
    {
        var twice = Staff with { Questions = [.. Staff.Questions, QuestionnaireTestRecords.Thresholds] };
        var empty = new Questionnaire { Id = "empty", Questions = [QuestionnaireTestRecords.Thresholds] };

        var published = EvidenceTables.Publish([twice, empty], null, null, DisclosureProfile.Dfe);

        Assert.Equal(["staff-by-group", "staff-q1-by-group"], published.Tables.Select(t => t.Id));
    }

    [Fact]
    public void Nothing_to_count_gives_no_tables_and_no_marking()
    {
        var published = EvidenceTables.Publish([], null, Lgg2011, DisclosureProfile.Dfe);

        Assert.Empty(published.Tables);
        Assert.Null(published.Marking);
    }

    [Fact]
    public void Each_table_carries_the_marking_of_what_it_was_made_from_and_the_set_the_highest()
    {
        var published = EvidenceTables.Publish(
            [Staff with { Marking = SecurityMarking.NotProtectivelyMarked }],
            Audit with { Marking = SecurityMarking.Restricted },
            Lgg2011,
            DisclosureProfile.Dfe);

        Assert.Equal(
            [SecurityMarking.NotProtectivelyMarked, SecurityMarking.NotProtectivelyMarked, SecurityMarking.Restricted, SecurityMarking.Restricted],
            published.Tables.Select(t => t.Marking!.Single));
        Assert.Equal(DerivedMarking.Of(SecurityMarking.Restricted), published.Marking);
    }

    [Fact]
    public void Tables_of_unmarked_sources_are_unmarked()
    {
        var published = EvidenceTables.Publish([Staff], Audit, Lgg2011, DisclosureProfile.Dfe);

        Assert.All(published.Tables, t => Assert.Null(t.Marking));
        Assert.Null(published.Marking);
    }

    [Fact]
    public void Markings_of_both_schemes_keep_the_highest_of_each()
    {
        var published = EvidenceTables.Publish([Staff with { Marking = SecurityMarking.Protect }], Audit with { Marking = SecurityMarking.Official }, Lgg2011, DisclosureProfile.Dfe);

        Assert.True(published.Marking!.IsMixed);
        Assert.Equal("OFFICIAL; PROTECT", published.Marking.ToString());
    }

    [Fact]
    public void Row_percentages_and_counts_tables_keep_the_marking()
    {
        var counts = new QuestionnaireTables(Staff with { Marking = SecurityMarking.Protect }).ForQuestionByGroup("q1")!;

        var published = DisclosureControl.Apply(counts, DisclosureProfile.Dfe);

        Assert.Equal(DerivedMarking.Of(SecurityMarking.Protect), counts.Marking);
        Assert.Equal(counts.Marking, published.Marking);
        Assert.Equal(counts.Marking, DisclosureControl.RowPercentages(published).Marking);
        Assert.Equal(DerivedMarking.Of(SecurityMarking.Protect), new QuestionnaireTables(Staff with { Marking = SecurityMarking.Protect }).ForQuestion("q1").Marking);
        Assert.Equal(DerivedMarking.Of(SecurityMarking.Confidential), CaseAuditTables.ByAgency(Audit with { Marking = SecurityMarking.Confidential }, Lgg2011)!.Marking);
    }

    [Fact]
    public void Published_tables_refuse_a_table_of_another_profile()
    {
        var table = DisclosureControl.Apply(new QuestionnaireTables(Staff).ByGroup()!, DisclosureProfile.Nhs);

        Assert.Throws<ArgumentException>(() => new PublishedTables(DisclosureProfile.Dfe, [table]));
        Assert.Throws<ArgumentNullException>(() => new PublishedTables(null!, []));
        Assert.Throws<ArgumentNullException>(() => EvidenceTables.Publish(null!, null, null, DisclosureProfile.Dfe));
        Assert.Throws<ArgumentNullException>(() => EvidenceTables.Publish([], null, null, null!));
    }

    [Fact]
    public void A_role_group_called_Total_cannot_be_tabulated()
    {
        var total = Staff with { Responses = [.. Staff.Responses.Select(r => r with { Respondent = r.Respondent with { RoleGroup = StatisticalTable.TotalLabel } })] };

        Assert.Throws<ArgumentException>(() => EvidenceTables.Publish([total], null, null, DisclosureProfile.Dfe));
    }

    [Fact]
    public void A_questionnaire_or_audit_marked_in_the_wrong_scheme_for_the_visit_is_PC0705()
    {
        var record = TestRecords.Rotherham2011 with
        {
            Questionnaires = [Staff with { Marking = SecurityMarking.Official }],
            CaseAudit = Audit with { Marking = SecurityMarking.OfficialSensitive },
        };

        var issues = IssuesOf(record).Where(i => i.Code == EvidenceIssueCodes.MarkingSchemeMismatch).ToList();

        Assert.Equal(["/questionnaires/0/marking", "/caseAudit/marking"], issues.Select(i => i.Path.ToString()));
        Assert.All(issues, i => Assert.Equal(IssueSeverity.Warning, i.Severity));
        Assert.Contains("OFFICIAL", issues[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_questionnaire_or_audit_marked_in_the_scheme_of_the_visit_is_valid()
    {
        var record = TestRecords.Rotherham2011 with
        {
            Questionnaires = [Staff with { Marking = SecurityMarking.Protect }],
            CaseAudit = Audit with { Marking = SecurityMarking.Restricted },
        };

        Assert.DoesNotContain(IssuesOf(record), i => i.Code == EvidenceIssueCodes.MarkingSchemeMismatch);
    }

    [Fact]
    public void Markings_of_a_questionnaire_and_the_audit_round_trip_under_the_formats_names()
    {
        var record = TestRecords.Rotherham2011 with
        {
            Questionnaires = [Staff with { Marking = SecurityMarking.Protect }],
            CaseAudit = Audit with { Marking = SecurityMarking.Restricted },
        };

        var json = ChallengeRecordWriter.Write(record);
        var read = ChallengeRecordReader.Read(json);

        Assert.True(read.Succeeded, string.Join("\n", read.Issues));
        Assert.Equal(record, read.Value);
        Assert.Equal(json, ChallengeRecordWriter.Write(read.Value));
        var node = JsonNode.Parse(json)!;
        Assert.Equal(("protect", "restricted"), ((string?)node["questionnaires"]![0]!["marking"], (string?)node["caseAudit"]!["marking"]));
    }

    [Theory]
    [InlineData("protect")]
    [InlineData("official-sensitive; restricted")]
    [InlineData("gpms-secret")]
    public void A_derived_markings_code_reads_back(string code)
    {
        var marking = DerivedMarking.Parse(code);

        Assert.Equal(code, marking.Code);
        Assert.Equal(marking, DerivedMarking.Parse(marking.Code));
    }

    [Theory]
    [InlineData("")]
    [InlineData("secret-squirrel")]
    [InlineData("protect; restricted")]
    [InlineData("official; protect; secret")]
    [InlineData("PROTECT")]
    public void A_derived_marking_code_that_is_not_one_of_each_scheme_is_refused(string code) =>
        Assert.Throws<FormatException>(() => DerivedMarking.Parse(code));

    [Fact]
    public void A_marked_table_is_json_with_its_marking_code_and_reads_back()
    {
        var options = new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web);
        var table = DisclosureControl.Apply(new CountTable("t", "T", ["a"], ["x"], [[12]]) { Marking = DerivedMarking.HighestOf([SecurityMarking.Protect, SecurityMarking.Official]) }, DisclosureProfile.Dfe);

        var json = System.Text.Json.JsonSerializer.Serialize(table, options);

        Assert.EndsWith(""","profile":"dfe","marking":"official; protect"}""", json, StringComparison.Ordinal);
        Assert.Equal(table, System.Text.Json.JsonSerializer.Deserialize<StatisticalTable>(json, options));
    }
}
