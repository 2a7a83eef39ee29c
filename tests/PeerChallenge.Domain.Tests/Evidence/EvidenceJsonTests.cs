using System.Text.Json.Nodes;
using PeerChallenge.Domain.Evidence;
using PeerChallenge.Domain.Tests.Serialization;

namespace PeerChallenge.Domain.Tests.Evidence;

/// <summary>Documents and evidence in the interchange document and the schema.</summary>
public sealed class EvidenceJsonTests
{
    private static readonly ChallengeRecord Record = EvidenceTestRecords.Record;

    [Fact]
    public void A_record_with_documents_and_evidence_round_trips()
    {
        var json = ChallengeRecordWriter.Write(Record);

        var read = ChallengeRecordReader.Read(json);

        Assert.True(read.Succeeded, string.Join("\n", read.Issues));
        Assert.Empty(read.Issues);
        Assert.Equal(Record, read.Value);
        Assert.Equal(json, ChallengeRecordWriter.Write(read.Value));
    }

    [Fact]
    public void Documents_and_evidence_are_written_with_the_formats_names_and_codes()
    {
        var document = JsonNode.Parse(ChallengeRecordWriter.Write(Record))!;

        var plan = document["documents"]![0]!;
        Assert.Equal(("doc-1", "plan", "GB-LAE-ROT", "2010-04", "not-protectively-marked"),
            ((string?)plan["id"], (string?)plan["kind"], (string?)plan["owner"], (string?)plan["date"], (string?)plan["marking"]));
        Assert.Equal("loe-2", (string?)plan["linesOfEnquiry"]![0]);
        var item = document["evidence"]![0]!;
        Assert.Equal(("focus-group", "2011-10-04", "tm-3"), ((string?)item["method"], (string?)item["date"], (string?)item["gatheredBy"]![0]));
        Assert.Equal(("front-line social workers", "local authority", 6),
            ((string?)item["source"]!["roleGroup"], (string?)item["source"]!["agencyType"], (int?)item["source"]!["groupSize"]));
    }

    [Fact]
    public void A_record_without_documents_or_evidence_writes_neither()
    {
        var json = ChallengeRecordWriter.Write(TestRecords.Rotherham2011);
        var document = JsonNode.Parse(json)!.AsObject();

        Assert.False(document.ContainsKey("documents"));
        Assert.False(document.ContainsKey("evidence"));
    }

    [Fact]
    public void The_2011_example_is_written_back_byte_identical()
    {
        var example = RepositoryFiles.Read("docs", "examples", "rotherham-2011.json");

        var read = ChallengeRecordReader.Read(example);

        Assert.True(read.Succeeded);
        Assert.NotEmpty(read.Value.Documents);
        Assert.NotEmpty(read.Value.Evidence);
        Assert.Equal(example.ReplaceLineEndings("\n").TrimEnd('\n'), ChallengeRecordWriter.Write(read.Value).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Local_fields_on_documents_evidence_and_sources_are_kept()
    {
        var node = JsonNode.Parse(ChallengeRecordWriter.Write(Record))!;
        node["documents"]![0]!["x-shelf"] = "A3";
        node["evidence"]![0]!["x-room"] = 12;
        node["evidence"]![0]!["source"]!["x-note"] = "morning session";
        var json = node.ToJsonString(PeerChallengeJson.Options);

        var read = ChallengeRecordReader.Read(json);

        Assert.True(read.Succeeded, string.Join("\n", read.Issues));
        var again = JsonNode.Parse(ChallengeRecordWriter.Write(read.Value))!;
        Assert.Equal("A3", (string?)again["documents"]![0]!["x-shelf"]);
        Assert.Equal(12, (int?)again["evidence"]![0]!["x-room"]);
        Assert.Equal("morning session", (string?)again["evidence"]![0]!["source"]!["x-note"]);
    }

    [Fact]
    public void An_unknown_document_kind_or_method_is_not_read()
    {
        var node = JsonNode.Parse(ChallengeRecordWriter.Write(Record))!;
        node["documents"]![0]!["kind"] = "leaflet";

        Assert.False(ChallengeRecordReader.Read(node.ToJsonString()).Succeeded);
    }

    [Fact]
    public void The_written_record_conforms_to_the_schema()
    {
        var results = SchemaTests.Evaluate(ChallengeRecordWriter.Write(Record));

        Assert.True(results.IsValid, SchemaTests.Describe(results));
    }

    [Theory]
    [InlineData("/documents/0/kind", "\"leaflet\"")]
    [InlineData("/documents/0/marking", "\"unclassified\"")]
    [InlineData("/documents/0/id", "\"\"")]
    [InlineData("/evidence/0/method", "\"gossip\"")]
    [InlineData("/evidence/0/source/roleGroup", "\" \"")]
    public void The_schema_refuses_codes_not_in_the_codelists_and_blank_ids(string pointer, string value)
    {
        var node = SchemaTests.Replace(ChallengeRecordWriter.Write(Record), pointer, value);

        Assert.False(SchemaTests.Evaluate(node.ToJsonString()).IsValid);
    }

    [Fact]
    public void Citations_may_point_at_documents_and_evidence()
    {
        var record = Record with
        {
            Sources = [new Source { Id = "src-1", Title = "Feedback slides" }],
            Citations =
            [
                new Citation { About = JsonPointer.Root.Append("documents").Append(1).Append("marking"), Sources = ["src-1"] },
                new Citation { About = JsonPointer.Root.Append("evidence").Append(0).Append("source").Append("groupSize"), Sources = ["src-1"] },
            ],
        };

        Assert.Empty(record.Issues());
        var missing = record with { Citations = [new Citation { About = JsonPointer.Root.Append("evidence").Append(1).Append("source"), Sources = ["src-1"] }] };
        Assert.Equal(["PC0604"], missing.Issues().Select(i => i.Code.Code));
    }
}
