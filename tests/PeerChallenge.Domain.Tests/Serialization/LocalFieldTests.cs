using System.Text;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace PeerChallenge.Domain.Tests.Serialization;

/// <summary>
/// Local fields (names starting x-) are kept and never reported; any other property the format does not have is a
/// warning (PC0012) in a document of this version or older, at its pointer, on the fast path and the diagnostic path alike.
/// </summary>
public sealed class LocalFieldTests
{
    private static readonly string Example = RepositoryFiles.Read("docs", "examples", "rotherham-2011.json");

    [Fact]
    public void A_misspelt_property_is_a_warning_at_its_pointer_and_the_record_is_still_read()
    {
        var document = Mutate(d => d["team"]![0]!["nmae"] = "Jane Doe");

        var result = ChallengeRecordReader.Read(document);

        Assert.True(result.Succeeded);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(("PC0012", IssueSeverity.Warning, "/team/0/nmae"), (issue.Code.Code, issue.Severity, issue.Path.ToString()));
        Assert.Equal(
            "The property 'nmae' is not part of format 1.2, so it is not read (it is kept and written back unchanged). Did you mean 'name'? If it is a local field, name it x-nmae: names starting x- are never used by the format.",
            issue.Message);
        Assert.DoesNotContain("Jane", issue.Message, StringComparison.Ordinal);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(document), JsonNode.Parse(ChallengeRecordWriter.Write(result.Value))));
    }

    [Fact]
    public void Local_fields_anywhere_are_kept_written_back_and_never_reported()
    {
        var document = Mutate(d =>
        {
            d["x-planner"] = new JsonObject { ["version"] = "2.4.1", ["anything"] = new JsonArray(1, "two", null) };
            d["hostCouncil"]!["x-region"] = "yorkshire-humber";
            d["team"]![2]!["x-availability"] = new JsonObject { ["days"] = 4 };
            d["timeline"]!["x-feedback"] = "not a date";
            d["linesOfEnquiry"]![1]!["x-priority"] = 1;
            d["ofstedNotification"]!["x-reference"] = null;
            d["contact"]!["x-"] = true;
        });

        var result = ChallengeRecordReader.Read(document);

        Assert.True(result.Succeeded);
        Assert.Empty(result.Issues);
        Assert.True(result.Value.Team[2].UnknownProperties!.ContainsKey("x-availability"));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(document), JsonNode.Parse(ChallengeRecordWriter.Write(result.Value))));
    }

    [Theory]
    [InlineData("1.0.0")]
    [InlineData("1.1.0")]
    [InlineData("1.1.7")]
    public void Unknown_properties_are_reported_in_documents_of_this_version_or_older(string version)
    {
        var document = Mutate(d =>
        {
            d["schemaVersion"] = version;
            d["scrutinyCommittee"] = new JsonArray();
            d["timeline"]!["onSiteEnds"] = "2011-10-07";
            d["linesOfEnquiry"]![3]!["Themes"] = new JsonArray("outcomes");
        });

        var result = ChallengeRecordReader.Read(document);

        Assert.True(result.Succeeded);
        Assert.Equal(
            [("PC0012", "/scrutinyCommittee"), ("PC0012", "/timeline/onSiteEnds"), ("PC0012", "/linesOfEnquiry/3/Themes")],
            result.Issues.Select(i => (i.Code.Code, i.Path.ToString())));
        Assert.Contains("Did you mean 'onSiteEnd'?", result.Issues[1].Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'themes'?", result.Issues[2].Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Did you mean", result.Issues[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_of_a_newer_minor_version_gets_no_unknown_property_warnings()
    {
        var document = Mutate(d =>
        {
            d["schemaVersion"] = "1.3.0";
            d["scrutinyCommittee"] = new JsonArray(new JsonObject { ["kind"] = "strength" });
            d["team"]![0]!["availability"] = 5;
        });

        var result = ChallengeRecordReader.Read(document);

        Assert.True(result.Succeeded);
        Assert.Equal([("PC0010", "/schemaVersion")], result.Issues.Select(i => (i.Code.Code, i.Path.ToString())));
    }

    [Fact]
    public void The_diagnostic_reader_reports_the_same_warnings_as_the_fast_path()
    {
        var unknowns = Mutate(d =>
        {
            d["hostCouncil"]!["region"] = "north";
            d["team"]![4]!["x-note"] = "kept";
            d["team"]![5]!["Role"] = "challenge-manager";
            d["partnerAgencies"]![0]!["name2"] = "x";
        });

        // An escaped surrogate pair sends a sound document to the diagnostic reader.
        var diagnosed = unknowns.Replace("\"title\":\"Improving", "\"title\":\"\\ud83d\\ude00 Improving", StringComparison.Ordinal);
        Assert.NotEqual(unknowns, diagnosed);

        var fast = ChallengeRecordReader.Read(unknowns);
        var slow = ChallengeRecordReader.Read(diagnosed);

        Assert.True(fast.Succeeded && slow.Succeeded);
        Assert.Equal(["/hostCouncil/region", "/partnerAgencies/0/name2", "/team/5/Role"], fast.Issues.Select(i => i.Path.ToString()));
        Assert.Equal(fast.Issues, slow.Issues);
    }

    [Fact]
    public void A_document_with_errors_also_names_the_misspelt_property()
    {
        var document = Mutate(d =>
        {
            var council = d["hostCouncil"]!.AsObject();
            council["nmae"] = council["name"]!.DeepClone();
            council.Remove("name");
        });

        var result = ChallengeRecordReader.Read(document);

        Assert.False(result.Succeeded);
        Assert.Equal([("PC0012", "/hostCouncil/nmae"), ("PC0006", "/hostCouncil/name")], result.Issues.Select(i => (i.Code.Code, i.Path.ToString())));
    }

    [Fact]
    public void Names_are_compared_exactly_and_escaped_in_the_pointer()
    {
        var document = Mutate(d =>
        {
            d["X-upper"] = 1;
            d["a/b~c"] = 2;
            d["x_underscore"] = 3;
        });

        var result = ChallengeRecordReader.Read(document);

        Assert.Equal(["/X-upper", "/a~1b~0c", "/x_underscore"], result.Issues.Select(i => i.Path.ToString()));
        Assert.All(result.Issues, i => Assert.Equal(ReadingIssueCodes.UnknownProperty, i.Code));
    }

    [Fact]
    public void A_very_long_name_is_cut_in_the_message()
    {
        var name = new string('q', 5000);
        var result = ChallengeRecordReader.Read(Mutate(d => d[name] = 1));

        var issue = Assert.Single(result.Issues);
        Assert.Equal("/" + name, issue.Path.ToString());
        Assert.True(issue.Message.Length < 500, issue.Message);
        Assert.Contains(new string('q', 64) + "…'", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_edition_follows_the_same_rule_alone_and_inside_a_record()
    {
        var edition = JsonNode.Parse(ChallengeRecordWriter.WriteEdition(BuiltInEditions.Lgg2011 with { Code = EditionCode.Parse("regional-2014") }))!.AsObject();
        edition["x-source"] = "regional framework";
        edition["themes"]![0]!["nmae"] = "Outcomes";
        edition["roles"]![1]!["x-note"] = "kept";

        var alone = ChallengeRecordReader.ReadEdition(Encoding.UTF8.GetBytes(edition.ToJsonString()));

        Assert.True(alone.Succeeded);
        Assert.Equal([("PC0012", "/themes/0/nmae")], alone.Issues.Select(i => (i.Code.Code, i.Path.ToString())));
        Assert.True(JsonNode.DeepEquals(edition, JsonNode.Parse(ChallengeRecordWriter.WriteEdition(alone.Value))));

        var record = Mutate(d =>
        {
            d["edition"] = "regional-2014";
            d["editionDefinition"] = edition.DeepClone();
        });
        var inRecord = ChallengeRecordReader.Read(record);

        Assert.True(inRecord.Succeeded);
        Assert.Equal([("PC0012", "/editionDefinition/themes/0/nmae")], inRecord.Issues.Select(i => (i.Code.Code, i.Path.ToString())));
    }

    [Fact]
    public void Generated_records_carry_local_fields_and_read_without_issues()
    {
        var generated = global::PeerChallenge.Domain.Testing.RecordGenerator.Generate(seed: 9, teamMembers: 12, linesOfEnquiry: 8);

        Assert.True(generated.Record.UnknownProperties!.Keys.All(UnknownPropertyCheck.IsLocalField));
        Assert.Empty(ChallengeRecordReader.Read(generated.Json).Issues);
    }

    [Fact]
    public void A_record_written_at_1_0_reads_without_issues_and_is_written_back_unchanged_with_its_version()
    {
        var example = RepositoryFiles.Read(Examples.RotherhamExampleTests.Format10Copy.Split('/'));
        Assert.Contains("\"schemaVersion\": \"1.0.0\"", example, StringComparison.Ordinal);

        var result = ChallengeRecordReader.Read(example);

        Assert.Empty(result.Issues);
        Assert.Equal(new SchemaVersion(1, 0, 0), result.Value!.SchemaVersion);
        Assert.Empty(new ChallengeRecordValidator().ValidateRecord(result.Value));
        Assert.Equal(example.ReplaceLineEndings("\n").TrimEnd('\n'), ChallengeRecordWriter.Write(result.Value).ReplaceLineEndings("\n").TrimEnd('\n'));
    }

    [Fact]
    public void No_property_of_the_format_starts_with_the_local_field_prefix()
    {
        var names = PropertyNames(PeerChallengeJson.ChallengeRecordTypeInfo).Concat(PropertyNames(PeerChallengeJson.EditionTypeInfo)).ToList();

        Assert.Contains("ChallengeRecord.teamKnown", names);
        Assert.Contains("ThemeDefinition.code", names);
        Assert.Contains("OrganisationName.from", names);
        Assert.DoesNotContain(names, n => n[(n.IndexOf('.', StringComparison.Ordinal) + 1)..].StartsWith("x-", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>"Type.property" for every JSON property of every object type reachable from <paramref name="root"/>.</summary>
    private static IEnumerable<string> PropertyNames(JsonTypeInfo root)
    {
        var seen = new HashSet<Type>();
        var pending = new Stack<JsonTypeInfo>([root]);
        while (pending.TryPop(out var typeInfo))
        {
            if (!seen.Add(typeInfo.Type))
            {
                continue;
            }

            if (typeInfo.ElementType is { } element)
            {
                pending.Push(typeInfo.Options.GetTypeInfo(element));
            }

            if (typeInfo.Kind != JsonTypeInfoKind.Object)
            {
                continue;
            }

            foreach (var property in typeInfo.Properties.Where(p => !p.IsExtensionData))
            {
                yield return $"{typeInfo.Type.Name}.{property.Name}";
                pending.Push(typeInfo.Options.GetTypeInfo(property.PropertyType));
            }
        }
    }

    private static string Mutate(Action<JsonObject> change)
    {
        var document = JsonNode.Parse(Example)!.AsObject();
        change(document);
        return document.ToJsonString();
    }
}
