using System.Text;
using System.Text.Json.Nodes;
using NodaTime;
using PeerChallenge.Domain.Serialization;

namespace PeerChallenge.Domain.Tests.Serialization;

public sealed class ChallengeRecordReaderTests
{
    private static readonly string Example = RepositoryFiles.Read("docs", "examples", "rotherham-2011.json");

    [Fact]
    public void The_Rotherham_example_reads_with_every_fact_of_the_brief()
    {
        var result = ChallengeRecordReader.Read(Example);

        Assert.True(result.Succeeded);
        Assert.Empty(result.Issues);
        var record = result.Value;
        Assert.Equal("lgg-2011", record.Edition.Value);
        Assert.Equal(OrganisationId.Parse("GB-LAE-ROT"), record.HostCouncil.Id);
        Assert.Equal(new LocalDate(2011, 8, 8), record.Timeline.LeadInStart);
        Assert.Equal((new LocalDate(2011, 10, 3), new LocalDate(2011, 10, 7)), (record.Timeline.OnSiteStart, record.Timeline.OnSiteEnd));
        Assert.Equal(IsoDayOfWeek.Monday, record.Timeline.LeadInStart!.Value.Earliest.DayOfWeek);
        Assert.Equal(8, Period.Between(record.Timeline.LeadInStart.Value.Earliest, record.Timeline.OnSiteStart.Earliest, PeriodUnits.Weeks).Weeks);
        Assert.Equal(["team-leader", "member-peer", "officer-peer", "health-peer", "off-site-peer", "challenge-manager"], record.Team.Select(m => m.Role.Value));
        Assert.Equal(4, record.LinesOfEnquiry.Count);
        Assert.Contains("Key Stage 2", record.LinesOfEnquiry[2].Statement, StringComparison.Ordinal);
        Assert.Equal(("Sue Wilson", "Performance and Quality Manager", "01709 822511", "s.wilson@rotherham.gov.uk"), (record.Contact!.Name, record.Contact.JobTitle, record.Contact.Telephone, record.Contact.Email));
        Assert.True(record.OfstedNotification!.Notified);
        Assert.Empty(new ChallengeRecordValidator().ValidateRecord(record));
    }

    public static TheoryData<string, string, string> MalformedDocuments => new()
    {
        { "{\"schemaVersion\": \"1.0.0\",", "PC0001", "" },
        { "not json at all", "PC0001", "" },
        { "{\"schemaVersion\": \"1.0.0\", \"id\": 'single quotes'}", "PC0001", "/id" },
        { "[1, 2, 3]", "PC0005", "" },
        { "{\"id\": \"x\"}", "PC0009", "/schemaVersion" },
        { "{\"schemaVersion\": 1}", "PC0009", "/schemaVersion" },
        { "{\"schemaVersion\": \"2.0.0\"}", "PC0009", "/schemaVersion" },
        { "{\"schemaVersion\": \"1.0.0\", \"id\": \"a\", \"id\": \"b\"}", "PC0004", "/id" },
        { "{\"schemaVersion\": \"1.0.0\", \"id\": \"a\", \"hostCouncil\": {\"id\": \"GB-LAE-ROT\", \"name\": \"R\", \"name\": \"S\"}}", "PC0004", "/hostCouncil/name" },
        { "{\"schemaVersion\": \"1.0.0\", \"team\": [{}, {\"role\": \"a\", \"role\": \"b\"}]}", "PC0004", "/team/1/role" },
    };

    [Theory]
    [MemberData(nameof(MalformedDocuments))]
    public void Malformed_documents_give_one_clear_issue_with_a_path(string json, string code, string path)
    {
        var result = ChallengeRecordReader.Read(json);

        Assert.False(result.Succeeded);
        var issue = Assert.Single(result.Issues);
        Assert.Equal((code, path), (issue.Code.Code, issue.Path.ToString()));
        Assert.True(issue.IsError);
    }

