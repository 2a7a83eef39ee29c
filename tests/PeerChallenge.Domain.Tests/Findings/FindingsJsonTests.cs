using System.Text.Json.Nodes;
using PeerChallenge.Domain.Findings;
using PeerChallenge.Domain.Tests.Serialization;

namespace PeerChallenge.Domain.Tests.Findings;

/// <summary>Findings and the feedback presentation in JSON: round trip, left out when empty, schema.</summary>
public sealed class FindingsJsonTests
{
    private static readonly ChallengeRecord Record = FindingsTestRecords.Record;

    [Fact]
    public void Findings_and_feedback_round_trip()
    {
        var json = ChallengeRecordWriter.Write(Record);
        var read = ChallengeRecordReader.Read(json);

        Assert.True(read.Succeeded);
        Assert.Empty(read.Issues);
        Assert.Equal(Record, read.Value);
        Assert.Equal(json, ChallengeRecordWriter.Write(read.Value!));
    }

    [Fact]
    public void The_json_names_are_the_documented_ones()
    {
        var node = JsonNode.Parse(ChallengeRecordWriter.Write(Record))!;

        Assert.Equal("recommendation", node["findings"]![1]!["kind"]!.GetValue<string>());
        Assert.Equal(1, node["findings"]![1]!["number"]!.GetValue<int>());
        Assert.Equal("high", node["findings"]![1]!["priority"]!.GetValue<string>());
        Assert.Null(node["findings"]![0]!["number"]);
        Assert.Equal("2011-10-07", node["feedback"]!["date"]!.GetValue<string>());
        Assert.Equal("f-2", node["feedback"]!["keyMessages"]![0]!["findings"]![1]!.GetValue<string>());
    }

    [Fact]
    public void A_record_without_findings_writes_neither_property()
    {
        var node = JsonNode.Parse(ChallengeRecordWriter.Write(TestRecords.Rotherham2011))!.AsObject();

        Assert.False(node.ContainsKey("findings"));
        Assert.False(node.ContainsKey("feedback"));
    }

    [Fact]
    public void An_edition_writes_its_kinds_of_finding_only_when_it_has_some()
    {
        var with = JsonNode.Parse(ChallengeRecordWriter.WriteEdition(BuiltInEditions.Lgg2011))!;
        var without = JsonNode.Parse(ChallengeRecordWriter.WriteEdition(BuiltInEditions.Lgg2011 with { FindingKinds = [] }))!.AsObject();

        Assert.Equal(["strength", "area-for-consideration", "recommendation"], with["findingKinds"]!.AsArray().Select(k => k!["code"]!.GetValue<string>()));
        Assert.True(with["findingKinds"]![2]!["recommendation"]!.GetValue<bool>());
        Assert.False(without.ContainsKey("findingKinds"));
        Assert.Equal(BuiltInEditions.Lgg2011, ChallengeRecordReader.ReadEdition(System.Text.Encoding.UTF8.GetBytes(with.ToJsonString())).Value);
    }

    [Fact]
    public void A_priority_not_in_the_codelist_is_refused()
    {
        var node = SchemaTests.Replace(ChallengeRecordWriter.Write(Record), "/findings/1/priority", "\"urgent\"");

        Assert.False(ChallengeRecordReader.Read(node.ToJsonString()).Succeeded);
    }

    [Fact]
    public void The_written_record_conforms_to_the_schema()
    {
        var results = SchemaTests.Evaluate(ChallengeRecordWriter.Write(Record));

        Assert.True(results.IsValid, SchemaTests.Describe(results));
    }

    [Theory]
    [InlineData("/findings/0/kind", "\"\"")]
    [InlineData("/findings/0/statement", "\" \"")]
    [InlineData("/findings/0/id", "\"\"")]
    [InlineData("/findings/1/priority", "\"urgent\"")]
    [InlineData("/findings/1/number", "\"one\"")]
    [InlineData("/feedback/date", "\"7 October 2011\"")]
    [InlineData("/feedback/keyMessages/0/message", "\"\"")]
    public void The_schema_refuses_codes_not_in_the_codelists_and_blank_texts(string pointer, string value)
    {
        var node = SchemaTests.Replace(ChallengeRecordWriter.Write(Record), pointer, value);

        Assert.False(SchemaTests.Evaluate(node.ToJsonString()).IsValid);
    }

    [Fact]
    public void The_edition_schema_refuses_a_kind_code_not_in_kebab_case()
    {
        var edition = JsonNode.Parse(ChallengeRecordWriter.WriteEdition(BuiltInEditions.Lgg2011))!;
        edition["findingKinds"]![0]!["code"] = "Good Practice";

        Assert.False(SchemaTests.EditionSchema.Value.Evaluate(System.Text.Json.JsonDocument.Parse(edition.ToJsonString()).RootElement).IsValid);
    }

    [Fact]
    public void Citations_may_point_at_findings_and_feedback()
    {
        var record = Record with
        {
            Sources = [new Source { Id = "src-1", Title = "Feedback letter", Kind = SourceKind.FeedbackLetter }],
            Citations =
            [
                new Citation { About = JsonPointer.Parse("/findings/1/statement"), Sources = ["src-1"] },
                new Citation { About = JsonPointer.Parse("/feedback/keyMessages/0"), Sources = ["src-1"] },
            ],
        };

        Assert.Empty(new ChallengeRecordValidator().ValidateRecord(record));
    }
}
