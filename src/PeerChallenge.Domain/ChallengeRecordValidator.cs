using FluentValidation;
using FluentValidation.Results;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Evidence;
using PeerChallenge.Domain.Findings;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.OnSite;
using PeerChallenge.Domain.Organisations;
using PeerChallenge.Domain.Team;
using PeerChallenge.Domain.Timeline;

namespace PeerChallenge.Domain;

/// <summary>
/// Checks a whole peer challenge record and reports every problem at once: the edition, the host council, the body
/// that ran the challenge and the partners (<see cref="OrganisationValidator"/>), the team
/// (<see cref="TeamCompositionValidator"/>), the dates and the Ofsted notification (<see cref="TimelineRulesValidator"/>),
/// the contact, the lines of enquiry (<see cref="LineOfEnquiryValidator"/>), the earlier reviews
/// (<see cref="EarlierReviewValidator"/>), the documents and evidence items (<see cref="EvidenceValidator"/>), the questionnaires (<see cref="QuestionnaireValidator"/>), the case audit (<see cref="CaseAuditValidator"/>), the on-site timetable (<see cref="TimetableValidator"/>), the findings and feedback presentation (<see cref="FindingsValidator"/>), and the sources, citations and parts marked not known
/// (<see cref="RecordProvenanceValidator"/>).
/// Use <see cref="ValidateRecord"/> to get the issues with their codes and JSON Pointers.
/// </summary>
/// <remarks>
/// Build one and reuse it: the record's edition is resolved once per validation, and the validators of the parts
/// are built once per edition and shared. Safe to use from several threads at once.
/// </remarks>
/// <example>
/// <code>
/// var issues = new ChallengeRecordValidator().ValidateRecord(record);
/// if (issues.Any(i => i.IsError)) { ... }
/// </code>
/// </example>
public sealed class ChallengeRecordValidator : AbstractValidator<ChallengeRecord>
{
    private const string EditionKey = "PeerChallenge.Domain.EditionResolution";
    private static readonly EditionValidator EditionDefinitionRules = new();
    private static readonly OrganisationValidator OrganisationRules = new();
    private static readonly ContactValidator ContactRules = new();
    private static readonly EarlierReviewValidator EarlierReviewRules = new();
    private static readonly RecordProvenanceValidator ProvenanceRules = new();

    private readonly EditionCatalog _catalog;
    private readonly PartValidatorCache _parts;

    /// <summary>Initializes the validator with the default options (built-in editions only).</summary>
    public ChallengeRecordValidator()
        : this(ChallengeValidationOptions.Default)
    {
    }

