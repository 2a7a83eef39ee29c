using PeerChallenge.Domain.Privacy;

namespace PeerChallenge.Domain.Tests.Privacy.Recognisers;

public sealed class PersonNameRecogniserTests
{
    [Theory]
    [InlineData("We met Mrs Smith on Tuesday.", "Mrs Smith")]
    [InlineData("Mr. J. A. Okonkwo attended", "Mr. J. A. Okonkwo")]
    [InlineData("Cllr Ahmed chairs the board", "Cllr Ahmed")]
    [InlineData("Councillor Mary Jones-Wright", "Councillor Mary Jones-Wright")]
    [InlineData("Dr O'Brien, the designated doctor", "Dr O'Brien")]
    [InlineData("Sarah Jones is the social worker", "Sarah Jones")]
    [InlineData("the IRO, Mohammed Iqbal, said", "Mohammed Iqbal")]
    [InlineData("Emily Rose Taylor moved", "Emily Rose Taylor")]
    [InlineData("Jack's school", "Jack")]
    [InlineData("Oluwaseun Taylor joined", "Oluwaseun Taylor")]
    [InlineData("Okonkwo said that thresholds were unclear", "Okonkwo")]
    [InlineData("according to Adebayo the panel", "Adebayo")]
    [InlineData("we spoke to Kowalczyk about it", "Kowalczyk")]
    [InlineData("Grace Thompson attended", "Grace Thompson")]
    [InlineData("Will Barker said", "Will Barker")]
    [InlineData("Grace said it was hard", "Grace")]
    [InlineData("Łukasz Nowak said", "Łukasz Nowak")]
    public void Finds_a_name(string text, string expected) =>
        Assert.Equal([expected], Found.In(PersonalDataKind.Person, text));

    [Theory]
    [InlineData("Rotherham said it would improve")] // a capitalised place name
    [InlineData("Sheffield and Rotherham NHS Foundation Trust")]
    [InlineData("The Team Leader and the Member Peer met the Challenge Manager")]
    [InlineData("Vision, Strategy and Leadership; Managing Resources; Service Delivery and Effective Practice")]
    [InlineData("Working Together, the LSCB and the CAF")]
    [InlineData("South Yorkshire Police and NHS Rotherham")]
    [InlineData("In May the board met; Will the council act?")]
    [InlineData("Grace period of 3 months")]
    [InlineData("Managers said caseloads were high.")]
    [InlineData("Practitioners told us about thresholds.")]
    [InlineData("St George's Hospital and George Street")]
    [InlineData("an Amber rating")]
    [InlineData("Key Stage 2 and Level 3")]
    public void Leaves_domain_words_and_places_alone(string text) =>
        Assert.Empty(Found.In(PersonalDataKind.Person, text));
}
