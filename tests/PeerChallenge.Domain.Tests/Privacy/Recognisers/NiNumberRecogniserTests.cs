using PeerChallenge.Domain.Privacy;

namespace PeerChallenge.Domain.Tests.Privacy.Recognisers;

public sealed class NiNumberRecogniserTests
{
    [Theory]
    [InlineData("NI number AB 12 34 56 C.", "AB 12 34 56 C")]
    [InlineData("NINO: AB123456C", "AB123456C")]
    [InlineData("ni ab123456d", "ab123456d")]
    [InlineData("JT 98 76 54 A", "JT 98 76 54 A")]
    [InlineData("NI no. PW 123456 B", "PW 123456 B")]
    [InlineData("NI no. PW 123 456 B", "PW 123 456 B")]
    [InlineData("NI AB 12 34 56 (no suffix given)", "AB 12 34 56")]
    [InlineData("NI AB-12-34-56-C on file", "AB-12-34-56-C")]
    [InlineData("NI: AB-123456-C", "AB-123456-C")]
    [InlineData("ni ab 12 34 56 c", "ab 12 34 56 c")]
    [InlineData("NINO AB.12.34.56.C.", "AB.12.34.56.C")]
    [InlineData("NINO  AB  12  34  56  C", "AB  12  34  56  C")]
    [InlineData("NI AB-12-34-56 (no suffix)", "AB-12-34-56")]
    public void Finds_a_National_Insurance_number(string text, string expected) =>
        Assert.Equal([expected], Found.In(PersonalDataKind.NiNumber, text));

    [Theory]
    [InlineData("QQ 12 34 56 C")] // Q is never a first letter
    [InlineData("DA 12 34 56 C")] // D is never a first letter
    [InlineData("AO 12 34 56 C")] // O is never a second letter
    [InlineData("BG 12 34 56 C")] // not allocated
    [InlineData("GB 12 34 56 C")]
    [InlineData("NK 12 34 56 C")]
    [InlineData("TN 12 34 56 C")]
    [InlineData("ZZ 12 34 56 C")]
    [InlineData("AB 12 34 56 E")] // suffix must be A to D
    [InlineData("AB 12 34 5 C")] // five digits
    [InlineData("KS2 and KS3 results")]
    [InlineData("AB-12-34-56-78")] // more digits
    [InlineData("case CR-004512")] // a case reference's shape: no suffix, and not in pairs
    [InlineData("ref AB/123456")]
    [InlineData("ab 12 34 56 C")] // the suffix in another case than the prefix: not written as one number
    [InlineData("Ab 12 34 56 c")]
    public void Leaves_near_misses_alone(string text) =>
        Assert.Empty(Found.In(PersonalDataKind.NiNumber, text));
}