    /// <summary>Initializes the validator with <paramref name="options"/>.</summary>
    /// <param name="options">The options: which editions are known besides one the record defines, the working-day calendar, the personal-data scanner, the non-attribution threshold, the working hours.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public ChallengeRecordValidator(ChallengeValidationOptions options)
    {
        Options = Preconditions.CheckNotNull(options, nameof(options));
        _catalog = options.Editions;
        _parts = new PartValidatorCache(options);

        RuleFor(r => r.Edition).Must((_, _, context) => Resolved(context).Edition is not null).WithIssueCode(RecordIssueCodes.UnknownEdition)
            .WithMessage(r => $"'{r.Edition}' is not a known framework edition. Use one of: {string.Join(", ", _catalog.Editions.Select(e => e.Code))}, or define it in editionDefinition.");
        RuleFor(r => r.EditionDefinition!.Code).Must((r, code) => code == r.Edition && !_catalog.TryFind(code, out _))
            .When(r => r.EditionDefinition is not null)
            .WithIssueCode(RecordIssueCodes.EditionDefinitionMismatch)
            .WithMessage(r => _catalog.TryFind(r.EditionDefinition!.Code, out _)
                ? $"The editionDefinition redefines '{r.EditionDefinition!.Code}', which is already a known edition. Give a custom edition its own code."
                : $"The editionDefinition has code '{r.EditionDefinition!.Code}', but the record's edition is '{r.Edition}'.");
        RuleFor(r => r.EditionDefinition!).SetValidator(EditionDefinitionRules).When(r => r.EditionDefinition is not null);

        RuleFor(r => r.HostCouncil).SetValidator(OrganisationRules);
        RuleFor(r => r.HostCouncil.Id).Must((r, id) => id.IsEnglishLocalAuthority || ReferenceEquals(r.HostCouncil.Sector, Sector.LocalGovernment))
            .WithIssueCode(RecordIssueCodes.HostNotLocalAuthority)
            .WithMessage(r => $"The host council's identifier {r.HostCouncil.Id} is not in the register of English local authorities (GB-LAE-...) and its sector is not local-government.");
        RuleFor(r => r.ConductedBy!).SetValidator(OrganisationRules).When(r => r.ConductedBy is not null);
        RuleForEach(r => r.PartnerAgencies).SetValidator(OrganisationRules);
        RuleForEach(r => r.PartnerAgencies).Must((r, partner) => partner.Id != r.HostCouncil.Id).WithIssueCode(RecordIssueCodes.PartnerIsHost)
            .WithMessage((r, partner) => $"The partner agency {partner.Name} has the host council's identifier ({partner.Id}). The host council is not its own partner.");
        RuleFor(r => r.PartnerAgencies).MustHaveUniqueIds(p => p.Id.Value, "partner agencies");

        RuleFor(r => r).Custom((record, context) => context.AddIssuesOf(
            Parts(context).Team.Validate(new TeamComposition(record.Team, record.HostCouncil, record.PartnerAgencies) { Kind = record.Kind, TeamKnown = record.TeamKnown }), JsonPointer.Root));
        RuleFor(r => r).Custom((record, context) => context.AddIssuesOf(
            Parts(context).Schedule.Validate(new ChallengeSchedule(record.Timeline, record.OfstedNotification) { Kind = record.Kind, OfstedNotificationKnown = record.OfstedNotificationKnown }), JsonPointer.Root));
        RuleFor(r => r.Contact!).SetValidator(ContactRules).When(r => r.Contact is not null);
        RuleFor(r => r.LinesOfEnquiry).MustHaveUniqueIds(l => l.Id, "lines of enquiry");
        RuleFor(r => r.LinesOfEnquiry).Custom((lines, context) =>
        {
            var rules = Parts(context).LineOfEnquiry;
            for (var i = 0; i < lines.Count; i++)
            {
                context.AddIssuesOf(rules.Validate(lines[i]), JsonPointer.Root.Append(i));
            }
        });
        RuleFor(r => r).Custom((record, context) => context.AddIssuesOf(
            Parts(context).Evidence.Validate(new EvidenceLibrary(record.Documents, record.Evidence, record.HostCouncil)
            {
                PartnerAgencies = record.PartnerAgencies,
                LinesOfEnquiry = record.LinesOfEnquiry,
                TeamMemberIds = [.. record.Team.Select(m => m.Id)],
            }), JsonPointer.Root)).When(r => r.Documents.Count > 0 || r.Evidence.Count > 0);
        RuleFor(r => r).Custom((record, context) => context.AddIssuesOf(
            Parts(context).Questionnaires.Validate(new QuestionnaireSet(record.Questionnaires) { LinesOfEnquiry = record.LinesOfEnquiry }), JsonPointer.Root))
            .When(r => r.Questionnaires.Count > 0);
        RuleFor(r => r).Custom((record, context) => context.AddIssuesOf(
            Parts(context).CaseAudit.Validate(record.CaseAudit!), JsonPointer.Root.Append("caseAudit"))).When(r => r.CaseAudit is not null);
        RuleFor(r => r).Custom((record, context) =>
        {
            // Questionnaires and the case audit carry no date of their own: their markings are of the visit's date.
            var visit = record.Timeline.OnSiteStart;
            var issues = new List<ValidationIssue?>();
            for (var i = 0; i < record.Questionnaires.Count; i++)
            {
                issues.Add(MarkingRules.Issue(record.Questionnaires[i].Marking, visit, JsonPointer.Root.Append("questionnaires").Append(i).Append("marking")));
            }

            issues.Add(MarkingRules.Issue(record.CaseAudit?.Marking, visit, JsonPointer.Root.Append("caseAudit").Append("marking")));
            foreach (var issue in issues.OfType<ValidationIssue>())
            {
                context.AddIssue(issue.Code, issue.Path, issue.Message);
            }
        }).When(r => r.Timeline is not null && (r.Questionnaires.Any(q => q.Marking is not null) || r.CaseAudit?.Marking is not null));
        RuleFor(r => r).Custom((record, context) => context.AddIssuesOf(
            Parts(context).Timetable.Validate(new OnSiteVisit(record.Timetable!, record.Timeline)
            {
                Team = record.Team,
                LinesOfEnquiry = record.LinesOfEnquiry,
                Kind = record.Kind,
            }), JsonPointer.Root)).When(r => r.Timetable is not null);
        RuleFor(r => r).Custom((record, context) => context.AddIssuesOf(
            Parts(context).Findings.Validate(new FindingSet(record.Findings, record.Timeline)
            {
                Feedback = record.Feedback,
                Report = record.Report,
                ActionPlan = record.ActionPlan,
                Evidence = record.Evidence,
                LinesOfEnquiry = record.LinesOfEnquiry,
                Kind = record.Kind,
            }), JsonPointer.Root)).When(r => r.Timeline is not null && (r.Findings.Count > 0 || r.Feedback is not null || r.Report is not null || r.ActionPlan is not null));
        Include(EarlierReviewRules);
        Include(ProvenanceRules);
        Include(new ExportRulesValidator(options));
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

    /// <inheritdoc/>
    /// <remarks>Resolves the record's edition once for all the rules of this validation.</remarks>
    protected override bool PreValidate(ValidationContext<ChallengeRecord> context, ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RootContextData[EditionKey] = EditionResolution.Resolve(context.InstanceToValidate, _catalog);
        return true;
    }

    private static EditionResolution Resolved(ValidationContext<ChallengeRecord> context) => (EditionResolution)context.RootContextData[EditionKey];

    private PartValidators Parts(ValidationContext<ChallengeRecord> context) => _parts.For(Resolved(context));
}
