using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Team;

/// <summary>The issue codes of the team rules (PC02xx): roles and their counts, elected members and sectors, independence, people to be confirmed.</summary>
public static class TeamIssueCodes
{
    /// <summary>PC0201: fewer people hold a role than the edition requires (for example no team leader).</summary>
    public static readonly IssueCode RoleBelowMinimum = IssueCode.Error("PC0201", "role-below-minimum", "Fewer people hold a role than the edition requires, for example no team leader or no challenge manager.");

    /// <summary>PC0202: more people hold a role than the edition allows (for example two team leaders).</summary>
    public static readonly IssueCode RoleAboveMaximum = IssueCode.Error("PC0202", "role-above-maximum", "More people hold a role than the edition allows, for example two team leaders.");

    /// <summary>PC0203: a team member's role is not a role of the record's edition.</summary>
    public static readonly IssueCode UnknownRole = IssueCode.Error("PC0203", "unknown-role", "A team member's role code is not one of the roles of the record's framework edition.");

    /// <summary>PC0204: a role that must be held by an elected member (the member peer) is not.</summary>
    public static readonly IssueCode ElectedMemberRequired = IssueCode.Error("PC0204", "elected-member-required", "The role must be held by an elected member (a councillor), but the team member is not marked as one.");

    /// <summary>PC0205: a role that must be held by someone from a sector (the health peer from health) is not.</summary>
    public static readonly IssueCode RoleSectorMismatch = IssueCode.Error("PC0205", "role-sector-mismatch", "The role must be held by someone from a particular sector (the health peer from a health body), but the team member's sector is different.");

    /// <summary>PC0206: a team member works for the host council or one of its partners.</summary>
    public static readonly IssueCode PeerNotIndependent = IssueCode.Error("PC0206", "peer-not-independent", "Peers come from other authorities: nobody on the team may work for the host council or one of the partner agencies under review.");

    /// <summary>PC0207: one person holds more than one role.</summary>
    public static readonly IssueCode PersonHoldsTwoRoles = IssueCode.Error("PC0207", "person-holds-two-roles", "The same person (same name and home organisation) appears more than once in the team: a person holds one role.");

    /// <summary>PC0208: a role the edition expects is not filled.</summary>
    public static readonly IssueCode RoleNotFilled = IssueCode.Warning("PC0208", "role-not-filled", "The edition expects this role on the team (for example a health peer), but nobody holds it yet.");

    /// <summary>PC0209: a team member is still to be confirmed.</summary>
    public static readonly IssueCode MemberToBeConfirmed = IssueCode.Warning("PC0209", "member-to-be-confirmed", "A role is listed but the person who will hold it is not yet named (to be confirmed).");

    /// <summary>PC0210: an off-site role is marked as on site, or an on-site role as off site.</summary>
    public static readonly IssueCode OnSiteMismatch = IssueCode.Warning("PC0210", "on-site-mismatch", "A team member's onSite flag differs from what the edition says of the role (the off-site peer works remotely).");

    /// <summary>PC0211: the team is not fully recorded, so the role counts were not checked.</summary>
    public static readonly IssueCode TeamNotFullyRecorded = IssueCode.Information("PC0211", "team-not-fully-recorded", "The record gives only part of the team, or says the team is not known (teamKnown), so the rules that count roles (PC0201, PC0208) were not checked.");

    /// <summary>Gets the codes of this class, ordered by code.</summary>
    public static IReadOnlyList<IssueCode> All { get; } = Array.AsReadOnly<IssueCode>([RoleBelowMinimum, RoleAboveMaximum, UnknownRole, ElectedMemberRequired, RoleSectorMismatch, PeerNotIndependent, PersonHoldsTwoRoles, RoleNotFilled, MemberToBeConfirmed, OnSiteMismatch, TeamNotFullyRecorded]);
}
