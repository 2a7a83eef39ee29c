using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Findings;

/// <summary>The issue codes of the findings and the feedback presentation (PC09xx), raised by <see cref="FindingsValidator"/>.</summary>
public static class FindingsIssueCodes
{
    /// <summary>PC0901: a finding's kind is not one of the edition's kinds of finding.</summary>
    public static readonly IssueCode UnknownKind = IssueCode.Error("PC0901", "unknown-finding-kind", "A finding's kind is not one of the edition's kinds of finding (in 2011: strength, area-for-consideration, recommendation).");

    /// <summary>PC0902: a finding or key message refers to a line of enquiry, evidence item or finding the record does not have.</summary>
    public static readonly IssueCode UnknownReference = IssueCode.Error("PC0902", "unknown-finding-reference", "A finding refers to a line of enquiry or an evidence item, or a key message of the feedback to a finding, by an id that is not one of the record's.");

    /// <summary>PC0903: a finding rests on fewer than two independent sources.</summary>
    public static readonly IssueCode NotTriangulated = IssueCode.Warning("PC0903", "finding-not-triangulated", "A finding rests on fewer than two independent sources: evidence items count as independent when they differ in method or in the role group of their source.");

    /// <summary>PC0904: recommendations are not numbered 1 to n, or a finding that is not a recommendation has a number or a priority.</summary>
    public static readonly IssueCode RecommendationNumbering = IssueCode.Error("PC0904", "recommendation-numbering", "Recommendations must each have a number, the numbers 1 to n with none repeated; a finding that is not a recommendation has no number and no priority.");

    /// <summary>PC0905: a recommendation has no priority.</summary>
    public static readonly IssueCode RecommendationWithoutPriority = IssueCode.Warning("PC0905", "recommendation-without-priority", "A recommendation has no priority (high, medium or low).");

    /// <summary>PC0906: the feedback presentation is not on the last on-site day.</summary>
    public static readonly IssueCode FeedbackNotOnLastDay = IssueCode.Warning("PC0906", "feedback-not-on-last-day", "The feedback presentation is not on the last on-site day. Checked only when both are known to the day.");

    /// <summary>PC0907: triangulation was not judged, because a record of a past review records no evidence.</summary>
    public static readonly IssueCode TriangulationNotChecked = IssueCode.Information("PC0907", "triangulation-not-checked", "On a record of a past review that records no evidence items, whether findings rest on two independent sources cannot be judged: one note says so instead of a warning per finding.");

    /// <summary>Gets the codes of this class, ordered by code.</summary>
    public static IReadOnlyList<IssueCode> All { get; } = Array.AsReadOnly([
        UnknownKind, UnknownReference, NotTriangulated, RecommendationNumbering, RecommendationWithoutPriority, FeedbackNotOnLastDay, TriangulationNotChecked]);
}
