using System.Globalization;
using FluentValidation;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Organisations;
using PeerChallenge.Domain.Privacy;

namespace PeerChallenge.Domain.Evidence;

/// <summary>
/// Checks the document library and the evidence items of a record, and reports every problem at once:
/// <list type="bullet">
/// <item><description>each document and evidence item has an id (PC0101), unique within the documents and within the evidence (PC0105); a document has a title, a source a role group and an agency type (PC0101);</description></item>
/// <item><description>themes are the edition's (PC0106); lines of enquiry, documents and team members are referred to by ids the record has, and a document's owner is the host council or a partner agency (PC0701);</description></item>
/// <item><description>a document's marking is of the scheme in use on its date (PC0705, a warning; <see cref="MarkingRules"/>);</description></item>
/// <item><description>an evidence item's summary and source contain no personal data (PC0401), and its source is a group of at least the non-attribution threshold (PC0704, a warning).</description></item>
/// </list>
/// </summary>
/// <remarks>
/// Messages name documents and evidence items by their ids and never quote a summary or a source. Build one per
/// edition, scanner and threshold and reuse it: it holds no state between validations and is safe to share between
/// threads. <see cref="ChallengeRecordValidator"/> runs it on the record.
/// </remarks>
public sealed class EvidenceValidator : AbstractValidator<EvidenceLibrary>
{
    /// <summary>The non-attribution threshold when none is given: a view is reported for a group of at least 3.</summary>
    public const int DefaultNonAttributionThreshold = 3;

    /// <summary>Initializes the validator for documents and evidence of <paramref name="edition"/>.</summary>
    /// <param name="edition">The record's edition; when null, theme codes are not checked.</param>
    /// <param name="scanner">The personal-data scanner for summaries and sources; null (the default) uses <see cref="PersonalDataScanner.Default"/>.</param>
    /// <param name="nonAttributionThreshold">The smallest group whose view may be reported as a group (at least 1). Default <see cref="DefaultNonAttributionThreshold"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="nonAttributionThreshold"/> is less than 1.</exception>
    public EvidenceValidator(Edition? edition, PersonalDataScanner? scanner = null, int nonAttributionThreshold = DefaultNonAttributionThreshold)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(nonAttributionThreshold, 1);
        var personalData = scanner ?? PersonalDataScanner.Default;
        NonAttributionThreshold = nonAttributionThreshold;

        RuleForEach(c => c.Documents).ChildRules(document =>
        {
            document.RuleFor(d => d.Id).NotEmpty().WithIssueCode(CommonIssueCodes.RequiredTextEmpty).WithMessage("Each document needs an id.");
            document.RuleFor(d => d.Title).NotEmpty().WithIssueCode(CommonIssueCodes.RequiredTextEmpty).WithMessage(d => $"The document '{d.Id}' needs a title.");
            if (edition is not null)
            {
                document.RuleForEach(d => d.Themes).Must(theme => edition.FindTheme(theme) is not null).WithIssueCode(FrameworkIssueCodes.UnknownTheme)
                    .WithMessage((d, theme) => $"'{theme}' is not a theme of the {edition.Name} edition. Its themes are: {Themes(edition)}.");
            }
        });
        RuleFor(c => c.Documents).MustHaveUniqueIds(d => d.Id, "documents");

        RuleForEach(c => c.Evidence).ChildRules(item =>
        {
            item.RuleFor(e => e.Id).NotEmpty().WithIssueCode(CommonIssueCodes.RequiredTextEmpty).WithMessage("Each evidence item needs an id.");
            item.RuleFor(e => e.Summary).MustNotContainPersonalData(personalData).WithName(e => $"The summary of evidence item '{e.Id}'");
            item.RuleFor(e => e.Source!.RoleGroup).NotEmpty().When(e => e.Source is not null).WithIssueCode(CommonIssueCodes.RequiredTextEmpty)
                .WithMessage(e => $"The source of evidence item '{e.Id}' needs a role group, for example front-line social workers.");
            item.RuleFor(e => e.Source!.AgencyType).NotEmpty().When(e => e.Source is not null).WithIssueCode(CommonIssueCodes.RequiredTextEmpty)
                .WithMessage(e => $"The source of evidence item '{e.Id}' needs an agency type, for example local authority.");
            item.RuleFor(e => e.Source!.RoleGroup).MustNotContainPersonalData(personalData).When(e => e.Source is not null)
                .WithName(e => $"The role group of the source of evidence item '{e.Id}'");
            item.RuleFor(e => e.Source!.AgencyType).MustNotContainPersonalData(personalData).When(e => e.Source is not null)
                .WithName(e => $"The agency type of the source of evidence item '{e.Id}'");
            item.RuleFor(e => e.Source!.GroupSize).Must(size => size >= nonAttributionThreshold).When(e => e.Source?.GroupSize is not null)
                .WithIssueCode(EvidenceIssueCodes.GroupBelowThreshold)
                .WithMessage(e => string.Create(CultureInfo.InvariantCulture,
                    $"The source of evidence item '{e.Id}' is a group of {e.Source!.GroupSize}, fewer than the non-attribution threshold of {nonAttributionThreshold}: its view cannot be reported as a group, because it could single someone out. Widen the group (a broader role group or agency type) or report the evidence with other evidence."));
            if (edition is not null)
            {
                item.RuleForEach(e => e.Themes).Must(theme => edition.FindTheme(theme) is not null).WithIssueCode(FrameworkIssueCodes.UnknownTheme)
                    .WithMessage((e, theme) => $"'{theme}' is not a theme of the {edition.Name} edition. Its themes are: {Themes(edition)}.");
            }
        });
        RuleFor(c => c.Evidence).MustHaveUniqueIds(e => e.Id, "evidence items");

