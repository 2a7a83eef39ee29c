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
    [InlineData("+33 1 42 68 53 00 is Paris")]
    public void Leaves_near_misses_alone(string text) =>
        Assert.Empty(Found.In(PersonalDataKind.Phone, text));
}
