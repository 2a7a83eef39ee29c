using System.Text.Json.Nodes;
using PeerChallenge.Domain.Evidence;
using PeerChallenge.Domain.Tests.Serialization;

namespace PeerChallenge.Domain.Tests.Evidence;

/// <summary>Questionnaires in the interchange document.</summary>
public sealed class QuestionnaireJsonTests
{
    private static readonly ChallengeRecord Record = QuestionnaireTestRecords.Record;

    [Fact]
    public void A_record_with_a_questionnaire_round_trips_byte_identical()
    {
        var json = ChallengeRecordWriter.Write(Record);

        var read = ChallengeRecordReader.Read(json);

        Assert.True(read.Succeeded, string.Join("\n", read.Issues));
        Assert.Empty(read.Issues);
        Assert.Equal(Record, read.Value);
        Assert.Equal(json, ChallengeRecordWriter.Write(read.Value));
    }

    [Fact]
    public void Questionnaires_are_written_with_the_formats_names()
    {
        var questionnaire = JsonNode.Parse(ChallengeRecordWriter.Write(Record))!["questionnaires"]![0]!;

        Assert.Equal(("staff", "Staff questionnaire"), ((string?)questionnaire["id"], (string?)questionnaire["title"]));
        var question = questionnaire["questions"]![0]!;
        Assert.Equal(("q1", "loe-1", "strongly-agree", "Strongly agree"),
            ((string?)question["id"], (string?)question["linesOfEnquiry"]![0], (string?)question["options"]![0]!["code"], (string?)question["options"]![0]!["label"]));
        Assert.Empty(questionnaire["questions"]![1]!["options"]!.AsArray()); // a free-text question
        var response = questionnaire["responses"]![0]!;
        Assert.Equal(("r-1", "social workers", "local authority"),
            ((string?)response["id"], (string?)response["respondent"]!["roleGroup"], (string?)response["respondent"]!["agencyType"]));
        Assert.Equal(("q1", "agree"), ((string?)response["answers"]![0]!["question"], (string?)response["answers"]![0]!["option"]));
        Assert.Equal("More joint training with schools.", (string?)response["answers"]![1]!["text"]);
    }

    [Fact]
    public void A_record_without_questionnaires_writes_no_questionnaires_property()
    {
        var document = JsonNode.Parse(ChallengeRecordWriter.Write(TestRecords.Rotherham2011))!.AsObject();

        Assert.False(document.ContainsKey("questionnaires"));
    }

    [Fact]
    public void The_written_record_conforms_to_the_schema()
    {
        var results = SchemaTests.Evaluate(ChallengeRecordWriter.Write(Record));

        Assert.True(results.IsValid, SchemaTests.Describe(results));
    }

    [Theory]
    [InlineData("/questionnaires/0/id", "\"\"")]
    [InlineData("/questionnaires/0/questions/0/options/0/code", "\" \"")]
    [InlineData("/questionnaires/0/responses/0/respondent/roleGroup", "\"\"")]
    public void The_schema_refuses_blank_ids_and_role_groups(string pointer, string value)
    {
        var node = SchemaTests.Replace(ChallengeRecordWriter.Write(Record), pointer, value);

        Assert.False(SchemaTests.Evaluate(node.ToJsonString()).IsValid);
    }

    [Fact]
    public void Citations_may_point_into_questionnaires()
    {
        var record = Record with
        {
            Sources = [new Source { Id = "src-1", Title = "Survey export" }],
            Citations = [new Citation { About = JsonPointer.Root.Append("questionnaires").Append(0).Append("responses").Append(11).Append("respondent").Append("roleGroup"), Sources = ["src-1"] }],
        };

        Assert.Empty(record.Issues());
    }
}