        RuleFor(c => c).Custom(CheckDocuments);
        RuleFor(c => c).Custom(CheckEvidence);
    }

    /// <summary>Gets the smallest group whose view may be reported as a group.</summary>
    public int NonAttributionThreshold { get; }

    /// <summary>PC0701 for a document's unknown owner or line of enquiry, PC0705 for its marking.</summary>
    private static void CheckDocuments(EvidenceLibrary library, ValidationContext<EvidenceLibrary> context)
    {
        var owners = new HashSet<OrganisationId>(library.PartnerAgencies.Select(p => p.Id)) { library.HostCouncil.Id };
        var lines = LineIds(library);
        for (var i = 0; i < library.Documents.Count; i++)
        {
            var document = library.Documents[i];
            var at = JsonPointer.Root.Append("documents").Append(i);
            if (document.Owner is { } owner && !owners.Contains(owner))
            {
                context.AddIssue(EvidenceIssueCodes.UnknownReference, at.Append("owner"),
                    $"The owner of document '{document.Id}' ({owner}) is neither the host council nor one of the partner agencies (partnerAgencies). Correct the owner, or add the agency as a partner.");
            }

            CheckIds(context, document.LinesOfEnquiry, lines, at.Append("linesOfEnquiry"), $"The document '{document.Id}'", "line of enquiry", "lines of enquiry (linesOfEnquiry)");
            if (MarkingRules.Issue(document.Marking, document.Date, at.Append("marking")) is { } marking)
            {
                context.AddIssue(marking.Code, marking.Path, marking.Message);
            }
        }
    }

    /// <summary>PC0701 for an evidence item's unknown line of enquiry, team member or document.</summary>
    private static void CheckEvidence(EvidenceLibrary library, ValidationContext<EvidenceLibrary> context)
    {
        var lines = LineIds(library);
        var members = new HashSet<string>(library.TeamMemberIds, StringComparer.Ordinal);
        var documents = new HashSet<string>(library.Documents.Select(d => d.Id), StringComparer.Ordinal);
        for (var i = 0; i < library.Evidence.Count; i++)
        {
            var item = library.Evidence[i];
            var at = JsonPointer.Root.Append("evidence").Append(i);
            var who = $"The evidence item '{item.Id}'";
            CheckIds(context, item.LinesOfEnquiry, lines, at.Append("linesOfEnquiry"), who, "line of enquiry", "lines of enquiry (linesOfEnquiry)");
            for (var j = 0; j < item.GatheredBy.Count; j++)
            {
                // The unknown value is not quoted: a name written where a member's id belongs would be repeated.
                if (!members.Contains(item.GatheredBy[j]))
                {
                    context.AddIssue(EvidenceIssueCodes.UnknownReference, at.Append("gatheredBy").Append(j),
                        $"{who} names as gatherer (gatheredBy, item {j.ToString(CultureInfo.InvariantCulture)}) someone who is not one of the record's team members: give the id of a team member (team), not a name.");
                }
            }

            CheckIds(context, item.Documents, documents, at.Append("documents"), who, "document", "documents (documents)");
        }
    }

    private static void CheckIds(ValidationContext<EvidenceLibrary> context, IReadOnlyList<string> ids, HashSet<string> known, JsonPointer at, string who, string what, string whose)
    {
        for (var j = 0; j < ids.Count; j++)
        {
            if (!known.Contains(ids[j]))
            {
                context.AddIssue(EvidenceIssueCodes.UnknownReference, at.Append(j),
                    $"{who} refers to the {what} '{ids[j]}', which is not the id of one of the record's {whose}.");
            }
        }
    }

    private static HashSet<string> LineIds(EvidenceLibrary library) => new(library.LinesOfEnquiry.Select(l => l.Id), StringComparer.Ordinal);

    private static string Themes(Edition edition) => string.Join(", ", edition.Themes.Select(t => t.Code));
}
