using System.Globalization;
using System.Text.Json.Nodes;
using NodaTime;
using PeerChallenge.Domain.Serialization;
using PeerChallenge.Domain.Tests.Serialization;

namespace PeerChallenge.Domain.Tests.Examples;

/// <summary>
/// The records of past reviews in docs/examples/past (docs/past-reviews.md): compiled from published sources, they hold
/// what the sources say and no more, and every fact they cite comes from a source they list.
/// </summary>
public sealed class PastReviewExampleTests
{
    public static TheoryData<string> Files => [.. FileNames()];

    [Fact]
    public void The_folder_holds_the_two_examples_of_the_issue()
    {
        Assert.Superset(new HashSet<string> { "manchester-2013.json", "northumberland-2010.json" }, FileNames().ToHashSet());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Example_reads_with_no_issue(string file)
    {
        var read = ChallengeRecordReader.Read(File.ReadAllBytes(PathOf(file)));

        Assert.True(read.Succeeded);
        Assert.Empty(read.Issues);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Example_validates_with_no_error_and_no_warning(string file)
    {
        var issues = new ChallengeRecordValidator().ValidateRecord(Read(file));

        // What the sources do not give is said as information notes (what could not be checked), never as a problem.
        Assert.All(issues, i => Assert.Same(IssueSeverity.Information, i.Severity));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Example_round_trips_byte_for_byte(string file)
    {
        var text = File.ReadAllText(PathOf(file)).ReplaceLineEndings("\n");

        var written = ChallengeRecordWriter.Write(Read(file)).ReplaceLineEndings("\n");

        Assert.Equal(text, written + "\n");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Example_conforms_to_the_record_schema(string file)
    {
        var result = SchemaTests.Evaluate(File.ReadAllText(PathOf(file)));

        Assert.True(result.IsValid);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Example_is_a_past_review_with_sources(string file)
    {
        var record = Read(file);

        Assert.Same(RecordKind.PastReview, record.Kind);
        Assert.NotEmpty(record.Sources);
        Assert.Equal(new SchemaVersion(1, 1, 0), record.SchemaVersion); // format 1.1; 1.2 adds only the export
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_source_the_example_cites_is_one_of_its_sources(string file)
    {
        var record = Read(file);
        var ids = record.Sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);

        var cited = record.Team.SelectMany(m => m.Sources)
            .Concat(record.LinesOfEnquiry.SelectMany(l => l.Sources))
            .Concat(record.EarlierReviews.SelectMany(e => e.Sources))
            .Concat(record.Citations.SelectMany(c => c.Sources))
            .ToList();

        Assert.NotEmpty(cited);
        Assert.All(cited, id => Assert.Contains(id, ids));
        Assert.All(record.Citations, c => Assert.NotEmpty(c.Sources));
        Assert.Equal(record.Sources.Count, ids.Count);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_citation_is_about_a_part_the_example_gives(string file)
    {
        var document = JsonNode.Parse(File.ReadAllText(PathOf(file)))!;
        var record = Read(file);

        Assert.NotEmpty(record.Citations);
        Assert.All(record.Citations, c => Assert.True(Resolves(document, c.About), $"{c.About} points at nothing in {file}."));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Example_names_nobody_and_says_what_its_sources_do_not_give(string file)
    {
        var record = Read(file);

        Assert.All(record.Team, m => Assert.Null(m.Name));
        Assert.All(record.Team, m => Assert.NotNull(m.Status));
        Assert.All(record.Team, m => Assert.NotEmpty(m.Sources));
        Assert.Null(record.Contact);
        Assert.Null(record.Timeline.LeadInStart);
        Assert.Null(record.OfstedNotification);
        Assert.Same(Knowledge.NotKnown, record.OfstedNotificationKnown);
        Assert.Empty(record.Methods);
        Assert.Same(Knowledge.NotKnown, record.MethodsKnown);
        Assert.NotNull(record.ConductedBy);
        Assert.Same(Sector.Lga, record.ConductedBy.Sector);
    }

    [Fact]
    public void Manchester_is_from_4_February_2013_with_no_known_end_and_a_partly_known_team()
    {
        var record = Read("manchester-2013.json");

        Assert.Equal(new LocalDate(2013, 2, 4), record.Timeline.OnSiteStart.TryGetDay(out var start) ? start : default);
        Assert.Null(record.Timeline.OnSiteEnd);
        Assert.Equal(EditionCode.LgaPeerReview2012, record.Edition);
        Assert.Same(Knowledge.PartlyKnown, record.TeamKnown);
        Assert.Equal(
            ["team-leader", "member-peer", "officer-peer", "officer-peer", "health-peer", "analyst-peer"],
            record.Team.Select(m => m.Role.Value));
        Assert.DoesNotContain(record.Team, m => m.Role == RoleCode.ChallengeManager);
    }

    [Fact]
    public void Manchester_has_a_second_officer_peer_to_be_confirmed()
    {
        var officerPeers = Read("manchester-2013.json").Team.Where(m => m.Role == RoleCode.OfficerPeer).ToList();

        Assert.Equal([MemberStatus.Confirmed, MemberStatus.ToBeConfirmed], officerPeers.Select(m => m.Status));
        var toBeConfirmed = Assert.Single(officerPeers, m => m.IsToBeConfirmed);
        Assert.Null(toBeConfirmed.Name);
        Assert.Null(toBeConfirmed.HomeOrganisation);
    }

    [Fact]
    public void Manchester_says_what_was_not_checked_once_each()
    {
        var issues = new ChallengeRecordValidator().ValidateRecord(Read("manchester-2013.json"));

        Assert.Equal(
            [("PC0211", "/teamKnown"), ("PC0311", "/timeline"), ("PC0312", "/ofstedNotificationKnown")],
            issues.Select(i => (i.Code.Code, i.Path.ToString())).Order());
    }

    [Fact]
    public void Northumberland_lines_of_enquiry_are_not_mapped_to_themes()
    {
        var record = Read("northumberland-2010.json");

        Assert.Equal(3, record.LinesOfEnquiry.Count);
        Assert.All(record.LinesOfEnquiry, l => Assert.Same(Knowledge.NotKnown, l.ThemesKnown));
        Assert.All(record.LinesOfEnquiry, l => Assert.Empty(l.Themes));
    }

    [Fact]
    public void Northumberland_team_of_seven_took_part_and_is_not_named()
    {
        var record = Read("northumberland-2010.json");

        Assert.Equal(7, record.Team.Count);
        Assert.Same(Knowledge.Known, record.TeamKnown);
        Assert.All(record.Team, m => Assert.Null(m.Name));
        Assert.All(record.Team, m => Assert.Same(MemberStatus.Confirmed, m.Status));
        Assert.Equal(
            ["county council", "county council", "county council", "primary care trust", "council"],
            record.Team.Select(m => m.HomeOrganisationKind).OfType<string>());
        Assert.Same(Sector.Health, record.Team.Single(m => m.Role.Value == "health-peer").EffectiveSector);
        Assert.Single(record.Team, m => m.ElectedMember);
    }

    [Fact]
    public void Northumberland_defines_the_six_area_benchmark_as_its_edition()
    {
        var record = Read("northumberland-2010.json");

        Assert.Equal(record.Edition, record.EditionDefinition!.Code);
        Assert.Equal(
            ["Legislation and policy", "Leadership, accountability and culture", "Capacity and capability", "Effective practice", "Performance, evaluation and monitoring", "LSCBs and working together"],
            record.EditionDefinition.Themes.Select(t => t.Name));
        Assert.Equal(7, record.EditionDefinition.Roles.Count);
        Assert.All(record.EditionDefinition.Roles, r => Assert.Equal((0, 0, (int?)null), (r.Minimum, r.Expected, r.Maximum)));
        Assert.Equal((new LocalDate(2010, 1, 18), new LocalDate(2010, 1, 22)), (record.Timeline.OnSiteStart.Earliest, record.Timeline.OnSiteEnd!.Value.Earliest));
        Assert.Equal(["PC0312"], new ChallengeRecordValidator().ValidateRecord(record).Select(i => i.Code.Code));
    }

    private static string[] FileNames() =>
        [.. Directory.GetFiles(RepositoryFiles.PathOf("docs", "examples", "past"), "*.json").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    private static string PathOf(string file) => RepositoryFiles.PathOf("docs", "examples", "past", file);

    private static ChallengeRecord Read(string file)
    {
        var read = ChallengeRecordReader.Read(File.ReadAllBytes(PathOf(file)));
        Assert.True(read.Succeeded, string.Join("; ", read.Issues.Select(i => $"{i.Code.Code} {i.Path}")));
        return read.Value;
    }

    private static bool Resolves(JsonNode node, JsonPointer pointer)
    {
        JsonNode? at = node;
        foreach (var segment in pointer.Segments)
        {
            at = at switch
            {
                JsonObject o when o.TryGetPropertyValue(segment, out var value) => value,
                JsonArray a when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < a.Count => a[i],
                _ => null,
            };
            if (at is null)
            {
                return false;
            }
        }

        return true;
    }
}
