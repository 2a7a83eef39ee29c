using PeerChallenge.Domain.Organisations;

namespace PeerChallenge.Domain.Framework;

/// <summary>The framework editions that ship with the library.</summary>
public static class BuiltInEditions
{
    // Declared before the editions: static members are initialised in order.
    private static readonly string[] AuditGrades2011 = ["outstanding", "good", "adequate", "inadequate"];

    // The groups the 2011 brief says the team talks to on site.
    private static readonly RoleGroupCode[] OnSiteGroups2011 = [RoleGroupCode.SeniorOfficer, RoleGroupCode.ElectedMember, RoleGroupCode.PartnerAgency, RoleGroupCode.FrontLineStaff];

    // The 2011 reports: strengths, areas for consideration and recommendations.
    private static readonly FindingKindDefinition[] FindingKinds2011 =
    [
        new() { Code = "strength", Name = "Strengths" },
        new() { Code = "area-for-consideration", Name = "Areas for consideration" },
        new() { Code = "recommendation", Name = "Recommendations", Recommendation = true },
    ];

    // The 2012-13 reports: strengths, areas for development and recommendations.
    private static readonly FindingKindDefinition[] FindingKinds2012 =
    [
        new() { Code = "strength", Name = "Strengths" },
        new() { Code = "area-for-development", Name = "Areas for development" },
        new() { Code = "recommendation", Name = "Recommendations", Recommendation = true },
    ];

    /// <summary>
    /// The 2011 Local Government Group safeguarding children peer challenge, as in the Rotherham brief:
    /// five themes, a team of six roles (the off-site peer works remotely), an 8-week lead-in and a 5-day
    /// visit. The default edition.
    /// </summary>
    public static Edition Lgg2011 { get; } = new()
    {
        Code = EditionCode.Lgg2011,
        Name = "LGG Safeguarding Children Peer Challenge (2011)",
        Description = "The Local Government Group's council safeguarding children peer challenge, as briefed to Rotherham in 2011.",
        Themes =
        [
            Theme(ThemeCode.Outcomes, "Outcomes"),
            Theme(ThemeCode.VisionStrategyLeadership, "Vision, Strategy and Leadership"),
            Theme(ThemeCode.WorkingTogetherLscb, "Working Together and Local Safeguarding Children Board (LSCB)"),
            Theme(ThemeCode.ServiceDeliveryEffectivePractice, "Service Delivery and Effective Practice"),
            Theme(ThemeCode.ManagingResources, "Managing Resources"),
        ],
        Roles =
        [
            new RoleDefinition { Code = RoleCode.TeamLeader, Name = "Team Leader", Description = "A senior officer from another authority who leads the team.", Minimum = 1, Expected = 1, Maximum = 1 },
            new RoleDefinition { Code = RoleCode.MemberPeer, Name = "Member Peer", Description = "An elected member (councillor) from another authority.", Expected = 1, RequiresElectedMember = true },
            new RoleDefinition { Code = RoleCode.OfficerPeer, Name = "Officer Peer", Description = "A senior children's services officer from another authority.", Expected = 1 },
            new RoleDefinition { Code = RoleCode.HealthPeer, Name = "Health Peer", Description = "A senior colleague from a health body.", Expected = 1, RequiredSector = Sector.Health },
            new RoleDefinition { Code = RoleCode.OffSitePeer, Name = "Off-site Peer", Description = "Studies documents and data remotely; not on site.", Expected = 1, OnSite = false },
            new RoleDefinition { Code = RoleCode.ChallengeManager, Name = "Challenge Manager", Description = "LGG/LGA staff who runs the process and writes the report.", Minimum = 1, Expected = 1, Maximum = 1 },
        ],
        Methods =
        [
            MethodCode.DocumentaryAnalysis, MethodCode.Questionnaire, MethodCode.CaseMapping, MethodCode.OnSiteInterviews, MethodCode.FeedbackWorkshop,
        ],
        AuditGrades = AuditGrades2011,
        OnSiteGroups = OnSiteGroups2011,
        FindingKinds = FindingKinds2011,

        // "The first day will start with a meeting of senior managers from partner agencies"; the last day ends with the
        // feedback presentation and a workshop on the findings.
        OnSiteRequirements =
        [
            new SessionRequirement { Kind = "opening-meeting", Day = RequiredDay.First, With = RoleGroupCode.PartnerAgency },
            new SessionRequirement { Kind = "feedback-presentation", Day = RequiredDay.Last },
            new SessionRequirement { Kind = "workshop", Day = RequiredDay.Last },
        ],
        LeadInWeeks = 8,
        OnSiteDays = 5,
    };

