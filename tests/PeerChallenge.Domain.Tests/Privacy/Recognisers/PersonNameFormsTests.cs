using PeerChallenge.Domain.Privacy;

namespace PeerChallenge.Domain.Tests.Privacy.Recognisers;

/// <summary>Names in the forms real notes write them: capitals, record layouts, initials, particles, lower case, lists, context.</summary>
public sealed class PersonNameFormsTests
{
    [Theory]
    [InlineData("Child: OKONKWO, Adaeze, aged 7.", "OKONKWO, Adaeze")]
    [InlineData("Attendees: HUSSAIN, Tariq; AHMED, Samina", "HUSSAIN, Tariq|AHMED, Samina")]
    [InlineData("Signed: SMITH, J.", "SMITH, J.")]
    [InlineData("SARAH JONES attended the meeting", "SARAH JONES")]
    [InlineData("We met Sarah JONES at the hub", "Sarah JONES")]
    [InlineData("TEMITOPE ADEYEMI (foster carer) said", "TEMITOPE ADEYEMI")]
    [InlineData("KHAN Aisha was seen", "KHAN Aisha")]
    public void Finds_names_in_capitals(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Found.In(PersonalDataKind.Person, text));

    [Theory]
    [InlineData("Seen by J. Smith on Monday", "J. Smith")]
    [InlineData("Referral from K Mensah on Monday", "K Mensah")]
    [InlineData("Mrs J.A. Okafor rang", "Mrs J.A. Okafor")]
    [InlineData("J.S. said she felt safe", "J.S.")]
    [InlineData("Spoke to K.M. about the plan", "K.M.")]
    [InlineData("JS told the social worker she was scared", "JS")]
    [InlineData("seen with mum (TW) at home", "TW")]
    public void Finds_initials(string text, string expected) =>
        Assert.Equal([expected], Found.In(PersonalDataKind.Person, text));

    [Theory]
    [InlineData("The SW said thresholds were unclear")]
    [InlineData("The GP told us the plan was late")]
    [InlineData("A Level results improved")]
    [InlineData("I Think it matters")]
    [InlineData("Staff in the U.K. said")]
    [InlineData("The IRO said that the plan was reviewed")]
    [InlineData("KEY STAGE 2 RESULTS FOR THE AUTHORITY")]
    [InlineData("ACTION PLAN: Rotherham")]
    [InlineData("D.O.B. to be confirmed")]
    public void Leaves_acronyms_headings_and_abbreviations(string text) =>
        Assert.Empty(Found.In(PersonalDataKind.Person, text));

    [Theory]
    [InlineData("Ahmed al-Hassan attended", "Ahmed al-Hassan")]
    [InlineData("Maria de Souza attended", "Maria de Souza")]
    [InlineData("Pieter van der Merwe said", "Pieter van der Merwe")]
    [InlineData("Ali bin Omar told us", "Ali bin Omar")]
    [InlineData("Lily-Mae Smith attends nursery", "Lily-Mae Smith")]
    [InlineData("The plan for Mohammed-Ali was reviewed", "Mohammed-Ali")]
    [InlineData("Shukri Ahmed-Khan attended", "Shukri Ahmed-Khan")]
    public void Removes_hyphenated_and_particled_names_whole(string text, string expected) =>
        Assert.Equal([expected], Found.In(PersonalDataKind.Person, text));

    [Theory]
    [InlineData("spoke to sarah jones today", "sarah jones")]
    [InlineData("called mrs khan about the visit", "mrs khan")]
    [InlineData("saw jayden at school", "jayden")]
    [InlineData("then jayden said he was hungry", "jayden")]
    public void Finds_names_in_lower_case(string text, string expected) =>
        Assert.Equal([expected], Found.In(PersonalDataKind.Person, text));

    [Theory]
    [InlineData("we will review the plan in may")]
    [InlineData("the children were seen at school and said they felt safe")]
    [InlineData("mark the date and grace period")]
    public void Leaves_ordinary_lower_case_words(string text) =>
        Assert.Empty(Found.In(PersonalDataKind.Person, text));

    [Theory]
    [InlineData("Tegan was seen alone at school.", "Tegan")]
    [InlineData("Dawit attends nursery.", "Dawit")]
    [InlineData("Her brothers Bartek, Dawid and Kacper live with nan.", "Bartek|Dawid|Kacper")]
    [InlineData("Her siblings Almaz, Ján and Balázs live with nan.", "Almaz|Ján|Balázs")]
    [InlineData("The children Amina, Grace and Will were seen.", "Amina|Grace|Will")]
    [InlineData("Attendees: Zdenka Lakatos; Radek Dudi; the IRO.", "Zdenka Lakatos|Radek Dudi")]
    [InlineData("She is scared of Summer at weekends.", "Summer")]
    [InlineData("He stays with Will on Fridays.", "Will")]
    [InlineData("Concerns about Amber's behaviour at school.", "Amber")]
    [InlineData("Mum says Kaz has been sleeping badly.", "Kaz")]
    [InlineData("He is known as Mo at school.", "Mo")]
    [InlineData("Mihai Popa (IRO) said the plan was late.", "Mihai Popa")]
    public void Finds_names_from_their_context(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Found.In(PersonalDataKind.Person, text));

    [Theory]
    [InlineData("Supervision was seen as reflective.")]
    [InlineData("Performance is worried about by partners.")]
    [InlineData("In Summer the team grew.")]
    [InlineData("Staff told us caseloads were high.")]
    [InlineData("Managers said the plan was late.")]
    [InlineData("Training was seen as good.")]
    public void Leaves_words_that_only_look_like_subjects(string text) =>
        Assert.Empty(Found.In(PersonalDataKind.Person, text));
}
