using System.Text.Json.Nodes;
using PeerChallenge.Domain.Evidence;
using PeerChallenge.Domain.Tests.Serialization;

namespace PeerChallenge.Domain.Tests.Evidence;

/// <summary>The case audit in the interchange format: round trip, what is left out, and pseudonyms only.</summary>
public sealed class CaseAuditJsonTests
{
    private static readonly ChallengeRecord Record = CaseAuditTestRecords.Record;

    [Fact]
    public void A_record_with_a_case_audit_round_trips_byte_identical()
    {
        var json = ChallengeRecordWriter.Write(Record);

        var read = ChallengeRecordReader.Read(json);

        Assert.True(read.Succeeded, string.Join("\n", read.Issues));
        Assert.Equal(Record, read.Value);
        Assert.Equal(json, ChallengeRecordWriter.Write(read.Value));
    }

    [Fact]
    public void The_case_audit_is_written_with_the_formats_names()
    {
        var node = JsonNode.Parse(ChallengeRecordWriter.Write(Record))!;
        var first = node["caseAudit"]!["cases"]![0]!;

        Assert.Equal("information-sharing", (string?)node["caseAudit"]!["criteria"]![0]!["id"]);
        Assert.Equal(CaseAuditTestRecords.Audit.Cases[0].Pseudonym.Value, (string?)first["pseudonym"]);
        Assert.Equal("level 3: targeted", (string?)first["levelOfNeed"]);
        Assert.True((bool?)first["earlyHelpAssessment"]);
        Assert.Equal("good", (string?)first["grades"]![0]!["grade"]);
        Assert.Equal("officer peer", (string?)first["auditorRole"]);
        Assert.Null(node["caseAudit"]!["cases"]![2]!["earlyHelpAssessment"]);
    }

    [Fact]
    public void The_case_reference_is_never_written()
    {
        var json = ChallengeRecordWriter.Write(Record);

        Assert.DoesNotContain("CR-0000", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_without_a_case_audit_writes_no_caseAudit()
    {
        Assert.DoesNotContain("caseAudit", ChallengeRecordWriter.Write(TestRecords.Rotherham2011), StringComparison.Ordinal);
    }

    [Fact]
    public void The_written_record_conforms_to_the_schema()
    {
        var results = SchemaTests.Evaluate(ChallengeRecordWriter.Write(Record));

        Assert.True(results.IsValid, SchemaTests.Describe(results));
    }

    [Theory]
    [InlineData("943 476 5919", "NHS")]
    [InlineData("9434765919", "NHS")]
    [InlineData("AB 12 34 56 C", "NI")]
    [InlineData("jo.bloggs@rotherham.gov.uk", "EMAIL")]
    [InlineData("case ref 004512", "CASE")]
    public void A_raw_identifier_where_a_pseudonym_belongs_is_PC0706(string raw, string kind)
    {
        var node = JsonNode.Parse(ChallengeRecordWriter.Write(Record))!;
        node["caseAudit"]!["cases"]![3]!["pseudonym"] = raw;

        var read = ChallengeRecordReader.Read(node.ToJsonString());

        Assert.False(read.Succeeded);
        var issue = Assert.Single(read.Issues);
        Assert.Equal(("PC0706", "error", "/caseAudit/cases/3/pseudonym"), (issue.Code.Code, issue.Severity.Code, issue.Path.ToString()));
        Assert.Contains(kind, issue.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(raw, issue.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("case-XYZ")]
    [InlineData("943 476 5918")]
    [InlineData("case-3f9a0c72e1b4d85")]
    public void Other_text_where_a_pseudonym_belongs_is_PC0007(string text)
    {
        var node = JsonNode.Parse(ChallengeRecordWriter.Write(Record))!;
        node["caseAudit"]!["cases"]![0]!["pseudonym"] = text;

        var read = ChallengeRecordReader.Read(node.ToJsonString());

        Assert.Equal([("PC0007", "/caseAudit/cases/0/pseudonym")], read.Issues.Select(i => (i.Code.Code, i.Path.ToString())));
    }

    [Fact]
    public void The_schema_refuses_a_raw_identifier_as_pseudonym()
    {
        var node = JsonNode.Parse(ChallengeRecordWriter.Write(Record))!;
        node["caseAudit"]!["cases"]![0]!["pseudonym"] = "943 476 5919";

        Assert.False(SchemaTests.Evaluate(node.ToJsonString()).IsValid);
    }

    [Fact]
    public void Editions_write_audit_grades_only_when_they_have_a_scale()
    {
        var with = ChallengeRecordWriter.WriteEdition(BuiltInEditions.Lgg2011);
        var without = ChallengeRecordWriter.WriteEdition(BuiltInEditions.Lgg2011 with { AuditGrades = [] });

        Assert.Equal(["outstanding", "good", "adequate", "inadequate"], JsonNode.Parse(with)!["auditGrades"]!.AsArray().Select(n => (string?)n));
        Assert.DoesNotContain("auditGrades", without, StringComparison.Ordinal);
        var read = ChallengeRecordReader.ReadEdition(System.Text.Encoding.UTF8.GetBytes(with));
        Assert.True(read.Succeeded, string.Join("\n", read.Issues));
        Assert.Equal(BuiltInEditions.Lgg2011, read.Value);
        Assert.Empty(ChallengeRecordReader.ReadEdition(System.Text.Encoding.UTF8.GetBytes(without)).Value!.AuditGrades);
    }

    [Fact]
    public void The_2011_example_is_still_written_back_byte_identical()
    {
        var example = RepositoryFiles.Read("docs", "examples", "rotherham-2011.json");

        var read = ChallengeRecordReader.Read(example);

        Assert.True(read.Succeeded, string.Join("\n", read.Issues));
        Assert.NotNull(read.Value.CaseAudit);
        Assert.Equal(example.ReplaceLineEndings("\n").TrimEnd('\n'), ChallengeRecordWriter.Write(read.Value).ReplaceLineEndings("\n"));
    }
}
