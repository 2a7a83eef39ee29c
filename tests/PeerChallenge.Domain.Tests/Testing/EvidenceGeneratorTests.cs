using System.Text;
using System.Text.Json;
using PeerChallenge.Domain.Evidence;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Serialization;
using PeerChallenge.Domain.Testing;
using PeerChallenge.Domain.Tests.Serialization;

namespace PeerChallenge.Domain.Tests.Testing;

/// <summary>The shared generator's records with evidence (<see cref="RecordGenerator.GenerateWithEvidence(int, int, int, int, int, int, int, Edition?)"/>).</summary>
public sealed class EvidenceGeneratorTests
{
    [Theory]
    [InlineData(1, 60, 12, 8, 10)]
    [InlineData(20111003, 60, 12, 9, 12)]
    [InlineData(42, 300, 40, 25, 50)]
    [InlineData(7, 1, 1, 1, 1)]
    [InlineData(99, 0, 0, 0, 0)]
    public void Generated_records_with_evidence_have_no_errors_and_round_trip(int seed, int responses, int cases, int documents, int evidenceItems)
    {
        var generated = RecordGenerator.GenerateWithEvidence(seed, responses, cases, documents, evidenceItems);

        AssertNoErrors(generated.Record);
        var read = ChallengeRecordReader.Read(generated.Json);
        Assert.True(read.Succeeded, string.Join("\n", read.Issues));
        Assert.Empty(read.Issues);
        Assert.Equal(generated.Record, read.Value);
        Assert.Equal(Encoding.UTF8.GetString(generated.Json), ChallengeRecordWriter.Write(read.Value));
        Assert.True(SchemaTests.Evaluate(Encoding.UTF8.GetString(generated.Json)).IsValid);
        Assert.Equal((documents, evidenceItems, responses, cases),
            (generated.Record.Documents.Count, generated.Record.Evidence.Count, generated.Record.Questionnaires.Sum(q => q.Responses.Count), generated.Record.CaseAudit?.Cases.Count ?? 0));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(2012)]
    [InlineData(31337)]
    public void Generated_records_with_evidence_have_no_warnings_either(int seed)
    {
        var generated = RecordGenerator.GenerateWithEvidence(RecordScale.Example2011, EvidenceScale.Example2011, seed);

        Assert.Empty(new ChallengeRecordValidator().ValidateRecord(generated.Record));
    }

    [Fact]
    public void Records_of_the_2012_edition_with_evidence_have_no_errors()
    {
        var generated = RecordGenerator.GenerateWithEvidence(5, responses: 80, cases: 20, edition: BuiltInEditions.LgaPeerReview2012);

        AssertNoErrors(generated.Record);
        Assert.All(generated.Record.CaseAudit!.Cases.SelectMany(c => c.Grades), g => Assert.Contains(g.Grade, BuiltInEditions.LgaPeerReview2012.AuditGrades));
    }

    [Fact]
    public void The_same_seed_and_sizes_give_byte_identical_json()
    {
        var first = RecordGenerator.GenerateWithEvidence(11, responses: 200, cases: 30);
        var second = RecordGenerator.GenerateWithEvidence(11, responses: 200, cases: 30);

        Assert.Equal(first.Json, second.Json);
        Assert.NotEqual(first.Json, RecordGenerator.GenerateWithEvidence(12, responses: 200, cases: 30).Json);
    }

    [Fact]
    public void Without_its_evidence_the_record_is_the_one_generate_makes()
    {
        var withEvidence = RecordGenerator.GenerateWithEvidence(RecordScale.Example2011, EvidenceScale.Example2011);
        var plain = RecordGenerator.Generate(RecordScale.Example2011);

        var stripped = withEvidence.Record with { Documents = [], Evidence = [], Questionnaires = [], CaseAudit = null };

        Assert.Equal(Encoding.UTF8.GetString(plain.Json), ChallengeRecordWriter.Write(stripped));
    }

    [Fact]
    public void The_existing_generated_records_are_unchanged()
    {
        // Generate never adds evidence: the records the benchmarks and tests were written against stay byte-identical.
        var plain = RecordGenerator.Generate(RecordScale.Example2011);
        using var document = JsonDocument.Parse(plain.Json);

        Assert.All(new[] { "documents", "evidence", "questionnaires", "caseAudit" }, name => Assert.False(document.RootElement.TryGetProperty(name, out _), name));
    }

    [Fact]
    public void The_questionnaire_has_five_role_groups_of_uneven_size_and_the_cases_are_pseudonymised_under_the_test_key()
    {
        var record = RecordGenerator.GenerateWithEvidence(RecordScale.Example2011, new EvidenceScale("large", 10, 10, 6_000, 500)).Record;

        var sizes = record.Questionnaires[0].Responses.GroupBy(r => r.Respondent.RoleGroup).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(5, sizes.Count);
        Assert.InRange(sizes["social workers"], 1_500, 2_100);
        Assert.InRange(sizes["team managers"], 500, 900);
        var year = record.Timeline.OnSiteStart.Year;
        Assert.Equal(
            Enumerable.Range(1, 500).Select(i => RecordGenerator.TestPseudonymiser.Pseudonymise($"GEN/{year}/{i:00000}")),
            record.CaseAudit!.Cases.Select(c => c.Pseudonym));
        Assert.Equal(500, record.CaseAudit.Cases.Select(c => c.Pseudonym).Distinct().Count());
    }

    [Fact]
    public void The_questionnaire_and_audit_tables_of_a_generated_record_can_be_published()
    {
        var record = RecordGenerator.GenerateWithEvidence(8, responses: 60, cases: 12).Record;
        var tables = new QuestionnaireTables(record.Questionnaires[0]);

        Assert.Equal(60, tables.ResponseCount);
        Assert.Equal(5, tables.RoleGroups.Count);
        Assert.NotNull(DisclosureControl.Apply(tables.ForQuestionByGroup("q1")!, DisclosureProfile.Dfe));
        Assert.Equal(2, CaseAuditTables.Publish(record.CaseAudit!, BuiltInEditions.Lgg2011, DisclosureProfile.Dfe).Count);
    }

    private static void AssertNoErrors(ChallengeRecord record)
    {
        var errors = new ChallengeRecordValidator().ValidateRecord(record).Where(i => i.IsError).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Negative_sizes_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RecordGenerator.GenerateWithEvidence(1, responses: -1, cases: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => RecordGenerator.GenerateWithEvidence(1, responses: 0, cases: -1));
        Assert.Throws<ArgumentNullException>(() => RecordGenerator.GenerateWithEvidence(null!, EvidenceScale.Example2011));
    }
}
