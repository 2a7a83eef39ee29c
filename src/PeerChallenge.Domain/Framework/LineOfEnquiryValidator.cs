using FluentValidation;

namespace PeerChallenge.Domain.Framework;

/// <summary>
/// Checks a local line of enquiry: an id and a statement (PC0101), at least one theme (PC0107), and themes
/// of the edition (PC0106).
/// </summary>
public sealed class LineOfEnquiryValidator : AbstractValidator<LineOfEnquiry>
{
    /// <summary>Initializes the validator for lines of enquiry of <paramref name="edition"/>.</summary>
    /// <param name="edition">The record's edition; when null, theme codes are not checked.</param>
    public LineOfEnquiryValidator(Edition? edition)
    {
        RuleFor(l => l.Id).NotEmpty().WithIssueCode(IssueCodes.RequiredTextEmpty).WithMessage("Each line of enquiry needs an id.");
        RuleFor(l => l.Statement).NotEmpty().WithIssueCode(IssueCodes.RequiredTextEmpty).WithMessage(l => $"The line of enquiry '{l.Id}' needs a statement of what the team should look at.");
        RuleFor(l => l.Themes).NotEmpty().WithIssueCode(IssueCodes.LineOfEnquiryWithoutTheme)
            .WithMessage(l => $"The line of enquiry '{l.Id}' must name at least one of the edition's themes.");
        if (edition is not null)
        {
            RuleForEach(l => l.Themes).Must(theme => edition.FindTheme(theme) is not null).WithIssueCode(IssueCodes.UnknownTheme)
                .WithMessage((l, theme) => $"'{theme}' is not a theme of the {edition.Name} edition. Its themes are: {string.Join(", ", edition.Themes.Select(t => t.Code))}.");
        }
    }
}
