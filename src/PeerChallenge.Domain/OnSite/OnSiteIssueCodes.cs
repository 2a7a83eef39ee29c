using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.OnSite;

/// <summary>The issue codes of the on-site week's timetable (PC08xx), raised by <see cref="TimetableValidator"/>.</summary>
public static class OnSiteIssueCodes
{
    /// <summary>PC0801: a team member is in two sessions that overlap.</summary>
    public static readonly IssueCode TeamMemberDoubleBooked = IssueCode.Error("PC0801", "team-member-double-booked", "A team member is in two sessions at the same time. Sessions back to back (one ends when the next starts) are not a clash. Reported once, at the later session, naming the other.");

    /// <summary>PC0802: a place is booked for two sessions that overlap.</summary>
    public static readonly IssueCode PlaceDoubleBooked = IssueCode.Error("PC0802", "place-double-booked", "A place (a room) is booked for two sessions at the same time. Reported once, at the later session, naming the other.");

    /// <summary>PC0803: a session is not on one of the on-site days.</summary>
    public static readonly IssueCode SessionOutsideOnSiteDays = IssueCode.Error("PC0803", "session-outside-on-site-days", "A session is held before the first or after the last on-site day of the timeline.");

    /// <summary>PC0804: a session ends before, or when, it starts.</summary>
    public static readonly IssueCode SessionEndsBeforeStart = IssueCode.Error("PC0804", "session-ends-before-start", "A session must end after it starts.");

    /// <summary>PC0805: a session starts before or ends after the working hours, or runs past midnight.</summary>
    public static readonly IssueCode SessionOutsideWorkingHours = IssueCode.Warning("PC0805", "session-outside-working-hours", "A session starts before or ends after the working hours (a setting, default 08:00 to 19:00), or runs past midnight.");

    /// <summary>PC0806: a team member whose role the edition has off site is put in a session on site.</summary>
    public static readonly IssueCode OffSiteMemberOnSite = IssueCode.Error("PC0806", "off-site-member-on-site", "A team member whose role works remotely (the edition's off-site role, such as the off-site peer of 2011) is put in a session on site (one with a place).");

    /// <summary>PC0807: no session covers a theme of the edition.</summary>
    public static readonly IssueCode ThemeNotCovered = IssueCode.Warning("PC0807", "theme-not-covered", "No session of the timetable covers a theme of the edition.");

    /// <summary>PC0808: no session covers a line of enquiry of the record.</summary>
    public static readonly IssueCode LineOfEnquiryNotCovered = IssueCode.Warning("PC0808", "line-of-enquiry-not-covered", "No session of the timetable covers one of the record's lines of enquiry.");

    /// <summary>PC0809: a group of people the edition's brief names is never heard.</summary>
    public static readonly IssueCode GroupNotHeard = IssueCode.Warning("PC0809", "group-not-heard", "No session hears a group of people the edition's brief names (in 2011: senior officers, elected members, partner agencies, front-line staff).");

    /// <summary>PC0810: a session the edition requires on the first or last on-site day is missing.</summary>
    public static readonly IssueCode RequiredSessionMissing = IssueCode.Error("PC0810", "required-session-missing", "A session the edition requires is not in the timetable on its day: in 2011 an opening meeting with partner agencies on the first on-site day, the feedback presentation and a workshop on the last.");

    /// <summary>PC0811: a participant group is expected to be smaller than the non-attribution threshold.</summary>
    public static readonly IssueCode GroupBelowThreshold = IssueCode.Warning("PC0811", "participant-group-below-threshold", "A group of participants is expected to be smaller than the non-attribution threshold (default 3): what it says cannot be reported as a group's view without singling someone out.");

    /// <summary>PC0812: a session falls on a day that is not a working day.</summary>
    public static readonly IssueCode SessionNotOnWorkingDay = IssueCode.Error("PC0812", "session-not-on-working-day", "A session falls on a weekend, a bank holiday or a closure day of the council's working-day calendar.");

    /// <summary>PC0813: a session refers to a team member or a line of enquiry the record does not have.</summary>
    public static readonly IssueCode UnknownReference = IssueCode.Error("PC0813", "unknown-session-reference", "A session names a team member or a line of enquiry by an id that is not one of the record's.");

    /// <summary>PC0814: some timetable rules could not run (a past review, or on-site dates that are not days).</summary>
    public static readonly IssueCode TimetableNotFullyChecked = IssueCode.Information("PC0814", "timetable-not-fully-checked", "Some timetable rules were not checked: on a record of a past review the sources give only part of the week (coverage, groups heard and required sessions are not checked); when the on-site days are not known to the day, the sessions' days and the required sessions are not checked.");

    /// <summary>Gets the codes of this class, ordered by code.</summary>
    public static IReadOnlyList<IssueCode> All { get; } = Array.AsReadOnly([
        TeamMemberDoubleBooked, PlaceDoubleBooked, SessionOutsideOnSiteDays, SessionEndsBeforeStart, SessionOutsideWorkingHours, OffSiteMemberOnSite,
        ThemeNotCovered, LineOfEnquiryNotCovered, GroupNotHeard, RequiredSessionMissing, GroupBelowThreshold, SessionNotOnWorkingDay, UnknownReference,
        TimetableNotFullyChecked]);
}