    /// <summary>
    /// The 2012-13 LGA Safeguarding Children Peer Review: revised five themes, two officer peers and an
    /// analyst peer instead of the off-site peer, and its six methods in order. Its case audit grading scale is the
    /// 2011 one (outstanding, good, adequate, inadequate): the 2012-13 sources give no scale of their own.
    /// </summary>
    public static Edition LgaPeerReview2012 { get; } = new()
    {
        Code = EditionCode.LgaPeerReview2012,
        Name = "LGA Safeguarding Children Peer Review (2012-13)",
        Description = "The Local Government Association's safeguarding children peer review as run in 2012 and 2013.",
        Themes =
        [
            Theme(ThemeCode.EffectivePracticeVoiceOfChild, "Effective practice, service delivery and the voice of the child"),
            Theme(ThemeCode.OutcomesImpactPerformance, "Outcomes, impact and performance"),
            Theme(ThemeCode.WorkingTogether, "Working together"),
            Theme(ThemeCode.CapacityManagingResources, "Capacity and managing resources"),
            Theme(ThemeCode.VisionStrategyLeadership, "Vision, strategy and leadership"),
        ],
        Roles =
        [
            new RoleDefinition { Code = RoleCode.TeamLeader, Name = "Team Leader", Minimum = 1, Expected = 1, Maximum = 1 },
            new RoleDefinition { Code = RoleCode.MemberPeer, Name = "Member Peer", Expected = 1, RequiresElectedMember = true },
            new RoleDefinition { Code = RoleCode.OfficerPeer, Name = "Officer Peer", Expected = 2 },
            new RoleDefinition { Code = RoleCode.HealthPeer, Name = "Health Peer", Expected = 1, RequiredSector = Sector.Health },
            new RoleDefinition { Code = RoleCode.AnalystPeer, Name = "Analyst Peer", Description = "Analyses data and documents before and during the visit.", Expected = 1 },
            new RoleDefinition { Code = RoleCode.ChallengeManager, Name = "Challenge Manager", Minimum = 1, Expected = 1, Maximum = 1 },
        ],
        Methods =
        [
            MethodCode.SelfAssessmentDocumentaryAnalysis, MethodCode.CaseMapping, MethodCode.AuditValidation, MethodCode.FocusGroupsQuestionnaire, MethodCode.OnSiteInterviews, MethodCode.FeedbackPrioritisationConference,
        ],

        // The 2012-13 sources give no scale of their own: the 2011 scale (Ofsted's four grades) is kept.
        AuditGrades = AuditGrades2011,

        // On-site interviews with the same groups; the feedback comes on the last day, and the prioritisation conference
        // follows the visit, so only the feedback presentation is required on site.
        OnSiteGroups = OnSiteGroups2011,
        OnSiteRequirements = [new SessionRequirement { Kind = "feedback-presentation", Day = RequiredDay.Last }],
        FindingKinds = FindingKinds2012,
        LeadInWeeks = 8,
        OnSiteDays = 5,
    };

    /// <summary>Gets both built-in editions, 2011 first.</summary>
    public static IReadOnlyList<Edition> All { get; } = Array.AsReadOnly([Lgg2011, LgaPeerReview2012]);

    private static ThemeDefinition Theme(ThemeCode code, string name) => new() { Code = code, Name = name };
}
