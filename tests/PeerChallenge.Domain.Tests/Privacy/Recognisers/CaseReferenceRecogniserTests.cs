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
    [InlineData("")]
    [InlineData("CR-AAAA")]
    [InlineData("CR 123")]
    public void A_mask_must_have_a_digit_and_no_spaces(string mask) =>
        Assert.Throws<ArgumentException>(() => CaseReferencePattern.Parse(mask));
}
