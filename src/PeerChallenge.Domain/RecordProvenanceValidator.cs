using FluentValidation;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Provenance;

namespace PeerChallenge.Domain;

/// <summary>
/// Checks what a record knows and where its facts come from, and reports every problem at once:
/// <list type="bullet">
/// <item><description>each source (<see cref="SourceValidator"/>: an id and a title, PC0101; a web address, PC0605) and unique source ids (PC0105, at <c>/sources/INDEX/id</c>);</description></item>
/// <item><description>every source id an item cites is the id of one of the record's sources (PC0602, at <c>/team/INDEX/sources/INDEX</c>, <c>/linesOfEnquiry/...</c>, <c>/earlierReviews/...</c>, <c>/citations/...</c>);</description></item>
/// <item><description>each citation names a source (PC0606, at <c>/citations/INDEX/sources</c>) and is about a part of the record that is given (PC0604, at <c>/citations/INDEX/about</c>);</description></item>
/// <item><description>a record of a past review lists its sources (PC0603, a warning, at <c>/sources</c>);</description></item>
/// <item><description>a part marked not known is not also given (PC0601): the team (<c>/team</c>), the Ofsted notification (<c>/ofstedNotification</c>), the methods (<c>/methods</c>). The themes of a line of enquiry are checked with the line (<see cref="Framework.LineOfEnquiryValidator"/>).</description></item>
/// </list>
/// </summary>
/// <remarks>
/// <para>
/// A citation's <c>about</c> is followed through the record's objects by the format's JSON property names: the empty
/// pointer is the whole record; a property must be given (not null and, for a list, not empty); an index must be within
/// its list. A pointer deeper than the format's table of parts knows (inside an inline edition, or inside a property
/// the record kept as read, such as a local <c>x-</c> property) is accepted once the part the table knows is given.
/// </para>
/// <para>
/// Messages name sources, team members, lines of enquiry and earlier reviews by their ids and citations by their
/// place, and never quote a source's address or a step of a pointer that was not found. A method listed twice is not
/// an issue. Build one and reuse it: it holds no state between validations and is safe to share between threads.
/// <see cref="ChallengeRecordValidator"/> runs these rules with the others.
/// </para>
/// </remarks>
public sealed class RecordProvenanceValidator : AbstractValidator<ChallengeRecord>
{
    private static readonly SourceValidator SourceRules = new();

    /// <summary>Initializes the validator with its rules.</summary>
    public RecordProvenanceValidator()
    {
        RuleForEach(r => r.Sources).SetValidator(SourceRules);
        RuleFor(r => r.Sources).MustHaveUniqueIds(s => s.Id, "sources");
        RuleFor(r => r.Sources).NotEmpty().When(r => r.Kind == RecordKind.PastReview).WithIssueCode(ProvenanceIssueCodes.PastReviewWithoutSources)
            .WithMessage("This record of a past review lists no sources: list the published sources it was compiled from (sources), so that a reader can check every fact.");
        RuleFor(r => r).Custom(CheckCitedSources);
        RuleFor(r => r.Citations).Custom(CheckCitations);

        RuleFor(r => r.Team).Empty().When(r => r.TeamKnown == Knowledge.NotKnown).WithIssueCode(ProvenanceIssueCodes.NotKnownButGiven)
            .WithMessage("The record says the team is not known (teamKnown: not-known) but also lists team members. Remove one or the other: list the members the sources give with teamKnown partly-known, or none.");
        RuleFor(r => r.OfstedNotification).Null().When(r => r.OfstedNotificationKnown == Knowledge.NotKnown).WithIssueCode(ProvenanceIssueCodes.NotKnownButGiven)
            .WithMessage("The record says it is not known whether Ofsted was notified (ofstedNotificationKnown: not-known) but also gives an Ofsted notification. Remove one or the other.");
        RuleFor(r => r.Methods).Empty().When(r => r.MethodsKnown == Knowledge.NotKnown).WithIssueCode(ProvenanceIssueCodes.NotKnownButGiven)
            .WithMessage("The record says its methods are not known (methodsKnown: not-known) but also lists methods. Remove one or the other: list the methods the sources give with methodsKnown partly-known, or none.");
    }

    /// <summary>PC0602: every source id cited by a team member, a line of enquiry, an earlier review or a citation is the id of a source.</summary>
    private static void CheckCitedSources(ChallengeRecord record, ValidationContext<ChallengeRecord> context)
    {
        var known = new HashSet<string>(record.Sources.Select(s => s.Id), StringComparer.Ordinal);
        Check("team", record.Team, m => m.Sources, (m, _) => $"Team member '{m.Id}'");
        Check("linesOfEnquiry", record.LinesOfEnquiry, l => l.Sources, (l, _) => $"The line of enquiry '{l.Id}'");
        Check("earlierReviews", record.EarlierReviews, e => e.Sources, (e, _) => $"The earlier review '{e.Id}'");
        Check("citations", record.Citations, c => c.Sources, (_, at) => $"The citation at {at}");

        void Check<TItem>(string list, IReadOnlyList<TItem> items, Func<TItem, IReadOnlyList<string>> cited, Func<TItem, JsonPointer, string> who)
        {
            for (var i = 0; i < items.Count; i++)
            {
                var at = JsonPointer.Root.Append(list).Append(i);
                var sources = cited(items[i]);
                for (var j = 0; j < sources.Count; j++)
                {
                    if (!known.Contains(sources[j]))
                    {
                        context.AddIssue(ProvenanceIssueCodes.UnknownSource, at.Append("sources").Append(j),
                            $"{who(items[i], at)} cites the source '{sources[j]}', which is not the id of one of the record's sources (sources).");
                    }
                }
            }
        }
    }

    /// <summary>PC0606 and PC0604: each citation names a source and is about a part of the record that is given.</summary>
    private static void CheckCitations(IReadOnlyList<Citation> citations, ValidationContext<ChallengeRecord> context)
    {
        for (var i = 0; i < citations.Count; i++)
        {
            var at = JsonPointer.Root.Append("citations").Append(i);
            if (citations[i].Sources.Count == 0)
            {
                context.AddIssue(ProvenanceIssueCodes.CitationWithoutSource, JsonPointer.Root.Append(i).Append("sources"),
                    $"The citation at {at} names no source: give the id of at least one of the record's sources (sources).");
            }

            if (RecordParts.WhyNotFound(context.InstanceToValidate, citations[i].About) is { } why)
            {
                context.AddIssue(ProvenanceIssueCodes.CitationTargetMissing, JsonPointer.Root.Append(i).Append("about"),
                    $"The citation at {at} is about a part the record does not have: {why}. Point it at a property the record gives, or at an item of one of its lists.");
            }
        }
    }
}
