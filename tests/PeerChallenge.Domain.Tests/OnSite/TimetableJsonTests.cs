using System.Text;
using System.Text.Json.Nodes;
using PeerChallenge.Domain.OnSite;

namespace PeerChallenge.Domain.Tests.OnSite;

/// <summary>The timetable in the interchange document: written and read back, times to the minute, unknown properties kept, the edition's on-site data.</summary>
public sealed class TimetableJsonTests
{
    [Fact]
    public void A_record_with_a_timetable_reads_back_equal_and_writes_back_the_same_bytes()
    {
        var json = ChallengeRecordWriter.Write(TimetableTestRecords.Record);

        var read = ChallengeRecordReader.Read(json);

        Assert.True(read.Succeeded, string.Join("\n", read.Issues));
        Assert.Empty(read.Issues);
        Assert.Equal(TimetableTestRecords.Record, read.Value);
        Assert.Equal(json, ChallengeRecordWriter.Write(read.Value));
    }

    [Fact]
    public void A_session_is_written_with_local_times_to_the_minute_and_the_timetable_last()
    {
        var json = JsonNode.Parse(ChallengeRecordWriter.Write(TimetableTestRecords.Record))!.AsObject();

        var session = json["timetable"]!["sessions"]![0]!.AsObject();
        Assert.Equal("timetable", json.Last().Key);
        Assert.Equal(["id", "kind", "start", "end", "place", "teamMembers", "participants", "themes", "linesOfEnquiry"], session.Select(p => p.Key));
        Assert.Equal("2011-10-03T09:00", session["start"]!.GetValue<string>());
        Assert.Equal("opening-meeting", session["kind"]!.GetValue<string>());
        Assert.Equal("""{"roleGroup":"partner-agency","agencyType":"health and police","expected":8}""", session["participants"]![0]!.ToJsonString());
        Assert.Null(json["timetable"]!["sessions"]![4]!["place"]);
    }

    [Fact]
    public void A_time_with_seconds_is_refused_by_the_reader_and_by_the_session()
    {
        var json = JsonNode.Parse(ChallengeRecordWriter.Write(TimetableTestRecords.Record))!;
        json["timetable"]!["sessions"]![1]!["start"] = "2011-10-03T11:00:00";

        var issue = Assert.Single(ChallengeRecordReader.Read(json.ToJsonString()).Issues);

        Assert.Equal(("PC0007", "/timetable/sessions/1/start"), (issue.Code.Code, issue.Path.ToString()));
        Assert.Equal("The value is not a date and time in yyyy-MM-ddTHH:mm form, for example 2011-10-03T09:30.", issue.Message);
        Assert.Throws<ArgumentException>(() => TimetableTestRecords.Week.Sessions[0] with { Start = TimetableTestRecords.At(3, "09:00").PlusSeconds(1) });
    }

    [Fact]
    public void An_unknown_session_kind_is_refused_with_the_known_codes()
    {
        var json = JsonNode.Parse(ChallengeRecordWriter.Write(TimetableTestRecords.Record))!;
        json["timetable"]!["sessions"]![1]!["kind"] = "lunch";

        var issue = Assert.Single(ChallengeRecordReader.Read(json.ToJsonString()).Issues);

        Assert.Equal("/timetable/sessions/1/kind", issue.Path.ToString());
        Assert.Contains("opening-meeting", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Local_fields_of_the_timetable_its_sessions_and_their_groups_are_kept_and_written_back()
    {
        var json = JsonNode.Parse(ChallengeRecordWriter.Write(TimetableTestRecords.Record))!;
        json["timetable"]!["x-version"] = 3;
        json["timetable"]!["sessions"]![0]!["x-room-booking"] = "RB-1";
        json["timetable"]!["sessions"]![0]!["participants"]![0]!["x-invited"] = 9;
        var original = json.ToJsonString();

        var read = ChallengeRecordReader.Read(original);

        Assert.True(read.Succeeded, string.Join("\n", read.Issues));
        Assert.Empty(read.Issues);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(original), JsonNode.Parse(ChallengeRecordWriter.Write(read.Value))));
    }

    [Fact]
    public void A_misspelt_session_property_is_a_warning_at_its_pointer()
    {
        var json = JsonNode.Parse(ChallengeRecordWriter.Write(TimetableTestRecords.Record))!;
        json["timetable"]!["sessions"]![2]!["palce"] = "Room 9";

        var issue = Assert.Single(ChallengeRecordReader.Read(json.ToJsonString()).Issues);

        Assert.Equal(("PC0012", "/timetable/sessions/2/palce"), (issue.Code.Code, issue.Path.ToString()));
    }

    [Fact]
    public void The_2011_edition_writes_its_on_site_data_and_an_edition_without_it_writes_none()
    {
        var written = JsonNode.Parse(ChallengeRecordWriter.WriteEdition(BuiltInEditions.Lgg2011))!;
        var without = JsonNode.Parse(ChallengeRecordWriter.WriteEdition(BuiltInEditions.Lgg2011 with { OnSiteGroups = [], OnSiteRequirements = [] }))!;

        Assert.Equal("""["senior-officer","elected-member","partner-agency","front-line-staff"]""", written["onSiteGroups"]!.ToJsonString());
        Assert.Equal("""{"kind":"opening-meeting","day":"first","with":"partner-agency"}""", written["onSiteRequirements"]![0]!.ToJsonString());
        Assert.Null(without["onSiteGroups"]);
        Assert.Null(without["onSiteRequirements"]);

        var read = ChallengeRecordReader.ReadEdition(Encoding.UTF8.GetBytes(written.ToJsonString()));
        Assert.Equal(BuiltInEditions.Lgg2011, read.Value);
    }

    [Fact]
    public void The_edition_validator_checks_the_kind_of_a_required_session()
    {
        var edition = BuiltInEditions.Lgg2011 with { OnSiteRequirements = [new SessionRequirement { Kind = "Opening Meeting", Day = RequiredDay.First }] };

        var issue = Assert.Single(new EditionValidator().Validate(edition).ToIssues());

        Assert.Equal(FrameworkIssueCodes.MalformedCode, issue.Code);
        Assert.Equal("/onSiteRequirements/0/kind", issue.Path.ToString());
    }

    [Fact]
    public void The_example_with_its_week_conforms_to_the_published_schema()
    {
        var result = Serialization.SchemaTests.Evaluate(RepositoryFiles.Read("docs", "examples", "rotherham-2011.json"));

        Assert.True(result.IsValid, Serialization.SchemaTests.Describe(result));
    }

    [Fact]
    public void The_schema_publishes_session_times_to_the_minute_and_session_kinds_as_a_codelist()
    {
        var schema = JsonNode.Parse(ChallengeSchemas.Get(ChallengeSchemas.ChallengeRecord))!;
        var session = schema["$defs"]!["Session"]!["properties"]!;

        Assert.Equal("^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]$", session["start"]!["pattern"]!.GetValue<string>());
        Assert.Equal(SessionKind.All.Select(k => k.Code), session["kind"]!["enum"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.All(session.AsObject(), p => Assert.NotNull(p.Value!["description"]));
    }
}
