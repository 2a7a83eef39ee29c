using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Evidence;
using PeerChallenge.Domain.OnSite;
using PeerChallenge.Domain.Organisations;
using PeerChallenge.Domain.Provenance;
using PeerChallenge.Domain.Team;

namespace PeerChallenge.Domain.Serialization;

/// <summary>The closed codelists of the format, each with its codes: written as text, one of a documented list (docs/codelists.md).</summary>
internal static class ClosedCodeLists
{
    /// <summary>Each closed codelist type and its codes in documentation order; listed here rather than found by reflection, so it works under native AOT.</summary>
    internal static readonly IReadOnlyDictionary<Type, IReadOnlyList<string>> Codes = new Dictionary<Type, IReadOnlyList<string>>
    {
        [typeof(Sector)] = Of<Sector>(),
        [typeof(IssueSeverity)] = Of<IssueSeverity>(),
        [typeof(Knowledge)] = Of<Knowledge>(),
        [typeof(RecordKind)] = Of<RecordKind>(),
        [typeof(SourceKind)] = Of<SourceKind>(),
        [typeof(MemberStatus)] = Of<MemberStatus>(),
        [typeof(EarlierReviewKind)] = Of<EarlierReviewKind>(),
        [typeof(EarlierReviewRelation)] = Of<EarlierReviewRelation>(),
        [typeof(OfstedGrade)] = Of<OfstedGrade>(),
        [typeof(MarkingScheme)] = Of<MarkingScheme>(),
        [typeof(SecurityMarking)] = Of<SecurityMarking>(),
        [typeof(DocumentKind)] = Of<DocumentKind>(),
        [typeof(EvidenceMethod)] = Of<EvidenceMethod>(),
        [typeof(SessionKind)] = Of<SessionKind>(),
        [typeof(Framework.RequiredDay)] = Of<Framework.RequiredDay>(),
        [typeof(Findings.RecommendationPriority)] = Of<Findings.RecommendationPriority>(),
        [typeof(Findings.ReportStatus)] = Of<Findings.ReportStatus>(),
        [typeof(Findings.CommentDecision)] = Of<Findings.CommentDecision>(),
        [typeof(Findings.ActionStatus)] = Of<Findings.ActionStatus>(),
    };

    /// <summary>True when <paramref name="type"/> is one of the closed codelists.</summary>
    internal static bool Is(Type type) => Codes.ContainsKey(type);

    private static IReadOnlyList<string> Of<T>()
        where T : class, ICodeListItem<T> => Array.AsReadOnly(T.All.Select(item => item.Code).ToArray());
}
