namespace PeerChallenge.Domain.Timeline;

/// <summary>The ids of the milestones of the built-in templates (<see cref="TimelineTemplate.ForEdition"/>). Every template has the first three.</summary>
public static class MilestoneIds
{
    /// <summary>The first on-site day, the root of every template: <c>on-site-start</c>.</summary>
    public const string OnSiteStart = "on-site-start";

    /// <summary>The first day of the lead-in: <c>lead-in-start</c>.</summary>
    public const string LeadInStart = "lead-in-start";

    /// <summary>The last on-site day, with the feedback presentation and workshop: <c>on-site-end</c>.</summary>
    public const string OnSiteEnd = "on-site-end";

    /// <summary>The staff and partner questionnaires open: <c>questionnaires-open</c>.</summary>
    public const string QuestionnairesOpen = "questionnaires-open";

    /// <summary>The documents, policies and performance information reach the team: <c>documents-sent</c>.</summary>
    public const string DocumentsSent = "documents-sent";

    /// <summary>The staff and partner questionnaires close: <c>questionnaires-close</c>.</summary>
    public const string QuestionnairesClose = "questionnaires-close";

    /// <summary>The case audit (case mapping) is complete and with the team: <c>case-audit-complete</c>.</summary>
    public const string CaseAuditComplete = "case-audit-complete";

    /// <summary>The on-site timetable is agreed: <c>timetable-agreed</c>.</summary>
    public const string TimetableAgreed = "timetable-agreed";

    /// <summary>The written feedback (draft report) reaches the council: <c>draft-report</c>.</summary>
    public const string DraftReport = "draft-report";

    /// <summary>The council's comments on the draft (factual accuracy) are due: <c>council-comments</c>.</summary>
    public const string CouncilComments = "council-comments";

    /// <summary>The final report is issued: <c>final-report</c>.</summary>
    public const string FinalReport = "final-report";

    /// <summary>The council's action plan is published: <c>action-plan</c>.</summary>
    public const string ActionPlan = "action-plan";

    /// <summary>The progress review (return visit): <c>progress-review</c>.</summary>
    public const string ProgressReview = "progress-review";
}
