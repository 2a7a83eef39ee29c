using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Timeline;

/// <summary>The issue codes of the dates (PC03xx, and the date-order and Ofsted codes published as PC0102, PC0103, PC0108 and PC0109): working days, bank holidays, the lead-in, dates after the visit, Ofsted.</summary>
public static class TimelineIssueCodes
{
    /// <summary>PC0102: the on-site week ends before it starts.</summary>
    public static readonly IssueCode OnSiteEndBeforeStart = IssueCode.Error("PC0102", "on-site-end-before-start", "The last on-site day is earlier than the first.");

    /// <summary>PC0103: the lead-in starts after the on-site visit.</summary>
    public static readonly IssueCode LeadInAfterOnSite = IssueCode.Error("PC0103", "lead-in-after-on-site", "The lead-in must start before the first on-site day.");

    /// <summary>PC0108: Ofsted was notified too late.</summary>
    public static readonly IssueCode OfstedNotificationLate = IssueCode.Warning("PC0108", "ofsted-notification-late", "The notification to Ofsted is dated on or after the first on-site day, too late to keep an inspection from coinciding with the challenge.");

    /// <summary>PC0109: an inspection window ends before it starts.</summary>
    public static readonly IssueCode InspectionWindowReversed = IssueCode.Error("PC0109", "inspection-window-reversed", "A declared Ofsted inspection window ends before it starts.");

    /// <summary>PC0301: the first or last on-site day is not a working day.</summary>
    public static readonly IssueCode OnSiteDayNotWorkingDay = IssueCode.Error("PC0301", "on-site-days-not-working-days", "The on-site days must be consecutive working days: the first or last on-site day falls on a weekend, a bank holiday or a closure day.");

    /// <summary>PC0302: a bank holiday falls in the on-site week.</summary>
    public static readonly IssueCode BankHolidayInOnSiteWeek = IssueCode.Warning("PC0302", "bank-holiday-in-on-site-week", "A bank holiday (or closure day) falls in the week or weeks of the on-site visit, so the visit is split or runs on, and people may be away.");

    /// <summary>PC0303: the lead-in is shorter than the edition's.</summary>
    public static readonly IssueCode LeadInTooShort = IssueCode.Warning("PC0303", "lead-in-too-short", "The lead-in is shorter than the framework edition's (8 weeks in 2011): too little time for the documents, the questionnaires and the case audit.");

    /// <summary>PC0304: a report is due before the visit has ended.</summary>
    public static readonly IssueCode ReportBeforeOnSiteEnd = IssueCode.Error("PC0304", "report-before-on-site-end", "The draft or final report is due on or before the last on-site day; written feedback follows the visit.");

    /// <summary>PC0305: a milestone after the visit is out of order.</summary>
    public static readonly IssueCode MilestoneOutOfOrder = IssueCode.Error("PC0305", "milestone-out-of-order", "The dates after the visit must run in order: draft report, council's comments, final report, action plan, progress review, all after the last on-site day.");

    /// <summary>PC0306: the visit overlaps a declared Ofsted inspection window.</summary>
    public static readonly IssueCode OnSiteOverlapsInspection = IssueCode.Error("PC0306", "on-site-overlaps-inspection-window", "An on-site day falls in an Ofsted inspection window the record declares; the challenge must not coincide with an inspection.");

    /// <summary>PC0307: the challenge is planned but Ofsted has not been notified.</summary>
    public static readonly IssueCode OfstedNotNotified = IssueCode.Warning("PC0307", "ofsted-not-notified", "The challenge is planned but Ofsted has not been notified (no Ofsted notification, or notified is false), so an inspection could coincide with it.");

    /// <summary>PC0308: the visit has a different number of working days from the edition's.</summary>
    public static readonly IssueCode OnSiteLengthDiffers = IssueCode.Warning("PC0308", "on-site-length-differs", "The on-site visit has a different number of working days from the framework edition's (5 in 2011).");

    /// <summary>PC0309: the dates are outside the working-day calendar.</summary>
    public static readonly IssueCode OutsideCalendar = IssueCode.Warning("PC0309", "outside-working-day-calendar", "A date of the visit or lead-in is outside the years the working-day calendar covers (1995 to 2099), so the working-day rules were not checked.");


    /// <summary>PC0310: a plan is asked for from a lead-in start that is a Saturday or a Sunday.</summary>
    public static readonly IssueCode LeadInStartNotWeekday = IssueCode.Error("PC0310", "lead-in-start-not-weekday", "The lead-in of a plan must start on a weekday (Monday 8 August 2011 for Rotherham); the date given is a Saturday or a Sunday.");

    /// <summary>PC0311: some dates are not days, so the rules that need days were not checked.</summary>
    public static readonly IssueCode DatesNotPrecise = IssueCode.Information("PC0311", "dates-not-precise", "A date the rules need is only a month or a year, approximate, or not known (no last on-site day), so the rules that need days (working days, bank holidays, the lead-in, the length of the visit, inspection windows) were not checked there.");

    /// <summary>PC0312: whether Ofsted was notified is not known.</summary>
    public static readonly IssueCode OfstedNotificationNotKnown = IssueCode.Information("PC0312", "ofsted-notification-not-known", "The record says it is not known whether Ofsted was notified (ofstedNotificationKnown), so the notification rules (PC0307, PC0108, PC0306) were not checked.");

    /// <summary>Gets the codes of this class, ordered by code.</summary>
    public static IReadOnlyList<IssueCode> All { get; } = Array.AsReadOnly<IssueCode>([OnSiteEndBeforeStart, LeadInAfterOnSite, OfstedNotificationLate, InspectionWindowReversed, OnSiteDayNotWorkingDay, BankHolidayInOnSiteWeek, LeadInTooShort, ReportBeforeOnSiteEnd, MilestoneOutOfOrder, OnSiteOverlapsInspection, OfstedNotNotified, OnSiteLengthDiffers, OutsideCalendar, LeadInStartNotWeekday, DatesNotPrecise, OfstedNotificationNotKnown]);
}
