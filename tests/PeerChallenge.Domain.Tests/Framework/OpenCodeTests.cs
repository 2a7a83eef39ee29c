using System.Text;

namespace PeerChallenge.Domain.Tests.Framework;

/// <summary>The open codes of the framework: <see cref="RoleCode"/>, <see cref="ThemeCode"/>, <see cref="EditionCode"/>, <see cref="MethodCode"/>.</summary>
public sealed class OpenCodeTests
{
    [Theory]
    [InlineData("team-leader")]
    [InlineData("a")]
    [InlineData("lgg-2011")]
    [InlineData("x1-2-3")]
    public void Any_well_formed_code_is_accepted(string text)
    {
        Assert.Equal(text, RoleCode.Parse(text).Value);
        Assert.True(ThemeCode.TryParse(text, out var theme) && theme.ToString() == text);
        Assert.Equal(text, EditionCode.Parse(text).Value);
        Assert.Equal(text, MethodCode.Parse(text).Value);
    }

    [Theory]
    [InlineData("Team Leader")]
    [InlineData("team-leeder ")]
    [InlineData("team--leader")]
    [InlineData("-team")]
    [InlineData("team-")]
    [InlineData("team_leader")]
    [InlineData("")]
    public void Malformed_codes_cannot_be_made(string text)
    {
        Assert.False(RoleCode.TryParse(text, out _));
        var ex = Assert.Throws<FormatException>(() => RoleCode.Parse(text));
        Assert.Equal("The text is not a role code: lower-case letters and digits separated by single hyphens, at most 64 characters (for example team-leader).", ex.Message);
    }

    [Fact]
    public void Codes_are_at_most_64_characters()
    {
        Assert.True(ThemeCode.TryParse(new string('a', 64), out _));
        Assert.False(ThemeCode.TryParse(new string('a', 65), out _));
        Assert.False(ThemeCode.TryParse(null, out _));
        Assert.Throws<ArgumentNullException>(() => ThemeCode.Parse(null!));
    }

    [Fact]
    public void Built_in_codes_are_static_members_equal_to_their_parsed_text()
    {
        Assert.Equal(RoleCode.Parse("team-leader"), RoleCode.TeamLeader);
        Assert.True(RoleCode.ChallengeManager == RoleCode.Parse("challenge-manager"));
        Assert.Equal("off-site-peer", RoleCode.OffSitePeer.Value);
        Assert.Equal("working-together-lscb", ThemeCode.WorkingTogetherLscb.Value);
        Assert.Equal(["lgg-2011", "lga-2012"], BuiltInEditions.All.Select(e => e.Code.Value));
        Assert.Equal(EditionCode.Lgg2011, BuiltInEditions.Lgg2011.Code);
    }

    [Fact]
    public void Every_role_and_theme_of_the_built_in_editions_has_a_static_member()
    {
        var roles = typeof(RoleCode).GetFields().Where(f => f.IsStatic && f.FieldType == typeof(RoleCode)).Select(f => (RoleCode)f.GetValue(null)!).ToHashSet();
        var themes = typeof(ThemeCode).GetFields().Where(f => f.IsStatic && f.FieldType == typeof(ThemeCode)).Select(f => (ThemeCode)f.GetValue(null)!).ToHashSet();
        var methods = typeof(MethodCode).GetFields().Where(f => f.IsStatic && f.FieldType == typeof(MethodCode)).Select(f => (MethodCode)f.GetValue(null)!).ToHashSet();

        Assert.All(BuiltInEditions.All.SelectMany(e => e.Roles), r => Assert.Contains(r.Code, roles));
        Assert.All(BuiltInEditions.All.SelectMany(e => e.Themes), t => Assert.Contains(t.Code, themes));
        Assert.All(BuiltInEditions.All.SelectMany(e => e.Methods), m => Assert.Contains(m, methods));
    }

    [Fact]
    public void A_code_is_written_in_json_as_its_text()
    {
        var json = ChallengeRecordWriter.Write(TestRecords.Rotherham2011);

        Assert.Contains("\"edition\": \"lgg-2011\"", json, StringComparison.Ordinal);
        Assert.Contains("\"role\": \"team-leader\"", json, StringComparison.Ordinal);
        Assert.Contains("\"outcomes\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_code_in_a_document_is_reported_by_the_reader_as_PC0503_at_its_place()
    {
        var json = ChallengeRecordWriter.Write(TestRecords.Rotherham2011).Replace("\"role\": \"team-leader\"", "\"role\": \"Team Leader\"", StringComparison.Ordinal);

        var read = ChallengeRecordReader.Read(Encoding.UTF8.GetBytes(json));

        Assert.False(read.Succeeded);
        var issue = Assert.Single(read.Issues);
        Assert.Equal(("PC0503", "/team/0/role"), (issue.Code.Code, issue.Path.ToString()));
        Assert.Equal("The value is not a role code: lower-case letters and digits separated by single hyphens, at most 64 characters (for example team-leader).", issue.Message);
        Assert.DoesNotContain("Team Leader", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_well_formed_code_the_edition_does_not_have_reads_and_is_PC0203_for_the_validator()
    {
        var json = ChallengeRecordWriter.Write(TestRecords.Rotherham2011).Replace("\"role\": \"team-leader\"", "\"role\": \"team-leeder\"", StringComparison.Ordinal);

        var read = ChallengeRecordReader.Read(Encoding.UTF8.GetBytes(json));

        Assert.True(read.Succeeded);
        Assert.Contains(new ChallengeRecordValidator().ValidateRecord(read.Value), i => i.Code == TeamIssueCodes.UnknownRole && i.Path == JsonPointer.Parse("/team/0/role"));
    }
}
