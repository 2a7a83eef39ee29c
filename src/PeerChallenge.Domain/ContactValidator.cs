using FluentValidation;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain;

/// <summary>Checks the council's contact: a name (PC0101) and a way to reach them (PC0110, a warning).</summary>
public sealed class ContactValidator : AbstractValidator<Contact>
{
    /// <summary>Initializes the validator with its rules.</summary>
    public ContactValidator()
    {
        RuleFor(c => c.Name).NotEmpty().WithIssueCode(CommonIssueCodes.RequiredTextEmpty).WithMessage("The council's contact needs a name.");
        RuleFor(c => c).Must(c => !string.IsNullOrWhiteSpace(c.Email) || !string.IsNullOrWhiteSpace(c.Telephone))
            .WithIssueCode(RecordIssueCodes.ContactUnreachable)
            .WithMessage("The council's contact has neither an email address nor a telephone number, so staff and partners cannot reach them.");
    }
}
