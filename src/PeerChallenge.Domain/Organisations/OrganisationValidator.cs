using FluentValidation;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Organisations;

/// <summary>
/// Checks an organisation (the host council, a partner agency, the body that ran the challenge, a team member's home
/// organisation): it has a name (PC0101), and each of the names it has had (<see cref="Organisation.Names"/>) has text
/// (PC0101, at <c>names/INDEX/name</c>) and does not end before it starts (PC0114, at <c>names/INDEX/to</c>, when both
/// years are given).
/// </summary>
/// <remarks>
/// Messages name the organisation by its identifier, never by a name. Build one and reuse it: it holds no state between
/// validations and is safe to share between threads.
/// </remarks>
public sealed class OrganisationValidator : AbstractValidator<Organisation>
{
    /// <summary>Initializes the validator with its rules.</summary>
    public OrganisationValidator()
    {
        RuleFor(o => o.Name).NotEmpty().WithIssueCode(CommonIssueCodes.RequiredTextEmpty)
            .WithMessage(o => $"The organisation {o.Id} needs a name.");
        RuleFor(o => o.Names).Custom(CheckNames);
    }

    private static void CheckNames(IReadOnlyList<OrganisationName> names, ValidationContext<Organisation> context)
    {
        var id = context.InstanceToValidate.Id;
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            if (string.IsNullOrWhiteSpace(name.Name))
            {
                context.AddIssue(CommonIssueCodes.RequiredTextEmpty, JsonPointer.Root.Append(i).Append("name"),
                    $"Name {i + 1} of the names of the organisation {id} is empty: give the name it had, or leave that entry out.");
            }

            if (name is { From: { } from, To: { } to } && to < from)
            {
                context.AddIssue(OrganisationIssueCodes.NameYearsReversed, JsonPointer.Root.Append(i).Append("to"),
                    $"Name {i + 1} of the names of the organisation {id} is used from {from} to {to}: its last year (to) is before its first (from).");
            }
        }
    }
}
