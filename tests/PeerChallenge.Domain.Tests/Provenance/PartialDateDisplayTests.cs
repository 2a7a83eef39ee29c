using System.Globalization;

namespace PeerChallenge.Domain.Tests.Provenance;

public sealed class PartialDateDisplayTests
{
    [Theory]
    [InlineData("2013-02-04", "4 February 2013")]
    [InlineData("2010-01", "January 2010")]
    [InlineData("2010", "2010")]
    [InlineData("2012~", "c. 2012")]
    public void A_date_is_shown_in_English_words(string json, string shown)
    {
        Assert.Equal(shown, PartialDate.Parse(json).ToDisplayString());
    }

    [Fact]
    public void The_English_words_do_not_depend_on_the_current_culture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            Assert.Equal("4 February 2013", PartialDate.Parse("2013-02-04").ToDisplayString());
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
