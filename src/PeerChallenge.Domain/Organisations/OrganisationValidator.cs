using FluentValidation;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Organisations;

/// <summary>Checks an organisation: it has a name (PC0101).</summary>
public sealed class OrganisationValidator : AbstractValidator<Organisation>
{
    /// <summary>Initializes the validator with its rules.</summary>
    public OrganisationValidator()
    {
        RuleFor(o => o.Name).NotEmpty().WithIssueCode(CommonIssueCodes.RequiredTextEmpty)
            .WithMessage(o => $"The organisation {o.Id} needs a name.");
    }
}
