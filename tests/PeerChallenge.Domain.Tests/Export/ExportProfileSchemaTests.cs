using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using PeerChallenge.Domain.Export;
using PeerChallenge.Domain.Serialization;
using PeerChallenge.Domain.Tests.Serialization;

namespace PeerChallenge.Domain.Tests.Export;

public sealed class ExportProfileSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(ExportProfileReader.Schema));

    [Fact]
    public void Committed_schema_equals_the_generated_one_and_the_embedded_one()
    {
        var path = RepositoryFiles.PathOf("docs", "schemas", ExportProfileSchema.FileName);
        var generated = ExportProfileSchema.Generate();
        if (RepositoryFiles.Accepting)
        {
            File.WriteAllText(path, generated);
        }

        Assert.True(File.Exists(path), $"{path} is missing: run the tests once with PEER_CHALLENGE_ACCEPT=1 and review the new file.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), generated);
        Assert.Equal(generated, ExportProfileReader.Schema.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_built_in_profiles_are_valid_against_the_schema()
    {
        foreach (var profile in ExportProfile.BuiltIn)
        {
            var result = Schema.Value.Evaluate(JsonDocument.Parse(ExportProfileReader.Write(profile)).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(result.IsValid, $"{profile.Name}: {string.Join("; ", result.Details?.Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Values) ?? [])}");
        }
    }

    [Theory]
    [InlineData("""{ "parts": [] }""")] // no name
    [InlineData("""{ "name": "Council Partner" }""")] // not kebab-case
    [InlineData("""{ "name": "p", "parts": [{ "part": "notes", "treatments": ["redact"] }] }""")]
    [InlineData("""{ "name": "p", "parts": [{ "part": "evidence", "treatments": ["shred"] }] }""")]
    [InlineData("""{ "name": "p", "parts": [{ "part": "evidence", "treatments": [] }] }""")]
    [InlineData("""{ "name": "p", "pseudonymisedKinds": ["SHOE_SIZE"] }""")]
    [InlineData("""{ "name": "p", "dropMarkedFrom": ["very-secret"] }""")]
    [InlineData("""{ "name": "p", "disclosure": "none" }""")]
    [InlineData("""{ "name": "p", "nonAttributionThreshold": 0 }""")]
    [InlineData("""{ "name": "p", "dorp": ["contact"] }""")] // a misspelt property is refused, as the reader refuses it
    public void A_profile_the_reader_refuses_is_invalid_against_the_schema_too(string json)
    {
        Assert.False(ExportProfileReader.TryRead(json, out _, out _));
        Assert.False(Schema.Value.Evaluate(JsonDocument.Parse(json).RootElement).IsValid);
    }

    [Fact]
    public void The_schema_names_every_part_treatment_and_kind_the_code_knows()
    {
        var schema = JsonNode.Parse(ExportProfileReader.Schema)!;
        var properties = schema["properties"]!;
        Assert.Equal(ExportProfile.PartNames, properties["parts"]!["items"]!["properties"]!["part"]!["enum"]!.AsArray().Select(n => (string)n!));
        Assert.Equal(ExportTreatment.All, properties["defaultTreatments"]!["items"]!["enum"]!.AsArray().Select(n => (string)n!));
        Assert.Equal(Domain.Privacy.PersonalDataKind.All.Select(k => k.Code), properties["pseudonymisedKinds"]!["items"]!["enum"]!.AsArray().Select(n => (string)n!));
    }

    [Fact]
    public void A_profile_without_a_name_is_refused_in_plain_words()
    {
        Assert.False(ExportProfileReader.TryRead("""{ "parts": [] }""", out var profile, out var problems));
        Assert.Null(profile);
        Assert.Equal(["/name: the profile has no name; give one, a kebab-case code such as council-partner."], problems);
    }
}