    [Fact]
    public void Malformed_json_says_where()
    {
        var issue = Assert.Single(ChallengeRecordReader.Read("{\n  \"schemaVersion\": \"1.0.0\",\n  \"id\": x\n}").Issues);

        Assert.Equal("PC0001", issue.Code.Code);
        Assert.StartsWith("The file is not valid JSON at line 3, column 9: ", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_shape_problem_is_reported_at_once_with_its_path()
    {
        var document = Mutate(d =>
        {
            d["id"] = "bad id!";
            d["hostCouncil"]!.AsObject().Remove("name");
            d["team"]![0]!["electedMember"] = "no";
            d["team"]![1]!["sector"] = "space";
            d["timeline"]!["onSiteStart"] = "2011-13-03";
            d["partnerAgencies"] = new JsonObject();
            d["linesOfEnquiry"]![0]!["themes"] = new JsonArray(1, null);
            d["contact"]!["name"] = null;
        });

        var result = ChallengeRecordReader.Read(document);

        Assert.False(result.Succeeded);
        Assert.Equal(
            [
                ("PC0007", "/id"),
                ("PC0006", "/hostCouncil/name"),
                ("PC0005", "/partnerAgencies"),
                ("PC0005", "/team/0/electedMember"),
                ("PC0008", "/team/1/sector"),
                ("PC0007", "/timeline/onSiteStart"),
                ("PC0005", "/contact/name"),
                ("PC0005", "/linesOfEnquiry/0/themes/0"),
                ("PC0005", "/linesOfEnquiry/0/themes/1"),
            ],
            result.Issues.Select(i => (i.Code.Code, i.Path.ToString())));
        Assert.Equal("The value is not a known code. Use one of: local-government, health, police, education, justice, voluntary, lga, other.", result.Issues[4].Message);
        Assert.Equal("The value is not a date in yyyy-MM-dd, yyyy-MM or yyyy form (optionally followed by ~ for approximately), for example 2010-01-18, 2010-01, 2010 or 2012~.", result.Issues[5].Message);
        Assert.Equal("Expected true or false here, but found text.", result.Issues[3].Message);
    }

    [Theory]
    [InlineData("\"onSiteStart\": \"2011-10-03\"", "\"onSiteStart\": \"Jane Doe DOB 01/02/2005\"", "/timeline/onSiteStart")]
    [InlineData("\"id\": \"GB-LAE-ROT\"", "\"id\": \"Jane Doe 07700 900123\"", "/hostCouncil/id")]
    [InlineData("\"sector\": \"health\"", "\"sector\": \"Jane Doe\"", null)]
    [InlineData("\"role\": \"team-leader\"", "\"role\": \"Jane Doe\"", "/team/0/role")]
    public void Messages_never_repeat_the_value_that_was_refused(string from, string to, string? path)
    {
        var json = RepositoryFiles.Read("docs", "examples", "rotherham-2011.json");
        var index = json.IndexOf(from, StringComparison.Ordinal);
        var result = ChallengeRecordReader.Read(json[..index] + to + json[(index + from.Length)..]);

        var issue = Assert.Single(result.Issues);
        Assert.False(result.Succeeded);
        Assert.DoesNotContain("Jane", issue.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Doe", issue.Message, StringComparison.Ordinal);
        if (path is not null)
        {
            Assert.Equal(path, issue.Path.ToString());
        }
    }

    [Theory]
    [InlineData("\"title\": \"Improving", "\"title\": \"\\ud800 Improving", "/title")]
    [InlineData("\"title\": \"Improving", "\"title\": \"Improving \\udc00", "/title")]
    [InlineData("\"title\":", "\"x-note\": \"\\udbff\", \"title\":", "/x-note")]
    [InlineData("\"title\":", "\"\\ud800\": 1, \"title\":", "")]
    [InlineData("\"title\":", "\"x-note\": {\"\\udc00a\": 1}, \"title\":", "/x-note")]
    public void A_lone_surrogate_anywhere_is_refused_with_its_place_and_never_crashes(string from, string to, string path)
    {
        var json = RepositoryFiles.Read("docs", "examples", "rotherham-2011.json");
        var index = json.IndexOf(from, StringComparison.Ordinal);

        var result = ChallengeRecordReader.Read(json[..index] + to + json[(index + from.Length)..]);

        Assert.False(result.Succeeded);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(("PC0007", path), (issue.Code.Code, issue.Path.ToString()));
        Assert.Contains("lone surrogate", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_surrogate_pair_written_as_escapes_is_read_and_written_back_as_the_character()
    {
        var json = RepositoryFiles.Read("docs", "examples", "rotherham-2011.json").Replace("\"title\": \"Improving", "\"title\": \"\\ud83d\\ude00 Improving", StringComparison.Ordinal);

        var result = ChallengeRecordReader.Read(json);

        Assert.True(result.Succeeded, string.Join("\n", result.Issues));
        Assert.StartsWith("\U0001F600 Improving", result.Value.Title, StringComparison.Ordinal);
        Assert.Equal(result.Value, ChallengeRecordReader.Read(ChallengeRecordWriter.Write(result.Value)).Value);
    }

    [Fact]
    public void A_string_with_a_lone_surrogate_is_not_silently_replaced()
    {
        var result = ChallengeRecordReader.Read("{\"schemaVersion\": \"1.0.0\", \"title\": \"\ud800\"}");

        Assert.Equal(["PC0001"], result.Issues.Select(i => i.Code.Code));
    }

    [Fact]
    public void A_sound_document_is_read_by_one_pass_of_the_strict_deserializer()
    {
        var bytes = File.ReadAllBytes(RepositoryFiles.PathOf("docs", "examples", "rotherham-2011.json"));

        var direct = System.Text.Json.JsonSerializer.Deserialize(bytes, PeerChallengeJson.ChallengeRecordTypeInfo);

        Assert.Equal(ChallengeRecordReader.Read(bytes).Value, direct);
    }

    [Fact]
    public void Missing_required_sections_are_each_reported()
    {
        var result = ChallengeRecordReader.Read("{\"schemaVersion\": \"1.0.0\"}");

        Assert.Equal([("PC0006", "/id"), ("PC0006", "/hostCouncil"), ("PC0006", "/timeline")], result.Issues.Select(i => (i.Code.Code, i.Path.ToString())));
        Assert.Equal("The property 'id' is required here but missing.", result.Issues[0].Message);
    }

    [Fact]
    public void Nesting_deeper_than_64_is_refused_with_a_path()
    {
        var json = "{\"schemaVersion\": \"1.0.0\", \"extra\": " + new string('[', 70) + new string(']', 70) + "}";

        var issue = Assert.Single(ChallengeRecordReader.Read(json).Issues);

        Assert.Equal("PC0003", issue.Code.Code);
        Assert.StartsWith("/extra/0/0/", issue.Path.ToString(), StringComparison.Ordinal);
        Assert.Equal(64, issue.Path.ToString().Split('/').Length - 1);
    }

    [Fact]
    public void Nesting_of_exactly_64_levels_is_accepted_as_an_unknown_property()
    {
        // The root object is level 1 and "extra" opens level 2, so 63 arrays reach level 64.
        // Only the root's closing brace is taken off: the last property of the example is an object (the timetable).
        var json = Mutate(_ => { }).TrimEnd()[..^1] + ", \"extra\": " + new string('[', 63) + new string(']', 63) + "}";

        var result = ChallengeRecordReader.Read(json);

        Assert.True(result.Succeeded, string.Join("; ", result.Issues));
        Assert.True(result.Value.UnknownProperties!.ContainsKey("extra"));
    }

    [Theory]
    [InlineData("linesOfEnquiry", "/linesOfEnquiry/0")]
    [InlineData("team", "/team/0")]
    [InlineData("partnerAgencies", "/partnerAgencies/0")]
    public void A_null_item_in_a_list_is_refused_at_its_place(string list, string path)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(RepositoryFiles.Read("docs", "examples", "rotherham-2011.json"))!.AsObject();
        json[list]!.AsArray()[0] = null;

        var result = ChallengeRecordReader.Read(json.ToJsonString());

        Assert.False(result.Succeeded);
        Assert.Equal([("PC0005", path)], result.Issues.Select(i => (i.Code.Code, i.Path.ToString())));
    }

    [Fact]
    public void A_list_with_a_null_item_cannot_be_made_in_code() =>
        Assert.Throws<ArgumentException>(() => TestRecords.Rotherham2011 with { LinesOfEnquiry = [null!] });

    [Fact]
    public void An_endless_stream_is_read_to_the_limit_plus_one_byte_and_no_further()
    {
        using var endless = new CountingEndlessStream();

        var result = ChallengeRecordReader.Read(endless, new ChallengeReaderOptions { MaxDocumentBytes = 100_000 });

        Assert.Equal(["PC0002"], result.Issues.Select(i => i.Code.Code));
        Assert.Equal(100_001, endless.BytesRead);
    }

    /// <summary>A stream of spaces that never ends and counts what was read from it.</summary>
    private sealed class CountingEndlessStream : Stream
    {
        internal long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)' ');
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Fact]
    public void Documents_over_the_size_limit_are_refused_before_parsing()
    {
        var options = new ChallengeReaderOptions { MaxDocumentBytes = 1000 };

        var fromBytes = ChallengeRecordReader.Read(Encoding.UTF8.GetBytes(Example), options);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Example));
        var fromStream = ChallengeRecordReader.Read(stream, options);

        Assert.Equal(["PC0002"], fromBytes.Issues.Select(i => i.Code.Code));
        Assert.Equal(["PC0002"], fromStream.Issues.Select(i => i.Code.Code));
        Assert.Equal("The document is larger than the limit of 1,000 bytes, so it was not read.", fromBytes.Issues[0].Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChallengeReaderOptions { MaxDocumentBytes = 0 });
        Assert.Equal(16 * 1024 * 1024, ChallengeReaderOptions.Default.MaxDocumentBytes);
    }

