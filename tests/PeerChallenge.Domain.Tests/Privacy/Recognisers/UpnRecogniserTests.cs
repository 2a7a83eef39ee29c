using PeerChallenge.Domain.Privacy;
using PeerChallenge.Domain.Privacy.Recognisers;

namespace PeerChallenge.Domain.Tests.Privacy.Recognisers;

public sealed class UpnRecogniserTests
{
    [Theory]
    [InlineData("UPN B801200005001 held", "B801200005001")]
    [InlineData("pupil Q801201100012.", "Q801201100012")]
    [InlineData("temporary UPN M80120110001A", "M80120110001A")]
    [InlineData("upn z372101200042", "z372101200042")]
    [InlineData("UPN B801 2000 0500 1 on file", "B801 2000 0500 1")]
    [InlineData("UPN: B 8012 0000 5001.", "B 8012 0000 5001")]
    [InlineData("UPN B-801200-005001", "B-801200-005001")]
    [InlineData("upn b801 2000 0500 1", "b801 2000 0500 1")]
    public void Finds_a_UPN_with_the_right_check_letter(string text, string expected) =>
        Assert.Equal([expected], Found.In(PersonalDataKind.Upn, text));

    [Theory]
    [InlineData("UPN A801200005001")] // check letter should be B
    [InlineData("B80120000500")] // twelve characters
    [InlineData("B8012000050012")] // fourteen
    [InlineData("B80120000A001")] // letter in the middle
    [InlineData("A801 2000 0500 1")] // check letter should be B, whatever the spacing
    [InlineData("B801 2000 0500 1 2")] // goes on
    public void Leaves_near_misses_alone(string text) =>
        Assert.Empty(Found.In(PersonalDataKind.Upn, text));

    [Fact]
    public void Check_letter_follows_the_DfE_algorithm() =>
        // 8*2 + 0*3 + 1*4 + 2*5 + 0*6 + 0*7 + 0*8 + 0*9 + 5*10 + 0*11 + 0*12 + 1*13 = 93; 93 mod 23 = 1 -> B.
        Assert.True(UpnRecogniser.IsValid("B801200005001"));
}
