using FluentValidation;
using FluentValidation.TestHelper;
using PeerChallenge.Domain.Privacy;

namespace PeerChallenge.Domain.Tests.Privacy;

public sealed class PersonalDataRulesTests
{
    private readonly SourceValidator _validator = new();

    [Fact]
    public void Personal_data_is_an_error_PC0401_naming_the_kinds_not_the_values()
    {
        var result = _validator.TestValidate(new Source("Sarah Jones (07700 900123) said thresholds were unclear"));

        var failure = Assert.Single(result.ShouldHaveValidationErrorFor(s => s.Notes)
            .WithErrorCode("PC0401")
            .WithSeverity(Severity.Error));
        Assert.Equal(
            "Notes must not identify anyone, but it contains personal data: Telephone number (PHONE), Person's name (PERSON). Remove it or redact it (peer-challenge redact) before the record is shared.",
            failure.ErrorMessage);
        Assert.DoesNotContain("Sarah", failure.ErrorMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("07700", failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Social workers in Rotherham said thresholds were unclear; the LSCB agreed.")]
    public void Non_attributable_text_passes(string? notes) =>
        _validator.TestValidate(new Source(notes)).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void The_code_is_PC0401_an_error_listed_with_the_others()
    {
        var code = PrivacyIssueCodes.PersonalDataInNonAttributableText;
        Assert.Equal(("PC0401", "personal-data-in-non-attributable-text"), (code.Code, code.Title));
        Assert.Same(IssueSeverity.Error, code.Severity);
        Assert.Same(code, IssueCodes.Find("PC0401"));
    }

    [Fact]
    public void Works_on_a_non_nullable_text_too() =>
        new FindingValidator().TestValidate(new Finding("Mr Ahmed said so")).ShouldHaveValidationErrorFor(f => f.Statement).WithErrorCode("PC0401");

    private sealed record Source(string? Notes);

    private sealed record Finding(string Statement);

    private sealed class FindingValidator : AbstractValidator<Finding>
    {
        public FindingValidator() => RuleFor(f => f.Statement).MustNotContainPersonalData(PersonalDataScanner.Default);
    }

    private sealed class SourceValidator : AbstractValidator<Source>
    {
        public SourceValidator() => RuleFor(s => s.Notes).MustNotContainPersonalData(PersonalDataScanner.Default);
    }
}
