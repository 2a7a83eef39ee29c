using FluentValidation.TestHelper;
using PeerChallenge.Domain.Framework;

namespace PeerChallenge.Domain.Tests.Framework;

public sealed class EditionValidatorTests
{
    private static readonly Edition Valid = BuiltInEditions.Lgg2011 with { Code = EditionCode.Parse("custom-2014") };

    private static readonly EditionValidator Validator = new();

    [Fact]
    public void Valid_custom_edition_passes()
    {
        Validator.TestValidate(Valid).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData("Custom")]
    [InlineData("custom_2014")]
    [InlineData("custom--2014")]
    [InlineData("-custom")]
    [InlineData("")]
    public void Malformed_edition_code_cannot_be_made_and_reads_as_PC0503(string code)
    {
        Assert.False(EditionCode.TryParse(code, out _));
        Assert.Throws<FormatException>(() => EditionCode.Parse(code));

        var json = ChallengeRecordWriter.WriteEdition(Valid).Replace("\"code\": \"custom-2014\"", $"\"code\": \"{code}\"", StringComparison.Ordinal);
        var read = ChallengeRecordReader.ReadEdition(System.Text.Encoding.UTF8.GetBytes(json));

        Assert.False(read.Succeeded);
        Assert.Equal([("PC0503", "/code")], read.Issues.Select(i => (i.Code.Code, i.Path.ToString())));
    }

    [Fact]
    public void No_themes_or_roles_is_PC0501()
    {
        var result = Validator.TestValidate(Valid with { Themes = [], Roles = [] });
        result.ShouldHaveValidationErrorFor(e => e.Themes).WithErrorCode("PC0501");
        result.ShouldHaveValidationErrorFor(e => e.Roles).WithErrorCode("PC0501");
    }

    [Fact]
    public void Duplicate_theme_code_is_PC0502_at_the_second_one()
    {
        var issues = Validator.Validate(Valid with { Themes = [.. Valid.Themes, Valid.Themes[0]] }).ToIssues();

        Assert.Equal([("PC0502", "/themes/5/code")], issues.Select(i => (i.Code.Code, i.Path.ToString())));
    }

    [Fact]
    public void Role_counts_out_of_order_are_PC0504()
    {
        var role = new RoleDefinition { Code = RoleCode.OfficerPeer, Name = "Officer Peer", Minimum = 2, Expected = 1, Maximum = 1 };
        var issues = Validator.Validate(Valid with { Roles = [role] }).ToIssues();

        Assert.Equal([("PC0504", "/roles/0")], issues.Select(i => (i.Code.Code, i.Path.ToString())));
    }

    [Theory]
    [InlineData(0, 5)]
    [InlineData(8, 0)]
    [InlineData(53, 5)]
    [InlineData(8, 11)]
    public void Lengths_out_of_range_are_PC0505(int weeks, int days)
    {
        var issues = Validator.Validate(Valid with { LeadInWeeks = weeks, OnSiteDays = days }).ToIssues();

        Assert.Equal(["PC0505"], issues.Select(i => i.Code.Code));
    }
}
