using FluentValidation;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Team;
using PeerChallenge.Domain.Timeline;

namespace PeerChallenge.Domain;

/// <summary>
/// Checks a whole peer challenge record and reports every problem at once: the edition, the host council
/// and partners, the team composition, the dates, the Ofsted notification, the contact and the lines of
/// enquiry. Each failure carries a stable code (see <see cref="IssueCodes"/>); use
/// <see cref="ValidateRecord"/> to get them as <see cref="ValidationIssue"/>s with JSON Pointers.
/// </summary>
/// <example>
/// <code>
/// var issues = new ChallengeRecordValidator().ValidateRecord(record);
/// if (issues.Any(i => i.IsError)) { ... }
/// </code>
/// </example>
public sealed class ChallengeRecordValidator : AbstractValidator<ChallengeRecord>
{
    /// <summary>Initializes the validator with the default options (built-in editions only).</summary>
    public ChallengeRecordValidator()
        : this(ChallengeValidationOptions.Default)
    {
    }

    /// <summary>Initializes the validator with <paramref name="options"/>.</summary>
    /// <param name="options">The options: which editions are known besides one the record defines, and the working-day calendar.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public ChallengeRecordValidator(ChallengeValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        var catalog = options.Editions;

        RuleFor(r => r.Edition).Must((r, _) => EditionResolution.Resolve(r, catalog) is not null).WithIssueCode(IssueCodes.UnknownEdition)
            .WithMessage(r => $"'{r.Edition}' is not a known framework edition. Use one of: {string.Join(", ", catalog.Editions.Select(e => e.Code))}, or define it in editionDefinition.");
        RuleFor(r => r.EditionDefinition!.Code).Must((r, code) => string.Equals(code, r.Edition, StringComparison.Ordinal) && !catalog.TryFind(code, out _))
            .When(r => r.EditionDefinition is not null)
            .WithIssueCode(IssueCodes.EditionDefinitionMismatch)
            .WithMessage(r => catalog.TryFind(r.EditionDefinition!.Code, out _)
                ? $"The editionDefinition redefines '{r.EditionDefinition!.Code}', which is already a known edition. Give a custom edition its own code."
                : $"The editionDefinition has code '{r.EditionDefinition!.Code}', but the record's edition is '{r.Edition}'.");
        RuleFor(r => r.EditionDefinition!).SetValidator(new EditionValidator()).When(r => r.EditionDefinition is not null);

        RuleFor(r => r.HostCouncil).SetValidator(new OrganisationValidator());
        RuleFor(r => r.HostCouncil.Id).Must((r, id) => id.IsEnglishLocalAuthority || ReferenceEquals(r.HostCouncil.Sector, Sector.LocalGovernment))
            .WithIssueCode(IssueCodes.HostNotLocalAuthority)
            .WithMessage(r => $"The host council's identifier {r.HostCouncil.Id} is not in the register of English local authorities (GB-LAE-...) and its sector is not local-government.");
        RuleForEach(r => r.PartnerAgencies).SetValidator(new OrganisationValidator());
        RuleForEach(r => r.PartnerAgencies).Must((r, partner) => partner.Id != r.HostCouncil.Id).WithIssueCode(IssueCodes.PartnerIsHost)
            .WithMessage((r, partner) => $"The partner agency {partner.Name} has the host council's identifier ({partner.Id}). The host council is not its own partner.");
        RuleFor(r => r).Custom((record, context) =>
        {
            ReportDuplicateIds(context, record.PartnerAgencies.Select(p => p.Id.Value), "/partnerAgencies", "partner agencies");
            ReportDuplicateIds(context, record.LinesOfEnquiry.Select(l => l.Id), "/linesOfEnquiry", "lines of enquiry");
        });

        Include(record => new TeamCompositionValidator(EditionResolution.Resolve(record, catalog)));

        RuleFor(r => r.Timeline).SetValidator(new ChallengeTimelineValidator());
        Include(record => new TimelineRulesValidator(options.Calendar, EditionResolution.Resolve(record, catalog)));
        RuleFor(r => r.OfstedNotification!).SetValidator(r => new OfstedNotificationValidator(r.Timeline.OnSiteStart)).When(r => r.OfstedNotification is not null);
        RuleFor(r => r.Contact!).SetValidator(new ContactValidator()).When(r => r.Contact is not null);
        RuleForEach(r => r.LinesOfEnquiry).SetValidator(r => new LineOfEnquiryValidator(EditionResolution.Resolve(r, catalog), options.PersonalDataScanner));
    }

    /// <summary>Gets the options this validator was made with.</summary>
    public ChallengeValidationOptions Options { get; }

    /// <summary>Validates <paramref name="record"/> and returns every issue, errors and warnings, in the order found.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The issues; empty when the record is valid with no warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public IReadOnlyList<ValidationIssue> ValidateRecord(ChallengeRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Validate(record).ToIssues();
    }

    private static void ReportDuplicateIds(ValidationContext<ChallengeRecord> context, IEnumerable<string> ids, string pointer, string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var id in ids)
        {
            if (!seen.Add(id))
            {
                context.AddIssue(IssueCodes.DuplicateId, $"{pointer}/{index}/id", $"Two {what} have the id '{id}': each needs its own.");
            }

            index++;
        }
    }
}
