namespace PeerChallenge.Domain.Framework;

/// <summary>The framework editions that ship with the library.</summary>
public static class BuiltInEditions
{
    /// <summary>The code of the 2011 edition: <c>lgg-2011</c>.</summary>
    public const string Lgg2011Code = "lgg-2011";

    /// <summary>The code of the 2012-13 peer review edition: <c>lga-2012</c>.</summary>
    public const string LgaPeerReview2012Code = "lga-2012";

    /// <summary>
    /// The 2011 Local Government Group safeguarding children peer challenge, as in the Rotherham brief:
    /// five themes, a team of six roles (the off-site peer works remotely), an 8-week lead-in and a 5-day
    /// visit. The default edition.
    /// </summary>
    public static Edition Lgg2011 { get; } = new()
    {
        Code = Lgg2011Code,
        Name = "LGG Safeguarding Children Peer Challenge (2011)",
        Description = "The Local Government Group's council safeguarding children peer challenge, as briefed to Rotherham in 2011.",
        Themes =
        [
            Theme("outcomes", "Outcomes"),
            Theme("vision-strategy-leadership", "Vision, Strategy and Leadership"),
            Theme("working-together-lscb", "Working Together and Local Safeguarding Children Board (LSCB)"),
            Theme("service-delivery-effective-practice", "Service Delivery and Effective Practice"),
            Theme("managing-resources", "Managing Resources"),
        ],
        Roles =
        [
            new RoleDefinition { Code = "team-leader", Name = "Team Leader", Description = "A senior officer from another authority who leads the team.", Minimum = 1, Expected = 1, Maximum = 1 },
            new RoleDefinition { Code = "member-peer", Name = "Member Peer", Description = "An elected member (councillor) from another authority.", Expected = 1, RequiresElectedMember = true },
            new RoleDefinition { Code = "officer-peer", Name = "Officer Peer", Description = "A senior children's services officer from another authority.", Expected = 1 },
            new RoleDefinition { Code = "health-peer", Name = "Health Peer", Description = "A senior colleague from a health body.", Expected = 1, RequiredSector = Sector.Health },
            new RoleDefinition { Code = "off-site-peer", Name = "Off-site Peer", Description = "Studies documents and data remotely; not on site.", Expected = 1, OnSite = false },
            new RoleDefinition { Code = "challenge-manager", Name = "Challenge Manager", Description = "LGG/LGA staff who runs the process and writes the report.", Minimum = 1, Expected = 1, Maximum = 1 },
        ],
        Methods = ["documentary-analysis", "questionnaire", "case-mapping", "on-site-interviews", "feedback-workshop"],
        LeadInWeeks = 8,
        OnSiteDays = 5,
    };

    /// <summary>
    /// The 2012-13 LGA Safeguarding Children Peer Review: revised five themes, two officer peers and an
    /// analyst peer instead of the off-site peer, and its six methods in order.
    /// </summary>
    public static Edition LgaPeerReview2012 { get; } = new()
    {
        Code = LgaPeerReview2012Code,
        Name = "LGA Safeguarding Children Peer Review (2012-13)",
        Description = "The Local Government Association's safeguarding children peer review as run in 2012 and 2013.",
        Themes =
        [
            Theme("effective-practice-voice-of-child", "Effective practice, service delivery and the voice of the child"),
            Theme("outcomes-impact-performance", "Outcomes, impact and performance"),
            Theme("working-together", "Working together"),
            Theme("capacity-managing-resources", "Capacity and managing resources"),
            Theme("vision-strategy-leadership", "Vision, strategy and leadership"),
        ],
        Roles =
        [
            new RoleDefinition { Code = "team-leader", Name = "Team Leader", Minimum = 1, Expected = 1, Maximum = 1 },
            new RoleDefinition { Code = "member-peer", Name = "Member Peer", Expected = 1, RequiresElectedMember = true },
            new RoleDefinition { Code = "officer-peer", Name = "Officer Peer", Expected = 2 },
            new RoleDefinition { Code = "health-peer", Name = "Health Peer", Expected = 1, RequiredSector = Sector.Health },
            new RoleDefinition { Code = "analyst-peer", Name = "Analyst Peer", Description = "Analyses data and documents before and during the visit.", Expected = 1 },
            new RoleDefinition { Code = "challenge-manager", Name = "Challenge Manager", Minimum = 1, Expected = 1, Maximum = 1 },
        ],
        Methods =
        [
            "self-assessment-documentary-analysis", "case-mapping", "audit-validation", "focus-groups-questionnaire",
            "on-site-interviews", "feedback-prioritisation-conference",
        ],
        LeadInWeeks = 8,
        OnSiteDays = 5,
    };

    /// <summary>Gets both built-in editions, 2011 first.</summary>
    public static IReadOnlyList<Edition> All { get; } = Array.AsReadOnly([Lgg2011, LgaPeerReview2012]);

    private static ThemeDefinition Theme(string code, string name) => new() { Code = code, Name = name };
}
