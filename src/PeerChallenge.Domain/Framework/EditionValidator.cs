using System.Text.RegularExpressions;
using FluentValidation;

namespace PeerChallenge.Domain.Framework;

/// <summary>
/// Checks an edition defined as data: codes in kebab form and unique, at least one theme and one role, role
/// counts in order, positive lengths. Issue codes PC0101 and PC0501 to PC0505.
/// </summary>
public sealed partial class EditionValidator : AbstractValidator<Edition>
{
    /// <summary>Initializes the validator with its rules.</summary>
    public EditionValidator()
    {
        RuleFor(e => e.Code).Must(IsCode).WithIssueCode(IssueCodes.MalformedCode)
            .WithMessage(e => $"The edition code '{e.Code}' must be lower-case letters and digits separated by hyphens, for example lgg-2011.");
        RuleFor(e => e.Name).NotEmpty().WithIssueCode(IssueCodes.RequiredTextEmpty).WithMessage("The edition needs a name.");
        RuleFor(e => e.Themes).NotEmpty().WithIssueCode(IssueCodes.EditionIncomplete).WithMessage("The edition must define at least one theme.");
        RuleFor(e => e.Roles).NotEmpty().WithIssueCode(IssueCodes.EditionIncomplete).WithMessage("The edition must define at least one team role.");
        RuleForEach(e => e.Themes).ChildRules(theme =>
        {
            theme.RuleFor(t => t.Code).Must(IsCode).WithIssueCode(IssueCodes.MalformedCode)
                .WithMessage(t => $"The theme code '{t.Code}' must be lower-case letters and digits separated by hyphens, for example managing-resources.");
            theme.RuleFor(t => t.Name).NotEmpty().WithIssueCode(IssueCodes.RequiredTextEmpty).WithMessage("Each theme needs a name.");
        });
        RuleForEach(e => e.Roles).ChildRules(role =>
        {
            role.RuleFor(r => r.Code).Must(IsCode).WithIssueCode(IssueCodes.MalformedCode)
                .WithMessage(r => $"The role code '{r.Code}' must be lower-case letters and digits separated by hyphens, for example team-leader.");
            role.RuleFor(r => r.Name).NotEmpty().WithIssueCode(IssueCodes.RequiredTextEmpty).WithMessage("Each role needs a name.");
            role.RuleFor(r => r).Must(r => r.Minimum >= 0 && r.Minimum <= Math.Max(r.Expected, r.Minimum) && r.Expected >= r.Minimum && (r.Maximum is null || r.Maximum >= r.Expected))
                .WithIssueCode(IssueCodes.RoleCountsOutOfOrder)
                .WithMessage(r => $"The role '{r.Code}' has minimum {r.Minimum}, expected {r.Expected} and maximum {(r.Maximum is null ? "none" : r.Maximum)}; they must satisfy 0 <= minimum <= expected <= maximum.");
        });
        RuleFor(e => e).Custom((edition, context) =>
        {
            ReportDuplicates(context, edition.Themes.Select(t => t.Code), "/themes", "theme");
            ReportDuplicates(context, edition.Roles.Select(r => r.Code), "/roles", "role");
        });
        RuleFor(e => e.LeadInWeeks).InclusiveBetween(1, 52).WithIssueCode(IssueCodes.EditionLengthInvalid)
            .WithMessage(e => $"The lead-in must be between 1 and 52 weeks; it is {e.LeadInWeeks}.");
        RuleFor(e => e.OnSiteDays).InclusiveBetween(1, 10).WithIssueCode(IssueCodes.EditionLengthInvalid)
            .WithMessage(e => $"The on-site visit must be between 1 and 10 working days; it is {e.OnSiteDays}.");
    }

    /// <summary>Returns true when <paramref name="code"/> is lower-case letters and digits separated by single hyphens.</summary>
    /// <param name="code">The code.</param>
    /// <returns>True for a well-formed code.</returns>
    public static bool IsCode(string? code) => code is not null && code.Length <= 64 && CodePattern().IsMatch(code);

    private static void ReportDuplicates(ValidationContext<Edition> context, IEnumerable<string> codes, string pointer, string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var code in codes)
        {
            if (!seen.Add(code))
            {
                context.AddIssue(IssueCodes.EditionDuplicateCode, JsonPointer.Append(JsonPointer.Append(pointer, index), "code"), $"The {what} code '{code}' is defined more than once.");
            }

            index++;
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
