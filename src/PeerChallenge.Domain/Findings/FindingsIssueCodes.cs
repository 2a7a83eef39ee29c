using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Findings;

/// <summary>The issue codes of the findings and the feedback presentation (PC09xx), raised by <see cref="FindingsValidator"/>, <see cref="ReportValidator"/> and <see cref="ActionPlanValidator"/>.</summary>
public static class FindingsIssueCodes
{
    /// <summary>PC0901: a finding's kind is not one of the edition's kinds of finding.</summary>
    public static readonly IssueCode UnknownKind = IssueCode.Error("PC0901", "unknown-finding-kind", "A finding's kind is not one of the edition's kinds of finding (in 2011: strength, area-for-consideration, recommendation).");

    /// <summary>PC0902: a finding, key message, comment of the council or entry of the action plan refers to a line of enquiry, evidence item or finding the record does not have.</summary>
    public static readonly IssueCode UnknownReference = IssueCode.Error("PC0902", "unknown-finding-reference", "A finding refers to a line of enquiry or an evidence item, or a key message of the feedback, a comment of the council or an entry of the action plan to a finding, by an id that is not one of the record's.");

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

    /// <summary>PC0908: the report is final (or published) but a comment of the council has no decision.</summary>
    public static readonly IssueCode CommentNotAnswered = IssueCode.Error("PC0908", "comment-not-answered", "A final report answers every comment of the council on the draft: each comment needs a decision, accepted or not accepted.");

    /// <summary>PC0909: a version of the report is published before any version is final.</summary>
    public static readonly IssueCode PublishedBeforeFinal = IssueCode.Error("PC0909", "published-before-final", "Nothing is published before it is final: a published version needs a final version before it.");

    /// <summary>PC0910: no finding covers a theme of the edition and the report does not say why.</summary>
    public static readonly IssueCode ThemeNotCovered = IssueCode.Error("PC0910", "report-theme-not-covered", "The report covers every theme of the edition or says why not: a theme no finding bears on needs an entry in themesNotCovered with the reason.");

    /// <summary>PC0911: a version of the report is dated on or before the last on-site day.</summary>
    public static readonly IssueCode ReportBeforeVisitEnd = IssueCode.Error("PC0911", "report-before-visit-end", "The written report comes after the visit: every version is dated after the last on-site day.");

    /// <summary>PC0912: the versions of the report go back in date or in status.</summary>
    public static readonly IssueCode ReportVersionsOutOfOrder = IssueCode.Error("PC0912", "report-versions-out-of-order", "The versions of the report run forward: each is dated on or after the one before, and its status does not go back (draft, shared with the council, council comments, final, published).");

    /// <summary>PC0913: the draft report, the final report or the action plan came later than the timeline planned.</summary>
    public static readonly IssueCode LaterThanPlanned = IssueCode.Warning("PC0913", "later-than-planned", "The draft report, the final report or the action plan came later than the day the timeline planned for it.");

    /// <summary>PC0914: a comment of the council points at neither a section nor a finding.</summary>
    public static readonly IssueCode CommentWithoutTarget = IssueCode.Error("PC0914", "comment-without-target", "A comment of the council points at a section of the report, a finding, or both.");

    /// <summary>PC0915: a comment was not accepted and no reason is given.</summary>
    public static readonly IssueCode DecisionWithoutReason = IssueCode.Error("PC0915", "decision-without-reason", "A comment of the council that was not accepted needs the reason.");

    /// <summary>PC0916: a recommendation has no action in the action plan.</summary>
    public static readonly IssueCode RecommendationWithoutAction = IssueCode.Error("PC0916", "recommendation-without-action", "Every recommendation has an entry in the action plan with at least one action.");

    /// <summary>PC0917: an entry of the action plan answers a finding that is not a recommendation, or a recommendation another entry answers.</summary>
    public static readonly IssueCode EntryNotARecommendation = IssueCode.Error("PC0917", "action-plan-entry-not-a-recommendation", "Each entry of the action plan answers one recommendation, and no other entry answers the same one.");

    /// <summary>PC0918: an action is due on or before the day of the final report.</summary>
    public static readonly IssueCode ActionDueBeforeFinalReport = IssueCode.Error("PC0918", "action-due-before-final-report", "An action of the action plan is due after the final report it answers.");

    /// <summary>PC0919: an action is overdue on the day the record is checked as of.</summary>
    public static readonly IssueCode ActionOverdue = IssueCode.Warning("PC0919", "action-overdue", "An action not done is past its due date on the day the record is checked as of (a date passed in, never the system clock).");

    /// <summary>PC0920: a progress update is dated after the progress review, or before the update listed before it.</summary>
    public static readonly IssueCode ProgressOutOfRange = IssueCode.Warning("PC0920", "progress-out-of-range", "Progress updates run in date order up to the progress review.");

    /// <summary>Gets the codes of this class, ordered by code.</summary>
    public static IReadOnlyList<IssueCode> All { get; } = Array.AsReadOnly([
        UnknownKind, UnknownReference, NotTriangulated, RecommendationNumbering, RecommendationWithoutPriority, FeedbackNotOnLastDay, TriangulationNotChecked,
        CommentNotAnswered, PublishedBeforeFinal, ThemeNotCovered, ReportBeforeVisitEnd, ReportVersionsOutOfOrder, LaterThanPlanned, CommentWithoutTarget,
        DecisionWithoutReason, RecommendationWithoutAction, EntryNotARecommendation, ActionDueBeforeFinalReport, ActionOverdue, ProgressOutOfRange]);
}
