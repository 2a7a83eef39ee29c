using FluentValidation;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Privacy;
using PeerChallenge.Domain.Provenance;

namespace PeerChallenge.Domain.Framework;

/// <summary>
/// Checks a local line of enquiry: an id and a statement (PC0101), at least one theme unless the sources do not map it
/// (PC0107; <see cref="LineOfEnquiry.ThemesKnown"/>), no themes given when it says they are not known (PC0601), themes
/// of the edition (PC0106), and no personal data in the statement, which is non-attributable text (PC0401).
/// </summary>
/// <remarks>Build one per edition and scanner and reuse it: it holds no state between validations and is safe to share between threads.</remarks>
public sealed class LineOfEnquiryValidator : AbstractValidator<LineOfEnquiry>
{
    /// <summary>Initializes the validator for lines of enquiry of <paramref name="edition"/>.</summary>
    /// <param name="edition">The record's edition; when null, theme codes are not checked.</param>
    /// <param name="scanner">The personal-data scanner for the statement; null (the default) uses <see cref="PersonalDataScanner.Default"/>.</param>
    public LineOfEnquiryValidator(Edition? edition, PersonalDataScanner? scanner = null)
    {
        RuleFor(l => l.Statement).MustNotContainPersonalData(scanner ?? PersonalDataScanner.Default)
            .WithName(l => $"The statement of line of enquiry '{l.Id}'");
        RuleFor(l => l.Id).NotEmpty().WithIssueCode(CommonIssueCodes.RequiredTextEmpty).WithMessage("Each line of enquiry needs an id.");
        RuleFor(l => l.Statement).NotEmpty().WithIssueCode(CommonIssueCodes.RequiredTextEmpty).WithMessage(l => $"The line of enquiry '{l.Id}' needs a statement of what the team should look at.");
        RuleFor(l => l.Themes).NotEmpty().When(l => l.ThemesKnown != Knowledge.NotKnown).WithIssueCode(FrameworkIssueCodes.LineOfEnquiryWithoutTheme)
            .WithMessage(l => $"The line of enquiry '{l.Id}' must name at least one of the edition's themes, or say that the sources do not map it to themes (themesKnown: not-known).");
        RuleFor(l => l.Themes).Empty().When(l => l.ThemesKnown == Knowledge.NotKnown).WithIssueCode(ProvenanceIssueCodes.NotKnownButGiven)
            .WithMessage(l => $"The line of enquiry '{l.Id}' says its themes are not known (themesKnown: not-known) but also names themes. Remove one or the other.");
        if (edition is not null)
        {
            RuleForEach(l => l.Themes).Must(theme => edition.FindTheme(theme) is not null).WithIssueCode(FrameworkIssueCodes.UnknownTheme)
                .WithMessage((l, theme) => $"'{theme}' is not a theme of the {edition.Name} edition. Its themes are: {string.Join(", ", edition.Themes.Select(t => t.Code))}.");
        }
    }
}
