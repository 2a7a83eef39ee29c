using PeerChallenge.Domain.Privacy;

namespace PeerChallenge.Domain.Tests.Privacy.Recognisers;

public sealed class AddressRecogniserTests
{
    [Theory]
    [InlineData("The family live at 14 Ashwood Grove, Rotherham.", "14 Ashwood Grove")]
    [InlineData("moved to Flat 3, 22 Oak Road last year", "Flat 3, 22 Oak Road")]
    [InlineData("now at flat 2b 7 Victoria Street with dad", "flat 2b 7 Victoria Street")]
    [InlineData("visit to 22a Church Lane", "22a Church Lane")]
    [InlineData("the shop at 3-5 High Street", "3-5 High Street")]
    [InlineData("placed at Apartment 12, Kelham Island", "Apartment 12, Kelham Island")]
    [InlineData("in Flat 3 Smith House since May", "Flat 3 Smith House")]
    [InlineData("lives at 14 ashwood grove with nan", "14 ashwood grove")]
    [InlineData("ADDRESS: 14 ASHWOOD GROVE", "14 ASHWOOD GROVE")]
    [InlineData("at 7 St John's Road.", "7 St John's Road")]
    [InlineData("at 41 Bishop-Thorpe Way", "41 Bishop-Thorpe Way")]
    [InlineData("92 Far Lane was visited", "92 Far Lane")]
    public void Finds_a_house_number_or_flat_with_a_street(string text, string expected) =>
        Assert.Equal([expected], Found.In(PersonalDataKind.Address, text));

    [Theory]
    [InlineData("a meeting at Rotherham Town Hall")]
    [InlineData("pupils at Wickersley School")]
    [InlineData("seen at St Ann's Medical Centre")]
    [InlineData("the clinic on Victoria Road")]
    [InlineData("Ward 3 Green team")]
    [InlineData("Level 3 Award, Year 7 Close supervision, Key Stage 2 Park visits")]
    [InlineData("on 3 October 2011 the team met")]
    [InlineData("45 cases were audited")]
    [InlineData("14 referrals in Church Lane area")]
    [InlineData("14 referrals in church lane")]
    [InlineData("Section 47 enquiries")]
    [InlineData("2 young people walk to school")]
    [InlineData("in 2011 Church View opened")]
    [InlineData("2 St Ann's Medical Centre staff")]
    [InlineData("the flat 3 times a week")]
    public void Leaves_buildings_organisations_and_ordinary_numbers_alone(string text) =>
        Assert.Empty(Found.In(PersonalDataKind.Address, text));

    [Fact]
    public void Is_on_by_default_and_one_setting_turns_it_off()
    {
        const string text = "Mrs Smith lives at 14 Ashwood Grove.";
        Assert.Equal("[PERSON] lives at [ADDRESS].", PersonalDataRedactor.Default.Redact(text));

        var kept = new PersonalDataScanner(PersonalDataScannerOptions.Default.WithoutKinds(PersonalDataKind.Address));
        Assert.DoesNotContain(kept.Scan(text), h => h.Kind == PersonalDataKind.Address);
        Assert.StartsWith("[PERSON] lives at 14 ", new PersonalDataRedactor(kept, RedactionOperator.Replace).Redact(text), StringComparison.Ordinal);
        Assert.DoesNotContain(PersonalDataKind.Address, kept.Options.EnabledKinds);
        Assert.Equal(PersonalDataKind.All.Count - 1, kept.Options.EnabledKinds.Count);
    }

    [Fact]
    public void A_house_number_and_street_next_to_a_name_become_one_address()
    {
        Assert.Equal("Home visit to [ADDRESS], [POSTCODE].", PersonalDataRedactor.Default.Redact("Home visit to 14 Ashwood Grove, S60 2TQ."));
    }
}