    [Fact]
    public void Byte_order_mark_is_allowed_and_invalid_utf8_is_refused()
    {
        var withBom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Example)).ToArray();
        Assert.True(ChallengeRecordReader.Read(withBom).Succeeded);

        var invalid = ChallengeRecordReader.Read(new byte[] { 0x7B, 0xFF, 0xFE, 0x7D });
        Assert.Equal(["PC0001"], invalid.Issues.Select(i => i.Code.Code));
    }

    [Fact]
    public void Newer_minor_version_is_read_with_a_warning_and_its_new_properties_are_kept()
    {
        var document = Mutate(d =>
        {
            d["schemaVersion"] = "1.4.0";
            d["scrutinyCommittee"] = new JsonArray(new JsonObject { ["recommendation"] = 1, ["action"] = "Review the LSCB" });
            d["team"]![0]!["availability"] = new JsonObject { ["days"] = 5 };
            d["timeline"]!["writtenFeedback"] = "2011-11-04";
        });

        var result = ChallengeRecordReader.Read(document);

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Issues);
        Assert.Equal(("PC0010", IssueSeverity.Warning, "/schemaVersion"), (warning.Code.Code, warning.Severity, warning.Path.ToString()));
        Assert.Equal("1.4.0", result.Value.SchemaVersion.ToString());
        var written = JsonNode.Parse(ChallengeRecordWriter.Write(result.Value))!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(document), written));
    }

    [Fact]
    public void Reading_never_throws_on_arbitrary_bytes()
    {
        var random = new Random(2011);
        var seed = Encoding.UTF8.GetBytes(Example);
        for (var i = 0; i < 500; i++)
        {
            var bytes = (byte[])seed.Clone();
            for (var j = 0; j < 1 + (i % 8); j++)
            {
                const string Noise = "{}[]\":,0a\\ -tn";
                bytes[random.Next(bytes.Length)] = (byte)Noise[random.Next(Noise.Length)];
            }

            var result = ChallengeRecordReader.Read(bytes);
            Assert.True(result.Succeeded || result.Issues.Any(issue => issue.IsError));
        }
    }

    [Fact]
    public void Edition_defined_as_data_reads_and_validates()
    {
        var json = ChallengeRecordWriter.WriteEdition(Domain.Framework.BuiltInEditions.LgaPeerReview2012 with { Code = EditionCode.Parse("regional-2014") });

        var result = ChallengeRecordReader.ReadEdition(Encoding.UTF8.GetBytes(json));

        Assert.True(result.Succeeded);
        Assert.Equal("regional-2014", result.Value.Code.Value);
        Assert.Equal(Domain.Framework.BuiltInEditions.LgaPeerReview2012.Roles, result.Value.Roles);
        Assert.Empty(new Domain.Framework.EditionValidator().Validate(result.Value).ToIssues());
    }

    private static string Mutate(Action<JsonObject> change)
    {
        var document = JsonNode.Parse(Example)!.AsObject();
        change(document);
        return document.ToJsonString();
    }
}
