using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using PeerChallenge.Domain.Serialization;

namespace PeerChallenge.Domain.Tests.Serialization;

public sealed class SchemaTests
{
    public static TheoryData<string> SchemaNames => [.. ChallengeSchemas.Names];

    public static TheoryData<string> ValidExamples =>
        [.. Directory.GetFiles(RepositoryFiles.PathOf("docs", "examples"), "*.json").Select(f => Path.GetFileName(f)!).Order()];

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public void Committed_schema_equals_the_generated_one(string name)
    {
        var path = RepositoryFiles.PathOf("docs", "schemas", ChallengeSchemas.FileName(name));
        var generated = ChallengeSchemas.Generate(name);
        if (RepositoryFiles.Accepting)
        {
            File.WriteAllText(path, generated);
        }

        Assert.True(File.Exists(path), $"{path} is missing: run the tests once with PEER_CHALLENGE_ACCEPT=1 and review the new file.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), generated);
    }

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public void Embedded_schema_equals_the_committed_file(string name)
    {
        var committed = RepositoryFiles.Read("docs", "schemas", ChallengeSchemas.FileName(name));
        Assert.Equal(committed.ReplaceLineEndings("\n"), ChallengeSchemas.Get(name).ReplaceLineEndings("\n"));
    }

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public void Schema_is_draft_2020_12_with_id_and_defs(string name)
    {
        var schema = JsonNode.Parse(ChallengeSchemas.Get(name))!.AsObject();
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)schema["$schema"]);
        Assert.Equal(ChallengeSchemas.Id(name).ToString(), (string?)schema["$id"]);
        Assert.NotEmpty(schema["$defs"]!.AsObject());

