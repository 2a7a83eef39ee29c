using PeerChallenge.Domain.Privacy;

namespace PeerChallenge.Domain.Tests.Privacy.Recognisers;

public sealed class CaseReferenceRecogniserTests
{
    private static readonly PersonalDataScanner Council = new(PersonalDataScannerOptions.Default with
    {
        EnabledKinds = [PersonalDataKind.CaseReference],
        CaseReferencePatterns = [CaseReferencePattern.Parse("CR-######"), CaseReferencePattern.Parse("LCS/####/####")],
    });

    [Theory]
    [InlineData("see CR-004512 for history", "CR-004512")]
    [InlineData("(cr-004512)", "cr-004512")]
    [InlineData("file LCS/2011/0457.", "LCS/2011/0457")]
    public void Finds_the_councils_pattern(string text, string expected) =>
        Assert.Equal([expected], Council.Scan(text).Select(h => text.Substring(h.Start, h.Length)));

    [Theory]
    [InlineData("CR-00451")] // too few digits
    [InlineData("CR-0045123")] // too many
    [InlineData("XCR-004512")]
    public void Pattern_matches_whole_words_only(string text) =>
        Assert.Empty(Council.Scan(text));

    [Theory]
    [InlineData("Case ref: 12345678 was reviewed", "12345678")]
    [InlineData("case no. SC/2011/1234", "SC/2011/1234")]
    [InlineData("child ID 998877", "998877")]
    [InlineData("Reference ABC12345", "ABC12345")]
    [InlineData("referral 2011-00457", "2011-00457")]
    public void Finds_an_identifier_after_a_cue_without_any_pattern(string text, string expected) =>
        Assert.Equal([expected], Found.In(PersonalDataKind.CaseReference, text));

    [Theory]
    [InlineData("reference 2011/12 data")]
    [InlineData("the case 12 times")]
    [InlineData("Key Stage 2, 45% of 1234 cases")]
    [InlineData("ref 14/11/2011")]
    public void Leaves_years_dates_and_uncued_numbers_alone(string text) =>
        Assert.Empty(Found.In(PersonalDataKind.CaseReference, text));

    [Theory]
    [InlineData("see case ref SC/2011/12345 for the history", "SC/2011/12345")]
    [InlineData("ref: 12/3456/AB.", "12/3456/AB")]
    [InlineData("crime ref 14/123456/19 was given", "14/123456/19")]
    [InlineData("Crime number SY/12345/19", "SY/12345/19")]
    [InlineData("CRN: CRI/06RR/123456/19", "CRI/06RR/123456/19")]
    [InlineData("police ref 14/123456/19", "14/123456/19")]
    [InlineData("reported as log 0456 of 12/03/2019.", "0456 of 12/03/2019")]
    [InlineData("incident 123 of 12th March, attended", "123 of 12th March")]
    [InlineData("incident no. 1234 closed", "1234")]
    [InlineData("log number 0456, then", "0456")]
    [InlineData("URN 14AB1234567 on the file", "14AB1234567")]
    [InlineData("occurrence 190012345 was linked", "190012345")]
    [InlineData("PNC ID 12/345678A checked", "12/345678A")]
    [InlineData("STORM log 1234 of 3/4/19", "1234 of 3/4/19")]
    public void Finds_references_with_slashes_and_police_references_after_a_cue(string text, string expected) =>
        Assert.Equal([expected], Found.In(PersonalDataKind.CaseReference, text));

    [Theory]
    [InlineData("Mosaic 1234567 shows two contacts", "1234567")]
    [InlineData("LCS: 987654 was closed", "987654")]
    [InlineData("SystmOne no. 12345 (GP)", "12345")]
    [InlineData("on mosaic 1234567", "1234567")]
    [InlineData("Capita One 556677", "556677")]
    [InlineData("EMIS Web ID 445566", "445566")]
    public void Finds_a_number_after_a_case_system_name(string text, string expected) =>
        Assert.Equal([expected], Found.In(PersonalDataKind.CaseReference, text));

    [Fact]
    public void The_case_system_names_can_be_changed()
    {
        var scanner = new PersonalDataScanner(PersonalDataScannerOptions.Default with
        {
            EnabledKinds = [PersonalDataKind.CaseReference],
            CaseSystemNames = ["Open Objects"],
        });
        Assert.Single(scanner.Scan("Open Objects 123456 is the record"));
        Assert.Empty(scanner.Scan("Mosaic 1234567 is the record"));
        Assert.Throws<ArgumentException>(() => new PersonalDataScanner(PersonalDataScannerOptions.Default with { CaseSystemNames = [" "] }));
        Assert.Throws<ArgumentNullException>(() => new PersonalDataScanner(PersonalDataScannerOptions.Default with { CaseSystemNames = null! }));
    }

    [Theory]
    [InlineData("Mosaic 2011 upgrade")]
    [InlineData("Level 3, Key Stage 2, Section 47, Year 7 and Ward 3")]
    [InlineData("In 2011/12, 45% of 1234 cases; 3 October 2011")]
    [InlineData("the log of calls for 2011/12")]
    [InlineData("one 999 call and one 111 call")]
    [InlineData("LCS 45%")]
    [InlineData("incident on 12/03/2019")]
    [InlineData("Mosaic 123 fields")]
    public void Leaves_ordinary_numbers_near_cues_and_system_names_alone(string text) =>
        Assert.Empty(Found.In(PersonalDataKind.CaseReference, text));

    [Fact]
    public void A_date_after_a_log_number_is_redacted_whole_or_not_at_all()
    {
        var redacted = PersonalDataRedactor.Default.Redact("Police log 0456 of 12/03/2019 refers.");
        Assert.Equal("Police log [CASE_REF] refers.", redacted);
    }

    [Theory]
    [InlineData("")]
    [InlineData("CR-AAAA")]
    [InlineData("CR 123")]
    public void A_mask_must_have_a_digit_and_no_spaces(string mask) =>
        Assert.Throws<ArgumentException>(() => CaseReferencePattern.Parse(mask));
}
