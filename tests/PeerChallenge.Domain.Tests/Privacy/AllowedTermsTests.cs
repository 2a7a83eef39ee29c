using PeerChallenge.Domain.Privacy;

namespace PeerChallenge.Domain.Tests.Privacy;

public sealed class AllowedTermsTests
{
    private static string[] Found(PersonalDataScannerOptions options, string text) =>
        new PersonalDataScanner(options).Scan(text).Select(h => $"{h.Kind.Code}:{text.Substring(h.Start, h.Length)}").ToArray();

    [Fact]
    public void A_hit_inside_an_allowed_term_is_not_reported()
    {
        const string text = "Referred by Emily Jackson Award staff; Sarah Jones rang 0114 273 4567.";
        var options = PersonalDataScannerOptions.Default with { AllowedTerms = ["# our awards", "Emily Jackson Award", "0114 273 4567"] };

        Assert.Contains("PERSON:Emily Jackson Award", Found(PersonalDataScannerOptions.Default, text));
        Assert.Equal(["PERSON:Sarah Jones"], Found(options, text));
    }

    [Fact]
    public void Allowed_terms_match_whole_words_ignoring_case_and_spacing()
    {
        var options = PersonalDataScannerOptions.Default with { AllowedTerms = ["  Emily   Jackson  Award "] };
        Assert.Empty(Found(options, "at EMILY JACKSON AWARD today"));
        Assert.Equal(["PERSON:Emily Jackson Awards"], Found(options, "Emily Jackson Awards are new")); // not the whole word
    }

    [Fact]
    public void A_known_name_is_found_even_inside_an_allowed_term()
    {
        var options = PersonalDataScannerOptions.Default with { AllowedTerms = ["Emily Jackson Award"], KnownNames = ["Emily Jackson"] };
        Assert.Equal(["PERSON:Emily Jackson"], Found(options, "at Emily Jackson Award today"));
    }

    [Fact]
    public void A_null_line_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new PersonalDataScanner(PersonalDataScannerOptions.Default with { AllowedTerms = [null!] }));
    }
}
