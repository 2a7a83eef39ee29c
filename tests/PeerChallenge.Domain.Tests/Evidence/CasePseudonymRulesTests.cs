using System.Security.Cryptography;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PeerChallenge.Domain.Evidence;

namespace PeerChallenge.Domain.Tests.Evidence;

public sealed class CasePseudonymRulesTests
{
    private static readonly CasePseudonymRules Council = new(PersonalDataScannerOptions.Default with
    {
        CaseReferencePatterns = [CaseReferencePattern.Parse("CR-######"), CaseReferencePattern.Parse("LCS/####/####")],
    });

    [Theory]
    [InlineData("943 476 5919")]
    [InlineData("9434765919")]
    [InlineData("943-476-5919")]
    public void A_number_passing_the_nhs_check_is_an_nhs_number(string text) =>
        Assert.Same(PersonalDataKind.NhsNumber, Council.RawIdentifierKind(text));

    [Theory]
    [InlineData("943 476 5918")]
    [InlineData("9434765918")]
    public void A_ten_digit_number_failing_the_check_is_not_an_nhs_number(string text) =>
        Assert.NotSame(PersonalDataKind.NhsNumber, Council.RawIdentifierKind(text));

    [Theory]
    [InlineData("AB 12 34 56 C")]
    [InlineData("AB123456C")]
    [InlineData("ab123456c")]
    [InlineData("JT 123 456 D")]
    public void A_national_insurance_number_is_found(string text) =>
        Assert.Same(PersonalDataKind.NiNumber, Council.RawIdentifierKind(text));

    [Theory]
    [InlineData("jo.bloggs@rotherham.gov.uk")]
    [InlineData("j.smith+case@example.org")]
    public void An_email_address_is_found(string text) =>
        Assert.Same(PersonalDataKind.Email, Council.RawIdentifierKind(text));

    [Theory]
    [InlineData("CR-004512")]
    [InlineData("cr-004512")]
    [InlineData("LCS/2011/0457")]
    [InlineData(" LCS/2011/0457 ")]
    public void A_reference_in_the_councils_pattern_is_a_case_reference(string text)
    {
        Assert.Same(PersonalDataKind.CaseReference, Council.RawIdentifierKind(text));
        Assert.True(Council.IsRawIdentifier(text, out var kind));
        Assert.Same(PersonalDataKind.CaseReference, kind);
    }

    [Fact]
    public void Without_the_councils_patterns_a_bare_reference_is_not_recognised_but_a_cued_one_is()
    {
        Assert.Null(CasePseudonymRules.Default.RawIdentifierKind("CR-004512"));
        Assert.Same(PersonalDataKind.CaseReference, CasePseudonymRules.Default.RawIdentifierKind("case ref 004512"));
    }

    [Fact]
    public void The_patterns_can_come_from_the_councils_scanner()
    {
        var scanner = new PersonalDataScanner(PersonalDataScannerOptions.Default with { CaseReferencePatterns = [CaseReferencePattern.Parse("EH-@####")] });

        Assert.Same(PersonalDataKind.CaseReference, new CasePseudonymRules(scanner).RawIdentifierKind("EH-K0457"));
        Assert.Null(CasePseudonymRules.Default.RawIdentifierKind("EH-K0457"));
    }

    [Fact]
    public void Only_the_four_raw_identifier_kinds_are_looked_for()
    {
        Assert.Equal([PersonalDataKind.Email, PersonalDataKind.NhsNumber, PersonalDataKind.NiNumber, PersonalDataKind.CaseReference], CasePseudonymRules.RawIdentifierKinds);

        // A council that switched the case reference kind off in its scanner still has its references caught here.
        var rules = new CasePseudonymRules(PersonalDataScannerOptions.Default with
        {
            CaseReferencePatterns = [CaseReferencePattern.Parse("CR-######")],
            EnabledKinds = [PersonalDataKind.Person],
            MinimumConfidence = 1,
        });
        Assert.Same(PersonalDataKind.CaseReference, rules.RawIdentifierKind("CR-004512"));
        Assert.Null(rules.RawIdentifierKind("John Smith"));
        Assert.Null(rules.RawIdentifierKind("S1 2HE"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("case-3f9a0c72e1b4d856")]
    [InlineData("case 12")]
    [InlineData("the Smith family")]
    public void Text_without_a_raw_identifier_is_not_reported(string? text)
    {
        Assert.Null(Council.RawIdentifierKind(text));
        Assert.False(Council.IsRawIdentifier(text, out var kind));
        Assert.Null(kind);
    }

    [Fact]
    public void The_first_raw_identifier_in_the_text_is_reported() =>
        Assert.Same(PersonalDataKind.Email, Council.RawIdentifierKind("jo@example.org 943 476 5919"));

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => new CasePseudonymRules((PersonalDataScannerOptions)null!));
        Assert.Throws<ArgumentNullException>(() => new CasePseudonymRules((PersonalDataScanner)null!));
        Assert.Throws<ArgumentNullException>(() => new CasePseudonymRules(PersonalDataScannerOptions.Default with { CaseReferencePatterns = null! }));
    }

    [Property(Arbitrary = [typeof(CasePseudonymiserTests.Arbitraries)], MaxTest = 300)]
    public bool A_real_pseudonym_raises_no_alarm(CasePseudonymiserTests.Key key, CasePseudonymiserTests.Reference reference)
    {
        var pseudonym = new CasePseudonymiser(new PseudonymKey(key.Bytes)).Pseudonymise(reference.Text).Value;
        return Council.RawIdentifierKind(pseudonym) is null && CasePseudonymRules.Default.RawIdentifierKind(pseudonym) is null;
    }

    [Fact]
    public void The_privacy_scanner_finds_no_personal_data_in_pseudonyms_written_in_free_text()
    {
        var pseudonymiser = new CasePseudonymiser(new PseudonymKey(RandomNumberGenerator.GetBytes(32)));
        var scanner = new PersonalDataScanner(PersonalDataScannerOptions.Default with
        {
            CaseReferencePatterns = [CaseReferencePattern.Parse("CR-######"), CaseReferencePattern.Parse("LCS/####/####")],
        });
        var flagged = Enumerable.Range(0, 20_000)
            .Select(i => pseudonymiser.Pseudonymise($"CR-{i:D6}").Value)
            .Where(p => scanner.ContainsPersonalData(p) || scanner.ContainsPersonalData($"The audit of {p} found joint planning good."))
            .ToList();

        Assert.Empty(flagged);
    }
}
