using PeerChallenge.Domain.Privacy;

namespace PeerChallenge.Domain.Tests.Privacy.Recognisers;

public sealed class WrittenEmailRecogniserTests
{
    [Theory]
    [InlineData("write to sarah dot jones at gmail dot com please", "sarah dot jones at gmail dot com")]
    [InlineData("email sarah.jones at gmail.com.", "sarah.jones at gmail.com")]
    [InlineData("email sarah(at)gmail(dot)com today", "sarah(at)gmail(dot)com")]
    [InlineData("email sarah [at] gmail [dot] com today", "sarah [at] gmail [dot] com")]
    [InlineData("contact s.jones AT nhs DOT net", "s.jones AT nhs DOT net")]
    [InlineData("her address is sarah_jones at hotmail dot co dot uk.", "sarah_jones at hotmail dot co dot uk")]
    [InlineData("Mum: kasia.nowak (at) wp (dot) pl", "kasia.nowak (at) wp (dot) pl")]
    [InlineData("mail k dot ahmed at rotherham dot gov dot uk", "k dot ahmed at rotherham dot gov dot uk")]
    [InlineData("mail dad at gmail.com", "dad at gmail.com")]
    [InlineData("Sarah.Jones at gmail.com replied", "Sarah.Jones at gmail.com")]
    [InlineData("j.smith99 at yahoo.co.uk", "j.smith99 at yahoo.co.uk")]
    public void Finds_an_address_written_out_as_one_hit(string text, string expected) =>
        Assert.Equal([expected], Found.In(PersonalDataKind.Email, text));

    [Theory]
    [InlineData("we met at school and at home")]
    [InlineData("at home dot to dot puzzles")]
    [InlineData("look at gov.uk for the guidance")]
    [InlineData("guidance is available at rotherham.gov.uk")]
    [InlineData("staff at nhs.uk were helpful")]
    [InlineData("she emailed her at gmail.com")]
    [InlineData("seen at 10.30 at the clinic")]
    [InlineData("At Rotherham Town Hall (at 10am)")]
    [InlineData("a [dot] at the end")]
    public void Leaves_ordinary_english_alone(string text) =>
        Assert.Empty(Found.In(PersonalDataKind.Email, text));

    [Fact]
    public void Finds_it_with_every_kind_on()
    {
        Assert.Equal(["EMAIL:sarah dot jones at gmail dot com"], Found.In("write to sarah dot jones at gmail dot com please"));
    }
}
