using FluentValidation;
using PeerChallenge.Domain.Framework;

namespace PeerChallenge.Domain.Team;

/// <summary>
/// Checks the team as a whole against an edition: how many hold each role (PC0201, PC0202, PC0208),
/// independence from the host council and its partners (PC0206), one role a person (PC0207), unique ids
/// (PC0105), and each member against <see cref="TeamMemberValidator"/>.
/// </summary>
public sealed class TeamCompositionValidator : AbstractValidator<ChallengeRecord>
{
    /// <summary>Initializes the validator for records of <paramref name="edition"/>.</summary>
    /// <param name="edition">The record's edition; when null only the edition-independent rules run.</param>
    public TeamCompositionValidator(Edition? edition)
    {
        RuleForEach(r => r.Team).SetValidator(new TeamMemberValidator(edition));
        RuleFor(r => r).Custom((record, context) =>
        {
            CheckUniqueIds(record, context);
            CheckIndependence(record, context);
            CheckOneRoleEach(record, context);
            if (edition is not null)
            {
                CheckRoleCounts(record, edition, context);
            }
        });
    }

    private static void CheckUniqueIds(ChallengeRecord record, ValidationContext<ChallengeRecord> context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < record.Team.Count; i++)
        {
            if (!seen.Add(record.Team[i].Id))
            {
                context.AddIssue(IssueCodes.DuplicateId, $"/team/{i}/id", $"Two team members have the id '{record.Team[i].Id}': each needs its own.");
            }
        }
    }

    private static void CheckIndependence(ChallengeRecord record, ValidationContext<ChallengeRecord> context)
    {
        for (var i = 0; i < record.Team.Count; i++)
        {
            var home = record.Team[i].HomeOrganisation;
            if (home is null)
            {
                continue;
            }

            if (home.Id == record.HostCouncil.Id)
            {
                context.AddIssue(IssueCodes.PeerNotIndependent, $"/team/{i}/homeOrganisation/id",
                    $"Team member '{record.Team[i].Id}' works for the host council ({record.HostCouncil.Name}). Peers must come from other authorities.");
            }
            else if (record.PartnerAgencies.FirstOrDefault(p => p.Id == home.Id) is { } partner)
            {
                context.AddIssue(IssueCodes.PeerNotIndependent, $"/team/{i}/homeOrganisation/id",
                    $"Team member '{record.Team[i].Id}' works for {partner.Name}, a partner agency under review. Peers must come from other organisations.");
            }
        }
    }

    private static void CheckOneRoleEach(ChallengeRecord record, ValidationContext<ChallengeRecord> context)
    {
        var seen = new Dictionary<(string Name, string? Organisation), int>();
        for (var i = 0; i < record.Team.Count; i++)
        {
            var member = record.Team[i];
            if (string.IsNullOrWhiteSpace(member.Name))
            {
                continue;
            }

            var key = (Normalise(member.Name), member.HomeOrganisation?.Id.Value);
            if (seen.TryGetValue(key, out var first))
            {
                context.AddIssue(IssueCodes.PersonHoldsTwoRoles, $"/team/{i}",
                    $"Team members '{record.Team[first].Id}' and '{member.Id}' are the same person (same name and home organisation). A person holds one role on the team.");
            }
            else
            {
                seen.Add(key, i);
            }
        }
    }

    private static void CheckRoleCounts(ChallengeRecord record, Edition edition, ValidationContext<ChallengeRecord> context)
    {
        foreach (var role in edition.Roles)
        {
            var count = record.Team.Count(m => string.Equals(m.Role, role.Code, StringComparison.Ordinal));
            if (count < role.Minimum)
            {
                context.AddIssue(IssueCodes.RoleBelowMinimum, "/team",
                    count == 0
                        ? $"The team has no {role.Name}. The {edition.Name} edition needs {Describe(role)}."
                        : $"The team has {count} {role.Name}(s). The {edition.Name} edition needs {Describe(role)}.");
            }
            else if (role.Maximum is { } maximum && count > maximum)
            {
                context.AddIssue(IssueCodes.RoleAboveMaximum, "/team",
                    $"The team has {count} people in the role {role.Name}. The {edition.Name} edition allows {Describe(role)}.");
            }
            else if (count < role.Expected)
            {
                context.AddIssue(IssueCodes.RoleNotFilled, "/team",
                    $"The team has {(count == 0 ? "no" : count.ToString(System.Globalization.CultureInfo.InvariantCulture))} {role.Name}; the {edition.Name} edition expects {role.Expected}.");
            }
        }
    }

    private static string Describe(RoleDefinition role) => role.Maximum == role.Minimum
        ? $"exactly {role.Minimum}"
        : role.Maximum is null ? $"at least {role.Minimum}" : $"between {role.Minimum} and {role.Maximum}";

    private static string Normalise(string name) => string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
