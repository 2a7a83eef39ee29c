using PeerChallenge.Domain.Privacy;

namespace PeerChallenge.Domain.Tests.Privacy.Recognisers;

public sealed class DateOfBirthRecogniserTests
{
    [Theory]
    [InlineData("DOB: 12/03/2009", "12/03/2009")]
    [InlineData("Kayden (b. 12/03/2009) lives", "12/03/2009")]
    [InlineData("her son, b. 4 May 2010, attends", "4 May 2010")]
    [InlineData("DOB 12032009", "12032009")]
    [InlineData("D.O.B. 20090312.", "20090312")]
    [InlineData("date of birth: 29022008", "29022008")]
    [InlineData("D.O.B. 12-03-09", "12-03-09")]
    [InlineData("d.o.b 12.03.2009", "12.03.2009")]
    [InlineData("date of birth 2009-03-12", "2009-03-12")]
    [InlineData("She was born on 12 March 2009.", "12 March 2009")]
    [InlineData("born 3rd of May, 2010", "3rd of May, 2010")]
    [InlineData("born on March 12, 2009", "March 12, 2009")]
    [InlineData("born in March 2009", "March 2009")]
    [InlineData("born in 2009 in Leeds", "2009")]
    [InlineData("Birthday is 14 Feb", "14 Feb")]
    [InlineData("DOB 1-Feb-2010", "1-Feb-2010")]
    [InlineData("born on the 1st of February 2010", "1st of February 2010")]
    [InlineData("12/03/2009 (DOB)", "12/03/2009")]
    [InlineData("Jack, aged 7, was", "aged 7")]
    [InlineData("age: 15 years", "age: 15 years")]
    [InlineData("a 7-year-old boy", "7-year-old")]
    [InlineData("her 18 months old sister", "18 months old")]
    [InlineData("he is 14 years old", "14 years old")]
    public void Finds_a_date_of_birth_or_an_age(string text, string expected) =>
        Assert.Equal([expected], Found.In(PersonalDataKind.DateOfBirth, text));

    [Theory]
    [InlineData("The on-site week began on 3 October 2011.")]
    [InlineData("Fieldwork 3-7 October 2011, report by 14/11/2011")]
    [InlineData("In 2011/12, 45% of referrals")]
    [InlineData("young people aged 16-17 and care leavers aged 18 to 25")]
    [InlineData("children aged 16 and over")]
    [InlineData("over the age of 18")]
    [InlineData("He was born in Leeds. The visit was on 3 October 2011.")]
    [InlineData("born in Leeds and seen on 3 October 2011 by the team")]
    [InlineData("Key Stage 2 results, Level 3 safeguarding training")]
    [InlineData("31/02 is not a date, 12/13/2009 neither")]
    [InlineData("b. 12 March 2011: the strategy meeting")] // a list letter, not the abbreviation of born
    [InlineData("case ref 12032009")] // eight digits without a date-of-birth cue
    [InlineData("DOB 12345678")] // not a date
    [InlineData("DOB 30022009")] // 30 February
    [InlineData("Feb. 2010 review")]
    public void Leaves_dates_without_a_cue_and_group_ages_alone(string text) =>
        Assert.Empty(Found.In(PersonalDataKind.DateOfBirth, text));
}
