using FluentValidation;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Provenance;

/// <summary>
/// Checks one published source of a record: an id and a title (PC0101, each not empty or white space), and an address,
/// when one is given, that is an absolute <c>http</c> or <c>https</c> address with a host and no white space (PC0605).
/// Whether the ids of a record's sources are unique, and whether the ids its items cite are among them, is checked with
/// the record.
/// </summary>
/// <remarks>
/// The messages name the source by its id and never quote its address, which may carry personal data (a name in a
/// path, an email address in a query). Build one and reuse it: it holds no state between validations and is safe to
/// share between threads. Validating a null source throws <see cref="InvalidOperationException"/>, as every
/// FluentValidation validator does.
/// </remarks>
public sealed class SourceValidator : AbstractValidator<Source>
{
    /// <summary>Initializes the validator with its rules.</summary>
    public SourceValidator()
    {
        RuleFor(s => s.Id).NotEmpty().WithIssueCode(CommonIssueCodes.RequiredTextEmpty).WithMessage("Each source needs an id, which the items of the record cite.");
        RuleFor(s => s.Title).NotEmpty().WithIssueCode(CommonIssueCodes.RequiredTextEmpty)
            .WithMessage(s => $"The source '{s.Id}' needs a title: the title as published, or a plain description such as 'Feedback slides of the peer review'.");
        RuleFor(s => s.Address).Must(IsWebAddress).When(s => s.Address is not null).WithIssueCode(ProvenanceIssueCodes.SourceAddressInvalid)
            .WithMessage(s => $"The address of the source '{s.Id}' is not an absolute http or https address, such as https://www.example.gov.uk/briefing.pdf.");
    }

    /// <summary>Tells whether <paramref name="address"/> is an absolute http or https URI with a host and no white space.</summary>
    /// <param name="address">The address.</param>
    /// <returns>True when it is a web address.</returns>
    internal static bool IsWebAddress(string? address) =>
        address is not null
        && !address.Any(char.IsWhiteSpace)
        && Uri.TryCreate(address, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0;
}
