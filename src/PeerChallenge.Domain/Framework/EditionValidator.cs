using FluentValidation;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Framework;

/// <summary>
/// Checks an edition defined as data: names (PC0101), at least one theme and one role (PC0501), theme and role codes
/// unique (PC0502), the kinds of required on-site sessions and the codes of kinds of finding well formed (PC0503), kinds of finding named (PC0101) and unique (PC0502), role counts in order (PC0504), lengths in range (PC0505). Codes are well formed by construction
/// (<see cref="ThemeCode"/>, <see cref="RoleCode"/>); the reader reports a malformed one as PC0503.
/// </summary>
/// <remarks>Holds no state between validations and is safe to share between threads.</remarks>
public sealed class EditionValidator : AbstractValidator<Edition>
{
    /// <summary>Initializes the validator with its rules.</summary>
    public EditionValidator()
    {
        RuleFor(e => e.Name).NotEmpty().WithIssueCode(CommonIssueCodes.RequiredTextEmpty).WithMessage("The edition needs a name.");
        RuleFor(e => e.Themes).NotEmpty().WithIssueCode(FrameworkIssueCodes.EditionIncomplete).WithMessage("The edition must define at least one theme.");
        RuleFor(e => e.Roles).NotEmpty().WithIssueCode(FrameworkIssueCodes.EditionIncomplete).WithMessage("The edition must define at least one team role.");
        RuleForEach(e => e.Themes).ChildRules(theme =>
            theme.RuleFor(t => t.Name).NotEmpty().WithIssueCode(CommonIssueCodes.RequiredTextEmpty).WithMessage("Each theme needs a name."));
        RuleForEach(e => e.Roles).ChildRules(role =>
        {
            role.RuleFor(r => r.Name).NotEmpty().WithIssueCode(CommonIssueCodes.RequiredTextEmpty).WithMessage("Each role needs a name.");
            role.RuleFor(r => r).Must(r => r.Minimum >= 0 && r.Expected >= r.Minimum && (r.Maximum is null || r.Maximum >= r.Expected))
                .WithIssueCode(FrameworkIssueCodes.RoleCountsOutOfOrder)
                .WithMessage(r => $"The role '{r.Code}' has minimum {r.Minimum}, expected {r.Expected} and maximum {(r.Maximum is null ? "none" : r.Maximum)}; they must satisfy 0 <= minimum <= expected <= maximum.");
        });
        RuleFor(e => e.Themes).MustHaveUniqueIds(t => t.Code.Value, "themes", "code", FrameworkIssueCodes.EditionDuplicateCode);
        RuleFor(e => e.Roles).MustHaveUniqueIds(r => r.Code.Value, "roles", "code", FrameworkIssueCodes.EditionDuplicateCode);
        RuleForEach(e => e.OnSiteRequirements).ChildRules(requirement =>
            requirement.RuleFor(r => r.Kind).Must(KebabCode.IsWellFormed).WithIssueCode(FrameworkIssueCodes.MalformedCode)
                .WithMessage($"The kind of a required on-site session must be a session kind code: {KebabCode.Form("a code", "opening-meeting")}."));
        RuleForEach(e => e.FindingKinds).ChildRules(kind =>
        {
            kind.RuleFor(k => k.Code).Must(KebabCode.IsWellFormed).WithIssueCode(FrameworkIssueCodes.MalformedCode)
                .WithMessage($"The code of a kind of finding must be {KebabCode.Form("a code", "area-for-consideration")}.");
            kind.RuleFor(k => k.Name).NotEmpty().WithIssueCode(CommonIssueCodes.RequiredTextEmpty).WithMessage(k => $"The kind of finding '{k.Code}' needs a name.");
        });
        RuleFor(e => e.FindingKinds).MustHaveUniqueIds(k => k.Code, "kinds of finding", "code", FrameworkIssueCodes.EditionDuplicateCode);
        RuleFor(e => e.LeadInWeeks).InclusiveBetween(1, 52).WithIssueCode(FrameworkIssueCodes.EditionLengthInvalid)
            .WithMessage(e => $"The lead-in must be between 1 and 52 weeks; it is {e.LeadInWeeks}.");
        RuleFor(e => e.OnSiteDays).InclusiveBetween(1, 10).WithIssueCode(FrameworkIssueCodes.EditionLengthInvalid)
            .WithMessage(e => $"The on-site visit must be between 1 and 10 working days; it is {e.OnSiteDays}.");
    }
}
