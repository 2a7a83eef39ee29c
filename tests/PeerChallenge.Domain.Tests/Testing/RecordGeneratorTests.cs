using System.Diagnostics;
using System.Text;
using PeerChallenge.Domain.Testing;

namespace PeerChallenge.Domain.Tests.Testing;

/// <summary>The shared generator of records (tests/PeerChallenge.Domain.Testing): deterministic, realistic, valid at every scale.</summary>
public sealed class RecordGeneratorTests
{
    [Fact]
    public void The_same_seed_and_size_give_byte_identical_json()
    {
        var first = RecordGenerator.Generate(seed: 7, teamMembers: 40, linesOfEnquiry: 60);
        var second = RecordGenerator.Generate(seed: 7, teamMembers: 40, linesOfEnquiry: 60);

        Assert.Equal(first.Json, second.Json);
        Assert.Equal(first.Record, second.Record);
    }

    [Fact]
    public void Another_seed_gives_another_record()
    {
        var first = RecordGenerator.Generate(seed: 7, teamMembers: 40, linesOfEnquiry: 60);
        var second = RecordGenerator.Generate(seed: 8, teamMembers: 40, linesOfEnquiry: 60);

        Assert.NotEqual(first.Json, second.Json);
    }

    [Fact]
    public void The_json_is_what_the_writer_writes_and_reads_back_equal()
    {
        var generated = RecordGenerator.Generate(RecordScale.Example2011);
        var read = ChallengeRecordReader.Read(generated.Json);

        Assert.Equal(ChallengeRecordWriter.Write(generated.Record), Encoding.UTF8.GetString(generated.Json));
        Assert.True(read.Succeeded, string.Join("\n", read.Issues));
        Assert.Empty(read.Issues);
        Assert.Equal(generated.Record, read.Value);
    }

    [Fact]
    public void Example2011_is_shaped_like_the_rotherham_example()
    {
        var record = RecordGenerator.Generate(RecordScale.Example2011).Record;

        Assert.Equal(EditionCode.Lgg2011, record.Edition);
        Assert.Equal(2011, record.Timeline.OnSiteStart.Year);
        Assert.Equal(["team-leader", "member-peer", "officer-peer", "health-peer", "off-site-peer", "challenge-manager"], record.Team.Select(m => m.Role.Value));
        Assert.Equal(["tm-1", "tm-2", "tm-3", "tm-4", "tm-5", "tm-6"], record.Team.Select(m => m.Id));
        Assert.Equal(4, record.LinesOfEnquiry.Count);
        Assert.Equal(["GB-NHS", "GB-NHS", "GB-POL", "GB-LSCB"], record.PartnerAgencies.Select(p => p.Id.ListPrefix));
        Assert.True(record.HostCouncil.Id.IsEnglishLocalAuthority);
        Assert.NotNull(record.Contact);
        Assert.True(record.OfstedNotification is { Notified: true, NotifiedOn: not null });
        Assert.NotNull(record.UnknownProperties);
        Assert.NotNull(record.Timeline.UnknownProperties);
        Assert.NotNull(record.HostCouncil.UnknownProperties);
        Assert.All(record.LinesOfEnquiry, l => Assert.NotNull(l.UnknownProperties));
        Assert.InRange(Encoding.UTF8.GetByteCount(ChallengeRecordWriter.Write(record)), 4_000, 16_000);
    }

    [Theory]
    [InlineData(1, 6, 4)]
    [InlineData(2, 0, 0)]
    [InlineData(3, 25, 10)]
    [InlineData(4, 200, 300)]
    [InlineData(20111003, 6, 4)]
    public void Generated_records_have_no_issues(int seed, int teamMembers, int linesOfEnquiry)
    {
        var generated = RecordGenerator.Generate(seed, teamMembers, linesOfEnquiry);
        var read = ChallengeRecordReader.Read(generated.Json);

        Assert.True(read.Succeeded, string.Join("\n", read.Issues));
        Assert.Empty(read.Issues);
        Assert.Empty(read.Value.Issues());
    }

    [Fact]
    public void Records_of_the_2012_edition_have_no_issues()
    {
        var generated = RecordGenerator.Generate(5, 30, 30, edition: BuiltInEditions.LgaPeerReview2012);

        Assert.Contains(generated.Record.Team, m => m.Role == RoleCode.AnalystPeer);
        Assert.Empty(generated.Record.Issues());
    }

    [Fact]
    public void A_county_record_is_several_megabytes_reads_back_and_has_no_errors()
    {
        var stopwatch = Stopwatch.StartNew();
        var generated = RecordGenerator.Generate(RecordScale.County);
        var read = ChallengeRecordReader.Read(generated.Json);
        var issues = read.Value?.Issues() ?? [];

        Assert.InRange(generated.Json.Length, 3_000_000, 5_000_000);
        Assert.True(read.Succeeded, string.Join("\n", read.Issues));
        Assert.Equal(generated.Record, read.Value);
        Assert.Equal(RecordScale.County.TeamMembers, read.Value.Team.Count);
        Assert.Equal(RecordScale.County.LinesOfEnquiry, read.Value.LinesOfEnquiry.Count);
        Assert.Equal(RecordScale.County.PartnerAgencies, read.Value.PartnerAgencies.Count);
        Assert.DoesNotContain(issues, i => i.IsError);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromMinutes(2), $"generating, reading and validating the county record took {stopwatch.Elapsed}");
    }
}
