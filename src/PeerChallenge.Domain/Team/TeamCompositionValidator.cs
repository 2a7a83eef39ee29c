using System.Globalization;
using FluentValidation;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Organisations;
using PeerChallenge.Domain.Provenance;

namespace PeerChallenge.Domain.Team;

/// <summary>
/// Checks the team as a whole against an edition: each member against <see cref="TeamMemberValidator"/>, unique ids
/// (PC0105), independence from the host council and its partners (PC0206), one role a person (PC0207), how many
/// hold each role (PC0201, PC0202, PC0208), and places still to be confirmed (PC0209).
/// </summary>
/// <remarks>
/// What the record knows changes what can be checked: when the team is only partly recorded or not known
/// (<see cref="TeamComposition.TeamKnown"/>), the minimum and expected counts are not checked and PC0211 says so once;
/// on a record of a past review (<see cref="TeamComposition.Kind"/>) a place still to fill is history, not a task, so
/// PC0208 and PC0209 do not run. Members without a name are never taken for the same person.
/// </remarks>
/// <remarks>Build one per edition and reuse it: it holds no state between validations and is safe to share between threads.</remarks>
public sealed class TeamCompositionValidator : AbstractValidator<TeamComposition>
{
    /// <summary>Initializes the validator for teams of <paramref name="edition"/>.</summary>
    /// <param name="edition">The record's edition; when null only the edition-independent rules run.</param>
    public TeamCompositionValidator(Edition? edition)
    {
        var planMembers = new TeamMemberValidator(edition, placesToFill: true);
        var pastMembers = new TeamMemberValidator(edition, placesToFill: false);
        RuleForEach(c => c.Team).SetValidator((c, _) => c.Kind == RecordKind.PastReview ? pastMembers : planMembers);
        RuleFor(c => c.Team).MustHaveUniqueIds(m => m.Id, "team members");
        RuleFor(c => c).Custom(CheckIndependence);
        RuleFor(c => c.Team).Custom(CheckOneRoleEach);
        RuleFor(c => c.TeamKnown).Must(known => known == Knowledge.Known).WithIssueCode(TeamIssueCodes.TeamNotFullyRecorded)
            .WithMessage(c => c.TeamKnown == Knowledge.NotKnown
                ? "The record says the team is not known, so the roles the edition requires and expects were not checked."
                : "The record gives only part of the team, so whether the roles the edition requires and expects are filled was not checked.");
        if (edition is not null)
        {
            RuleFor(c => c.Team).Custom((_, context) => CheckRoleCounts(context.InstanceToValidate, edition, context));
        }
    }

    private static void CheckIndependence(TeamComposition composition, ValidationContext<TeamComposition> context)
    {
        // One look-up a member, not a scan of the partners: the rule stays linear in the size of the record.
        var partners = new Dictionary<OrganisationId, Organisation>();
        foreach (var partner in composition.PartnerAgencies)
        {
            partners.TryAdd(partner.Id, partner);
        }

        for (var i = 0; i < composition.Team.Count; i++)
        {
            var member = composition.Team[i];
            if (member.HomeOrganisation is not { } home)
            {
                continue;
            }

            var at = JsonPointer.Root.Append("team").Append(i).Append("homeOrganisation").Append("id");
            if (home.Id == composition.HostCouncil.Id)
            {
                context.AddIssue(TeamIssueCodes.PeerNotIndependent, at,
                    $"Team member '{member.Id}' works for the host council ({composition.HostCouncil.Name}). Peers must come from other authorities.");
            }
            else if (partners.TryGetValue(home.Id, out var partner))
            {
                context.AddIssue(TeamIssueCodes.PeerNotIndependent, at,
                    $"Team member '{member.Id}' works for {partner.Name}, a partner agency under review. Peers must come from other organisations.");
            }
        }
    }

    private static void CheckOneRoleEach(IReadOnlyList<TeamMember> team, ValidationContext<TeamComposition> context)
    {
        var seen = new Dictionary<(string Name, string? Organisation), int>();
        for (var i = 0; i < team.Count; i++)
        {
            var member = team[i];
            if (string.IsNullOrWhiteSpace(member.Name))
            {
                continue;
            }

            var key = (Normalise(member.Name), member.HomeOrganisation?.Id.Value);
            if (!seen.TryAdd(key, i))
            {
                context.AddIssue(TeamIssueCodes.PersonHoldsTwoRoles, JsonPointer.Root.Append(i),
                    $"Team members '{team[seen[key]].Id}' and '{member.Id}' are the same person (same name and home organisation). A person holds one role on the team.");
            }
        }
    }

    private static void CheckRoleCounts(TeamComposition composition, Edition edition, ValidationContext<TeamComposition> context)
    {
        var team = composition.Team;
        var whole = composition.TeamKnown == Knowledge.Known;
        foreach (var role in edition.Roles)
        {
            var count = team.Count(m => m.Role == role.Code);
            if (count < role.Minimum && whole)
            {
                context.AddIssue(TeamIssueCodes.RoleBelowMinimum, JsonPointer.Root,
                    count == 0
                        ? $"The team has no {role.Name}. The {edition.Name} edition needs {Describe(role)}."
                        : $"The team has {count} {role.Name}(s). The {edition.Name} edition needs {Describe(role)}.");
            }
            else if (role.Maximum is { } maximum && count > maximum)
            {
                context.AddIssue(TeamIssueCodes.RoleAboveMaximum, JsonPointer.Root,
                    $"The team has {count} people in the role {role.Name}. The {edition.Name} edition allows {Describe(role)}.");
            }
            else if (count < role.Expected && whole && composition.Kind != RecordKind.PastReview)
            {
                context.AddIssue(TeamIssueCodes.RoleNotFilled, JsonPointer.Root,
                    $"The team has {(count == 0 ? "no" : count.ToString(CultureInfo.InvariantCulture))} {role.Name}; the {edition.Name} edition expects {role.Expected}.");
            }
        }
    }

    private static string Describe(RoleDefinition role) => role.Maximum == role.Minimum
        ? $"exactly {role.Minimum}"
        : role.Maximum is null ? $"at least {role.Minimum}" : $"between {role.Minimum} and {role.Maximum}";

    private static string Normalise(string name) => string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
