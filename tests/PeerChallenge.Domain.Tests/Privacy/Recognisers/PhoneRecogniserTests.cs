using PeerChallenge.Domain.Privacy;

namespace PeerChallenge.Domain.Tests.Privacy.Recognisers;

public sealed class PhoneRecogniserTests
{
    [Theory]
    [InlineData("Ring 0114 273 4567 after 5pm", "0114 273 4567")]
    [InlineData("mobile 07700 900123.", "07700 900123")]
    [InlineData("mobile 07700900123", "07700900123")]
    [InlineData("call 020 7946 0018 or", "020 7946 0018")]
    [InlineData("on 0300 123 4567", "0300 123 4567")]
    [InlineData("freephone 0800 123 4567", "0800 123 4567")]
    [InlineData("tel (01709) 382121 ext", "(01709) 382121")]
    [InlineData("tel (0114) 273 4567", "(0114) 273 4567")]
    [InlineData("+44 7700 900123 is her number", "+44 7700 900123")]
    [InlineData("+44 (0)114 273 4567", "+44 (0)114 273 4567")]
    [InlineData("+447700900123", "+447700900123")]
    [InlineData("0044 114 273 4567", "0044 114 273 4567")]
    [InlineData("0114-273-4567", "0114-273-4567")]
    [InlineData("01709 82 21 21", "01709 82 21 21")]
    [InlineData("on 0114 273 4567 2011 was busy", "0114 273 4567")]
    [InlineData("Sarah (07700 900123) said", "07700 900123")]
    [InlineData("switchboard 0114 273 4567/8", "0114 273 4567")]
    public void Finds_a_UK_telephone_number(string text, string expected) =>
        Assert.Equal([expected], Found.In(PersonalDataKind.Phone, text));

    [Theory]
    [InlineData("In 2011/12, 45% of referrals")]
    [InlineData("on 01/02/2011 the team")]
    [InlineData("0114 273 is not complete")]
    [InlineData("a 0.5 FTE post")]
    [InlineData("ref 05123456789012")]
    [InlineData("09 05 2011")]
    [InlineData("04 123 4567 is not a UK prefix")]
    public void Leaves_near_misses_alone(string text) =>
        Assert.Empty(Found.In(PersonalDataKind.Phone, text));

    [Theory]
    [InlineData("Father's mobile +48 601 234 567 (Polish).", "+48 601 234 567")]
    [InlineData("grandmother on +92 300 1234567 in Mirpur", "+92 300 1234567")]
    [InlineData("uncle +234 803 123 4567, Lagos", "+234 803 123 4567")]
    [InlineData("mum's old number +40 721 234 567", "+40 721 234 567")]
    [InlineData("aunt in Cork +353 87 123 4567", "+353 87 123 4567")]
    [InlineData("office +1 (212) 555-0123 ext 4", "+1 (212) 555-0123")]
    [InlineData("rang 0048 601 234 567 twice", "0048 601 234 567")]
    [InlineData("rang 00 92 300 1234567 twice", "00 92 300 1234567")]
    [InlineData("brother +880 1712-345678.", "+880 1712-345678")]
    [InlineData("in Erbil: +964 750 123 4567", "+964 750 123 4567")]
    [InlineData("(+48 601 234 567)", "+48 601 234 567")]
    [InlineData("+48601234567 is his WhatsApp", "+48601234567")]
    [InlineData("+33 1 42 68 53 00 is Paris", "+33 1 42 68 53 00")]
    [InlineData("+48 601 234 567 12 times", "+48 601 234 567")]
    public void Finds_an_overseas_number_in_international_form(string text, string expected) =>
        Assert.Equal([expected], Found.In(PersonalDataKind.Phone, text));

    [Theory]
    [InlineData("scores moved from +3 to +5 this year")]
    [InlineData("a change of +12 on 2011/12")]
    [InlineData("+20 30 40 50 60 are the bands")] // a list of numbers, not a phone
    [InlineData("+999 123 456 789")] // no such country code
    [InlineData("+1 212 555")] // too short
    [InlineData("+48 601 234 567 890 123")] // too long for Poland: read no further than a Polish number
    [InlineData("+48.601 234-567")] // dots mixed with spaces
    [InlineData("0012345678 is a reference")]
    [InlineData("the audit of case-0066255440132169 found")] // digits joined to a word: an identifier
    [InlineData("see ref/0048601234567 for it")]
    public void Leaves_sums_ranges_and_impossible_numbers_alone(string text)
    {
        var found = Found.In(PersonalDataKind.Phone, text);
        Assert.True(found.Length == 0 || (text.StartsWith("+48 601", StringComparison.Ordinal) && found is ["+48 601 234 567"]), string.Join(" | ", found));
    }
}
