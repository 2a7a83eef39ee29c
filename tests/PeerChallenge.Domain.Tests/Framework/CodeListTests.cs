using PeerChallenge.Domain.Framework;

namespace PeerChallenge.Domain.Tests.Framework;

public sealed class CodeListTests
{
    [Fact]
    public void Sectors_are_listed_in_declaration_order_not_by_name()
    {
        Assert.Equal(["local-government", "health", "police", "education", "justice", "voluntary", "lga", "other"], Sector.All.Select(s => s.Code));
    }

    [Fact]
    public void Sector_lookups_are_by_exact_code()
    {
        Assert.Same(Sector.Health, Sector.FromCode("health"));
        Assert.True(Sector.TryFromCode("police", out var police));
        Assert.Same(Sector.Police, police);
        Assert.False(Sector.TryFromCode("Health", out _));
        Assert.False(Sector.TryFromCode(null, out _));
        var ex = Assert.Throws<ArgumentException>(() => Sector.FromCode("nhs"));
        Assert.StartsWith("'nhs' is not a sector code. Known codes: local-government, health, police, education, justice, voluntary, lga, other.", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => Sector.FromCode(null!));
    }

    [Fact]
    public void Severities_are_error_then_warning_then_information()
    {
        Assert.Equal(["error", "warning", "information"], IssueSeverity.All.Select(s => s.Code));
        Assert.Same(IssueSeverity.Warning, IssueSeverity.FromCode("warning"));
        Assert.Equal("error", IssueSeverity.Error.ToString());
    }

    [Fact]
    public void Codes_are_unique_within_each_codelist()
    {
        Assert.Equal(Sector.All.Count, Sector.All.Select(s => s.Code).Distinct().Count());
        Assert.Equal(IssueCodes.All.Count, IssueCodes.All.Select(c => c.Code).Distinct().Count());
        Assert.Equal(IssueCodes.All.Count, IssueCodes.All.Select(c => c.Title).Distinct().Count());
    }

    [Fact]
    public void Issue_codes_follow_the_PC_and_four_digits_form()
    {
        Assert.All(IssueCodes.All, c => Assert.Matches("^PC[0-9]{4}$", c.Code));
        Assert.All(IssueCodes.All, c => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", c.Title));
    }
}
