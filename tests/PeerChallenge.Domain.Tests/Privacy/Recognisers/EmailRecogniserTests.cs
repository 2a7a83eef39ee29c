using PeerChallenge.Domain.Privacy;

namespace PeerChallenge.Domain.Tests.Privacy.Recognisers;

public sealed class EmailRecogniserTests
{
    [Theory]
    [InlineData("Contact sarah.jones@rotherham.gov.uk for the plan.", "sarah.jones@rotherham.gov.uk")]
    [InlineData("email: J.O'Neill-Smith+case@nhs.net.", "J.O'Neill-Smith+case@nhs.net")]
    [InlineData("(mark_2011@example.co.uk)", "mark_2011@example.co.uk")]
    [InlineData("Sent to A.Khan@SOUTHYORKS.PNN.POLICE.UK today", "A.Khan@SOUTHYORKS.PNN.POLICE.UK")]
    public void Finds_an_email_address(string text, string expected) =>
        Assert.Equal([expected], Found.In(PersonalDataKind.Email, text));

    [Theory]
    [InlineData("Meet @ 10am in room 3")]
    [InlineData("see the @LSCB account")]
    [InlineData("user@localhost is not an address")]
    [InlineData("name@domain.c is too short")]
    [InlineData("@rotherham.gov.uk has no local part")]
    public void Leaves_near_misses_alone(string text) =>
        Assert.Empty(Found.In(PersonalDataKind.Email, text));
}
