namespace PeerChallenge.Domain.Tests.Organisations;

public sealed class OrganisationIdTests
{
    [Theory]
    [InlineData("GB-LAE-ROT", "GB-LAE", "ROT")]
    [InlineData("gb-lae-ROT", "GB-LAE", "ROT")]
    [InlineData("GB-NHS-5H8", "GB-NHS", "5H8")]
    [InlineData("GB-COH-03675577", "GB-COH", "03675577")]
    [InlineData("XI-IATI-EC_DEVCO", "XI-IATI", "EC_DEVCO")]
    public void Org_id_style_identifiers_parse(string text, string prefix, string identifier)
    {
        var id = OrganisationId.Parse(text);
        Assert.Equal((prefix, identifier, $"{prefix}-{identifier}"), (id.ListPrefix, id.Identifier, id.ToString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ROT")]
    [InlineData("GB-LAE")]
    [InlineData("GB-LAE-")]
    [InlineData("GBR-LAE-ROT")]
    [InlineData("GB-L-ROT")]
    [InlineData("GB-LAE-ROT HAM")]
    [InlineData("Rotherham Council")]
    public void Other_text_is_not_an_organisation_identifier(string text)
    {
        Assert.False(OrganisationId.TryParse(text, out _));
        var ex = Assert.Throws<FormatException>(() => OrganisationId.Parse(text));
        Assert.Contains("org-id style", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Organisation_ids_compare_on_normalised_text()
    {
        Assert.Equal(OrganisationId.Parse("gb-lae-ROT"), OrganisationId.Parse("GB-LAE-ROT"));
        Assert.NotEqual(OrganisationId.Parse("GB-LAE-ROT"), OrganisationId.Parse("GB-LAE-rot"));
        Assert.True(OrganisationId.Parse("GB-LAE-ROT").IsEnglishLocalAuthority);
        Assert.False(OrganisationId.Parse("GB-NHS-5H8").IsEnglishLocalAuthority);
    }
}
