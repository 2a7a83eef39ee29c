using FluentValidation;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Organisations;

namespace PeerChallenge.Domain.Team;

/// <summary>
/// Checks one team member against the rules of its role in an edition: an id (PC0101), the home organisation when given
/// (<see cref="OrganisationValidator"/>: a name, PC0101, and the years of its names, PC0114), the role exists (PC0203), an
/// elected member where the role needs one (PC0204), the sector the role needs (PC0205), on site or off site as the
/// role says (PC0210), and whether the member is still to be confirmed (PC0209, by <see cref="TeamMember.EffectiveStatus"/>).
/// </summary>
/// <remarks>
/// A member on its own is checked as a member of a plan. <see cref="TeamCompositionValidator"/> leaves PC0209 out on a
/// record of a past review, where a place still to fill is history, not a task. Build one per edition and reuse it: it
/// holds no state between validations and is safe to share between threads.
/// </remarks>
public sealed class TeamMemberValidator : AbstractValidator<TeamMember>
{
    private static readonly OrganisationValidator OrganisationRules = new();

    /// <summary>Initializes the validator for members of <paramref name="edition"/>.</summary>
    /// <param name="edition">The edition whose roles apply; when null only the edition-independent rules run.</param>
    public TeamMemberValidator(Edition? edition)
        : this(edition, placesToFill: true)
    {
    }

    /// <summary>Initializes the validator for members of <paramref name="edition"/>, with or without PC0209.</summary>
    /// <param name="edition">The edition whose roles apply; when null only the edition-independent rules run.</param>
    /// <param name="placesToFill">Whether a member still to be confirmed is reported (PC0209): false for a past review.</param>
    internal TeamMemberValidator(Edition? edition, bool placesToFill)
    {
        RuleFor(m => m.Id).NotEmpty().WithIssueCode(CommonIssueCodes.RequiredTextEmpty).WithMessage("Each team member needs an id.");
        RuleFor(m => m.HomeOrganisation!).SetValidator(OrganisationRules).When(m => m.HomeOrganisation is not null);
        if (placesToFill)
        {
            // Here, among the member's own rules, so that the issues come in the order they always did.
            RuleFor(m => m).Must(m => !m.IsToBeConfirmed).WithIssueCode(TeamIssueCodes.MemberToBeConfirmed)
                .WithMessage(m => $"The {RoleName(edition, m.Role)} is still to be confirmed: give the person's name and home organisation when known.");
        }

        if (edition is null)
        {
            return;
        }

        RuleFor(m => m.Role).Must(role => edition.FindRole(role) is not null).WithIssueCode(TeamIssueCodes.UnknownRole)
            .WithMessage(m => $"'{m.Role}' is not a team role in the {edition.Name} edition. Its roles are: {string.Join(", ", edition.Roles.Select(r => r.Code))}.");
        RuleFor(m => m.ElectedMember).Equal(true).When(m => edition.FindRole(m.Role)?.RequiresElectedMember == true)
            .WithIssueCode(TeamIssueCodes.ElectedMemberRequired)
            .WithMessage(m => $"Team member '{m.Id}' is the {RoleName(edition, m.Role)}, who must be an elected member (a councillor), but is not marked as one (electedMember).");
        RuleFor(m => m.Sector).Must((m, _) => m.EffectiveSector is null || ReferenceEquals(m.EffectiveSector, edition.FindRole(m.Role)!.RequiredSector))
            .When(m => edition.FindRole(m.Role)?.RequiredSector is not null)
            .WithIssueCode(TeamIssueCodes.RoleSectorMismatch)
            .WithMessage(m => $"Team member '{m.Id}' is the {RoleName(edition, m.Role)}, who must come from the {SectorName(edition, m)} sector, but their sector is {m.EffectiveSector?.DisplayName.ToLowerInvariant()}.");
        RuleFor(m => m.Sector).NotNull()
            .When(m => edition.FindRole(m.Role)?.RequiredSector is not null && m.EffectiveSector is null && !string.IsNullOrWhiteSpace(m.Name) && m.HomeOrganisation is not null)
            .WithIssueCode(TeamIssueCodes.RoleSectorMismatch)
            .WithMessage(m => $"Team member '{m.Id}' is the {RoleName(edition, m.Role)}, who must come from the {SectorName(edition, m)} sector: give the sector of the team member or of their home organisation.");
        RuleFor(m => m.OnSite).Must((m, onSite) => onSite == edition.FindRole(m.Role)!.OnSite)
            .When(m => m.OnSite is not null && edition.FindRole(m.Role) is not null)
            .WithIssueCode(TeamIssueCodes.OnSiteMismatch)
            .WithMessage(m => edition.FindRole(m.Role)!.OnSite
                ? $"The {RoleName(edition, m.Role)} is on site in this edition, but the team member is marked as off site."
                : $"The {RoleName(edition, m.Role)} works off site in this edition, but the team member is marked as on site.");
    }

    private static string RoleName(Edition? edition, RoleCode role) => edition?.FindRole(role)?.Name ?? $"'{role}' role";

    private static string SectorName(Edition edition, TeamMember member) => edition.FindRole(member.Role)!.RequiredSector!.DisplayName.ToLowerInvariant();
}
