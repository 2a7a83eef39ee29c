using PeerChallenge.Domain.Privacy;

namespace PeerChallenge.Domain.Tests.Privacy.Recognisers;

public sealed class PostcodeRecogniserTests
{
    [Theory]
    [InlineData("lives at S60 2TQ with", "S60 2TQ")]
    [InlineData("M1 1AE", "M1 1AE")]
    [InlineData("B33 8TH,", "B33 8TH")]
    [InlineData("CR2 6XH", "CR2 6XH")]
    [InlineData("DN55 1PT", "DN55 1PT")]
    [InlineData("W1A 0AX", "W1A 0AX")]
    [InlineData("EC1A 1BB.", "EC1A 1BB")]
    [InlineData("SW1A1AA", "SW1A1AA")]
    [InlineData("postcode s60 2tq", "s60 2tq")]
    [InlineData("S602TQ", "S602TQ")]
    [InlineData("GIR 0AA", "GIR 0AA")]
    [InlineData("S60  2TQ (two spaces)", "S60  2TQ")]
    [InlineData("S60 2Tq", "S60 2Tq")] // mixed case, with its space
    [InlineData("at s60 2TQ", "s60 2TQ")]
    [InlineData("Dn5 8ab", "Dn5 8ab")]
    [InlineData("postcode s1  2hh.", "s1  2hh")]
    public void Finds_a_full_postcode(string text, string expected) =>
        Assert.Equal([expected], Found.In(PersonalDataKind.Postcode, text));

    [Theory]
    [InlineData("the S60 area")] // outward code only
    [InlineData("along the M62 motorway")]
    [InlineData("Key Stage 2 and Level 3")]
    [InlineData("QA1 2AB")] // Q never starts a postcode
    [InlineData("AI1 2AB")] // I never second
    [InlineData("in Y7 2011")]
    [InlineData("S60 2CI")] // C and I never inward
    [InlineData("in Y6 2nd term")] // an ordinal, not an inward code
    [InlineData("KS2 3rd year")]
    [InlineData("Y10 4th set")]
    [InlineData("Dn58ab")] // mixed case with no space: not written as a postcode
    [InlineData("S60   2TQ")] // three spaces
    [InlineData("Rotherham Sheffield")]
    [InlineData("S60 2TQX")] // glued to more letters
    public void Leaves_near_misses_alone(string text) =>
        Assert.Empty(Found.In(PersonalDataKind.Postcode, text));
}