        // The published schema is usable by a validator of another language: it accepts a valid document and refuses an empty one.
        var evaluator = name == ChallengeSchemas.ChallengeRecord ? RecordSchema.Value : EditionSchema.Value;
        var valid = name == ChallengeSchemas.ChallengeRecord
            ? RepositoryFiles.Read("docs", "examples", "rotherham-2011.json")
            : ChallengeRecordWriter.WriteEdition(BuiltInEditions.Lgg2011);
        Assert.True(evaluator.Evaluate(JsonDocument.Parse(valid).RootElement).IsValid);
        Assert.False(evaluator.Evaluate(JsonDocument.Parse("{}").RootElement).IsValid);
    }

    [Theory]
    [MemberData(nameof(ValidExamples))]
    public void Every_example_conforms_to_the_record_schema(string file)
    {
        var result = Evaluate(RepositoryFiles.Read("docs", "examples", file));
        Assert.True(result.IsValid, Describe(result));
    }

    [Fact]
    public void Schema_rejects_what_the_reader_rejects()
    {
        var example = JsonNode.Parse(RepositoryFiles.Read("docs", "examples", "rotherham-2011.json"))!.AsObject();
        example["timeline"]!["onSiteStart"] = "3 October 2011";
        Assert.False(Evaluate(example.ToJsonString()).IsValid);

        example = JsonNode.Parse(RepositoryFiles.Read("docs", "examples", "rotherham-2011.json"))!.AsObject();
        example["hostCouncil"]!["sector"] = "space-agency";
        Assert.False(Evaluate(example.ToJsonString()).IsValid);

        example = JsonNode.Parse(RepositoryFiles.Read("docs", "examples", "rotherham-2011.json"))!.AsObject();
        example.Remove("schemaVersion");
        Assert.False(Evaluate(example.ToJsonString()).IsValid);
    }

    [Theory]
    [InlineData("linesOfEnquiry", "themes", "[]")]
    [InlineData("linesOfEnquiry", "statement", "\"  \"")]
    [InlineData("team", "id", "\"\"")]
    public void Schema_rejects_the_empty_texts_and_lists_the_validator_rejects(string list, string property, string value)
    {
        var example = JsonNode.Parse(RepositoryFiles.Read("docs", "examples", "rotherham-2011.json"))!.AsObject();
        example[list]![0]![property] = JsonNode.Parse(value);

        Assert.False(Evaluate(example.ToJsonString()).IsValid);
        var read = ChallengeRecordReader.Read(example.ToJsonString());
        Assert.Contains(new ChallengeRecordValidator().ValidateRecord(read.Value!), i => i.IsError && i.Path.ToString() == $"/{list}/0/{property}");
    }

    [Theory]
    [InlineData("teamKnown", "not-known", "team", "[]", true)]
    [InlineData("teamKnown", "partly-known", "team", null, true)]
    [InlineData("teamKnown", "not-known", "team", null, false)]
    [InlineData("ofstedNotificationKnown", "not-known", "ofstedNotification", "null", true)]
    [InlineData("ofstedNotificationKnown", "known", "ofstedNotification", null, true)]
    [InlineData("ofstedNotificationKnown", "not-known", "ofstedNotification", null, false)]
    [InlineData("methodsKnown", "not-known", "methods", "[]", true)]
    [InlineData("methodsKnown", "not-known", "methods", "[\"case-mapping\"]", false)]
    [InlineData("methodsKnown", "partly-known", "methods", "[\"case-mapping\"]", true)]
    public void Schema_rejects_a_part_marked_not_known_that_is_given(string known, string value, string part, string? given, bool valid)
    {
        var example = JsonNode.Parse(RepositoryFiles.Read("docs", "examples", "rotherham-2011.json"))!.AsObject();
        example[known] = value;
        if (given is not null)
        {
            example[part] = JsonNode.Parse(given);
        }

        Assert.Equal(valid, Evaluate(example.ToJsonString()).IsValid);
        var read = ChallengeRecordReader.Read(example.ToJsonString());
        Assert.Equal(valid, !new ChallengeRecordValidator().ValidateRecord(read.Value!).Any(i => i.Code == ProvenanceIssueCodes.NotKnownButGiven));
    }

    [Theory]
    [InlineData("not-known", "[]", true)]
    [InlineData("not-known", "[\"outcomes\"]", false)]
    [InlineData("partly-known", "[]", false)]
    [InlineData("partly-known", "[\"outcomes\"]", true)]
    public void Schema_allows_a_line_of_enquiry_without_themes_only_when_they_are_not_known(string themesKnown, string themes, bool valid)
    {
        var example = JsonNode.Parse(RepositoryFiles.Read("docs", "examples", "rotherham-2011.json"))!.AsObject();
        example["linesOfEnquiry"]![0]!["themesKnown"] = themesKnown;
        example["linesOfEnquiry"]![0]!["themes"] = JsonNode.Parse(themes);

        Assert.Equal(valid, Evaluate(example.ToJsonString()).IsValid);
        var read = ChallengeRecordReader.Read(example.ToJsonString());
        Assert.Equal(valid, !new ChallengeRecordValidator().ValidateRecord(read.Value!).Any(i => i.IsError && i.Path.ToString().StartsWith("/linesOfEnquiry/0/themes", StringComparison.Ordinal)));
    }

    [Fact]
    public void Schema_rejects_an_edition_without_themes_or_roles()
    {
        var edition = JsonNode.Parse(ChallengeRecordWriter.WriteEdition(BuiltInEditions.Lgg2011))!.AsObject();
        edition["themes"] = new JsonArray();

        Assert.False(EditionSchema.Value.Evaluate(JsonDocument.Parse(edition.ToJsonString()).RootElement).IsValid);
    }

    [Fact]
    public void Schema_accepts_unknown_properties_from_newer_producers()
    {
        var example = JsonNode.Parse(RepositoryFiles.Read("docs", "examples", "rotherham-2011.json"))!.AsObject();
        example["schemaVersion"] = "1.3.0";
        example["scrutinyCommittee"] = new JsonArray(new JsonObject { ["kind"] = "strength" });
        Assert.True(Evaluate(example.ToJsonString()).IsValid);
    }

    [Fact]
    public void Every_object_of_both_schemas_allows_local_fields()
    {
        foreach (var name in ChallengeSchemas.Names)
        {
            var schema = JsonNode.Parse(ChallengeSchemas.Get(name))!.AsObject();
            var objects = new[] { ("(root)", schema) }.Concat(schema["$defs"]!.AsObject().Select(d => (d.Key, d.Value!.AsObject()))).ToList();
            Assert.All(objects, o =>
            {
                Assert.Equal("object", (string?)o.Item2["type"]);
                Assert.Equal("A local field: never used by the format, kept and written back, not validated.", (string?)o.Item2["patternProperties"]?["^x-"]?["description"]);
                Assert.Null(o.Item2["additionalProperties"]);
                Assert.DoesNotContain(o.Item2["properties"]!.AsObject(), p => p.Key.StartsWith("x-", StringComparison.Ordinal));
            });
        }
    }

    [Fact]
    public void A_local_field_anywhere_is_valid_whatever_its_value()
    {
        var example = JsonNode.Parse(RepositoryFiles.Read("docs", "examples", "rotherham-2011.json"))!.AsObject();
        example["x-planner"] = new JsonObject { ["version"] = 2, ["rooms"] = new JsonArray("a", null) };
        example["hostCouncil"]!["x-region"] = 17;
        example["team"]![0]!["x-availability"] = null;
        example["timeline"]!["x-onSiteStart"] = "not a date";
        example["ofstedNotification"]!["x-reference"] = new JsonArray();
        example["ofstedNotification"]!["inspectionWindows"]!.AsArray().Add(new JsonObject { ["id"] = "w", ["start"] = "2012-01-09", ["end"] = "2012-01-13", ["x-note"] = false });
        example["contact"]!["x-"] = "";
        example["linesOfEnquiry"]![0]!["x-themes"] = "outcomes";

        var result = Evaluate(example.ToJsonString());

        Assert.True(result.IsValid, Describe(result));
        var edition = JsonNode.Parse(ChallengeRecordWriter.WriteEdition(BuiltInEditions.Lgg2011))!.AsObject();
        edition["x-source"] = 1;
        edition["themes"]![0]!["x-note"] = "kept";
        edition["roles"]![0]!["x-note"] = new JsonObject();
        Assert.True(EditionSchema.Value.Evaluate(JsonDocument.Parse(edition.ToJsonString()).RootElement).IsValid);
    }

    public static TheoryData<string, bool> KnowledgeForms => new()
    {
        // The team: not known means no members.
        { "{\"teamKnown\": \"not-known\", \"team\": []}", true },
        { "{\"teamKnown\": \"not-known\"}", false },
        { "{\"teamKnown\": \"partly-known\"}", true },
        { "{\"teamKnown\": \"known\"}", true },
        { "{}", true },

        // The Ofsted notification: not known means it is left out.
        { "{\"ofstedNotificationKnown\": \"not-known\", \"ofstedNotification\": null}", true },
        { "{\"ofstedNotificationKnown\": \"not-known\"}", false },
        { "{\"ofstedNotificationKnown\": \"known\"}", true },

        // The methods: not known means none listed.
        { "{\"methodsKnown\": \"not-known\"}", true },
        { "{\"methodsKnown\": \"not-known\", \"methods\": []}", true },
        { "{\"methodsKnown\": \"not-known\", \"methods\": [\"case-mapping\"]}", false },
        { "{\"methodsKnown\": \"partly-known\", \"methods\": [\"case-mapping\"]}", true },
        { "{\"methodsKnown\": \"known\", \"methods\": []}", true },
        { "{\"methods\": [\"case-mapping\"]}", true },

        // The themes of a line of enquiry: not known means none; otherwise at least one.
        { "{\"themesKnown\": \"not-known\", \"themes\": []}", true },
        { "{\"themesKnown\": \"not-known\", \"remove\": \"themes\"}", true },
        { "{\"themesKnown\": \"not-known\"}", false },
        { "{\"themesKnown\": \"known\", \"themes\": []}", false },
        { "{\"themesKnown\": \"partly-known\", \"themes\": []}", false },
        { "{\"themesKnown\": \"partly-known\"}", true },
        { "{\"remove\": \"themes\"}", false },
    };

    /// <summary>
    /// Each knowledge rule as a validator of another language sees it: the changes are applied to the Rotherham example
    /// (which has a team, a notification and themes, and no methods); themes and themesKnown go to its first line of
    /// enquiry; "remove" leaves a property out.
    /// </summary>
    [Theory]
    [MemberData(nameof(KnowledgeForms))]
    public void The_schema_says_what_not_known_means(string changes, bool valid)
    {
        var example = JsonNode.Parse(RepositoryFiles.Read("docs", "examples", "rotherham-2011.json"))!.AsObject();
        var line = example["linesOfEnquiry"]![0]!.AsObject();
        foreach (var (name, value) in JsonNode.Parse(changes)!.AsObject().ToList())
        {
            var holder = name is "themes" or "themesKnown" || value?.ToString() is "themes" ? line : example;
            if (name == "remove")
            {
                holder.Remove(value!.ToString());
            }
            else
            {
                holder[name] = value?.DeepClone();
            }
        }

        var result = Evaluate(example.ToJsonString());

        Assert.True(valid == result.IsValid, $"{changes}: expected {(valid ? "valid" : "not valid")}. {Describe(result)}");
    }

    [Theory]
    [InlineData("2011-10-03", true)]
    [InlineData("2010-01", true)]
    [InlineData("2010", true)]
    [InlineData("2012~", true)]
    [InlineData("2010-01~", true)]
    [InlineData("2010-13", false)]
    [InlineData("2010-01-32", false)]
    [InlineData("Jan 2010", false)]
    [InlineData("10-2010", false)]
    [InlineData("~2012", false)]
    [InlineData("0000", false)]
    [InlineData("0000-01", false)]
    public void A_partial_date_is_accepted_in_the_on_site_start_and_anything_else_is_not(string onSiteStart, bool valid)
    {
        var example = JsonNode.Parse(RepositoryFiles.Read("docs", "examples", "rotherham-2011.json"))!.AsObject();
        example["schemaVersion"] = "1.1.0";
        example["timeline"]!["onSiteStart"] = onSiteStart;
        example["timeline"]!.AsObject().Remove("onSiteEnd");

        var result = Evaluate(example.ToJsonString());

        Assert.True(valid == result.IsValid, $"{onSiteStart}: {Describe(result)}");
        Assert.Equal(valid, ChallengeRecordReader.Read(example.ToJsonString()).Succeeded);
    }

    [Fact]
    public void An_editors_schema_property_is_valid_at_the_root_and_the_reader_keeps_it_without_a_warning()
    {
        var example = JsonNode.Parse(RepositoryFiles.Read("docs", "examples", "rotherham-2011.json"))!.AsObject();
        example.Insert(0, "$schema", "../schemas/challenge-record.schema.json");

        Assert.True(Evaluate(example.ToJsonString()).IsValid);
        var read = ChallengeRecordReader.Read(example.ToJsonString());
        Assert.Empty(read.Issues);
        Assert.Equal("../schemas/challenge-record.schema.json", JsonNode.Parse(ChallengeRecordWriter.Write(read.Value!))!["$schema"]!.GetValue<string>());

        example["$schema"] = 42;
        Assert.False(Evaluate(example.ToJsonString()).IsValid);
    }

    internal static readonly Lazy<JsonSchema> RecordSchema = new(() => JsonSchema.FromText(ChallengeSchemas.Get(ChallengeSchemas.ChallengeRecord)));

    internal static readonly Lazy<JsonSchema> EditionSchema = new(() => JsonSchema.FromText(ChallengeSchemas.Get(ChallengeSchemas.Edition)));

    /// <summary>The document <paramref name="json"/> with the value at <paramref name="pointer"/> (a JSON Pointer to an existing property) replaced by <paramref name="value"/> (JSON text).</summary>
    internal static JsonNode Replace(string json, string pointer, string value)
    {
        var node = JsonNode.Parse(json)!;
        var steps = pointer.Split('/')[1..];
        var parent = steps[..^1].Aggregate(node, (n, step) => int.TryParse(step, out var i) ? n[i]! : n[step]!);
        parent[steps[^1]] = JsonNode.Parse(value);
        return node;
    }

    internal static EvaluationResults Evaluate(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return RecordSchema.Value.Evaluate(document.RootElement.Clone(), new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
    }

    internal static string Describe(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public void Every_reference_of_the_schema_points_at_a_definition_in_it(string name)
    {
        // A validator that compiles the whole schema (not only the parts a document reaches) refuses a dangling $ref.
        var schema = JsonNode.Parse(ChallengeSchemas.Get(name))!;
        var references = new List<string>();
        Collect(schema);

        Assert.NotEmpty(references);
        Assert.All(references, reference => Assert.Matches("^#/\\$defs/[A-Za-z]+$", reference));
        Assert.All(references, reference => Assert.NotNull(schema["$defs"]![reference["#/$defs/".Length..]]));

        void Collect(JsonNode? node)
        {
            if (node is JsonObject properties)
            {
                foreach (var (key, value) in properties)
                {
                    if (key == "$ref")
                    {
                        references.Add(value!.GetValue<string>());
                    }

                    Collect(value);
                }
            }
            else if (node is JsonArray items)
            {
                foreach (var item in items)
                {
                    Collect(item);
                }
            }
        }
    }

    [Theory]
    [InlineData("not-known", "[]", true)]
    [InlineData("not-known", "[\"outcomes\"]", false)]
    [InlineData("partly-known", "[\"outcomes\"]", true)]
    [InlineData("partly-known", "[]", false)]
    [InlineData("known", "[]", false)]
    [InlineData(null, "[]", false)]
    public void Schema_and_validator_agree_on_the_themes_of_a_line_of_enquiry_whose_mapping_may_not_be_known(string? themesKnown, string themes, bool valid)
    {
        var example = JsonNode.Parse(RepositoryFiles.Read("docs", "examples", "rotherham-2011.json"))!.AsObject();
        example["linesOfEnquiry"]![0]!["themes"] = JsonNode.Parse(themes);
        if (themesKnown is not null)
        {
            example["linesOfEnquiry"]![0]!["themesKnown"] = themesKnown;
        }

        Assert.Equal(valid, Evaluate(example.ToJsonString()).IsValid);
        var read = ChallengeRecordReader.Read(example.ToJsonString());
        Assert.Equal(valid, !new ChallengeRecordValidator().ValidateRecord(read.Value!).Any(i => i.IsError && i.Path.ToString() == "/linesOfEnquiry/0/themes"));
    }
}
