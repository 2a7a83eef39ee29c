namespace PeerChallenge.Domain.Tests.Record;

public sealed class ChallengeIdTests
{
    [Theory]
    [InlineData("LGG-SCPC-2011-ROT")]
    [InlineData("a")]
    [InlineData("2011.rot_1")]
    public void Challenge_ids_parse(string text) => Assert.Equal(text, ChallengeId.Parse(text).Value);

    [Theory]
    [InlineData("")]
    [InlineData("-leading")]
    [InlineData("has space")]
    [InlineData("slash/no")]
    public void Bad_challenge_ids_are_refused(string text)
    {
        Assert.False(ChallengeId.TryParse(text, out _));
        Assert.Throws<FormatException>(() => ChallengeId.Parse(text));
    }

    [Fact]
    public void Challenge_id_is_at_most_64_characters()
    {
        Assert.True(ChallengeId.TryParse(new string('a', 64), out _));
        Assert.False(ChallengeId.TryParse(new string('a', 65), out _));
    }
}
