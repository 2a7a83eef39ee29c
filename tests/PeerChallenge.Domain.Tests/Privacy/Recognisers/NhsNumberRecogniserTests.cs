using PeerChallenge.Domain.Privacy;
using PeerChallenge.Domain.Privacy.Recognisers;

namespace PeerChallenge.Domain.Tests.Privacy.Recognisers;

public sealed class NhsNumberRecogniserTests
{
    [Theory]
    [InlineData("NHS no. 943 476 5919 on file", "943 476 5919")]
    [InlineData("NHS number 9434765919.", "9434765919")]
    [InlineData("(943-476-5919)", "943-476-5919")]
    [InlineData("nhs 401 023 2137", "401 023 2137")]
    [InlineData("4857773457", "4857773457")]
    [InlineData("NHS 943 476 59 19.", "943 476 59 19")] // 3-3-2-2
    [InlineData("NHS 9434 765 919,", "9434 765 919")] // 4-3-3
    [InlineData("nhs no 943.476.5919", "943.476.5919")]
    [InlineData("nhs no 943/476/5919", "943/476/5919")]
    [InlineData("NHS:  943  476  5919", "943  476  5919")] // double spaces
    [InlineData("NHS 943 - 476 - 5919 (mum's)", "943 - 476 - 5919")]
    [InlineData("NHS 94347 65919", "94347 65919")] // 5-5
    [InlineData("NHS 943\u2013476\u20135919", "943\u2013476\u20135919")] // en dashes
    public void Finds_an_NHS_number_that_passes_the_modulus_11_check(string text, string expected) =>
        Assert.Equal([expected], Found.In(PersonalDataKind.NhsNumber, text));

    [Theory]
    [InlineData("NHS no. 943 476 5918")] // check digit wrong
    [InlineData("9434765910")]
    [InlineData("123 456 7890")] // the check digit would be 10: never valid
    [InlineData("943 476-5919")] // mixed separators
    [InlineData("94347659190")] // eleven digits
    [InlineData("94 34 76 59 19")] // five pairs: a list of numbers, not an NHS grouping
    [InlineData("943 476 5919 2")] // goes on: part of a longer number
    [InlineData("943.476.5918.")] // check digit wrong, whatever the separator
    [InlineData("2011/12 943/476/5919/2")]
    public void Leaves_near_misses_alone(string text) =>
        Assert.Empty(Found.In(PersonalDataKind.NhsNumber, text));

    [Fact]
    public void Check_digit_11_counts_as_0()
    {
        // Find a nine-digit stem whose weighted sum is a multiple of 11: 11 - 0 = 11, written as check digit 0.
        for (var n = 100000000; n < 100000200; n++)
        {
            var digits = n.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => c - '0').ToList();
            var sum = digits.Select((d, k) => d * (10 - k)).Sum();
            if (sum % 11 == 0)
            {
                digits.Add(0);
                Assert.True(NhsNumberRecogniser.HasValidCheckDigit(digits.ToArray()));
                return;
            }
        }

        Assert.Fail("No number with remainder 0 in range.");
    }
}
