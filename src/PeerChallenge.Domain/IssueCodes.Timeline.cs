namespace PeerChallenge.Domain;

public static partial class IssueCodes
{
    /// <summary>PC0301: the first or last on-site day is not a working day.</summary>
    public static readonly IssueCode OnSiteDayNotWorkingDay = Error("PC0301", "on-site-days-not-working-days", "The on-site days must be consecutive working days: the first or last on-site day falls on a weekend, a bank holiday or a closure day.");

    /// <summary>PC0302: a bank holiday falls in the on-site week.</summary>
    public static readonly IssueCode BankHolidayInOnSiteWeek = Warning("PC0302", "bank-holiday-in-on-site-week", "A bank holiday (or closure day) falls in the week or weeks of the on-site visit, so the visit is split or runs on, and people may be away.");

    /// <summary>PC0303: the lead-in is shorter than the edition's.</summary>
    public static readonly IssueCode LeadInTooShort = Warning("PC0303", "lead-in-too-short", "The lead-in is shorter than the framework edition's (8 weeks in 2011): too little time for the documents, the questionnaires and the case audit.");

    /// <summary>PC0304: a report is due before the visit has ended.</summary>
    public static readonly IssueCode ReportBeforeOnSiteEnd = Error("PC0304", "report-before-on-site-end", "The draft or final report is due on or before the last on-site day; written feedback follows the visit.");

    /// <summary>PC0305: a milestone after the visit is out of order.</summary>
    public static readonly IssueCode MilestoneOutOfOrder = Error("PC0305", "milestone-out-of-order", "The dates after the visit must run in order: draft report, council's comments, final report, action plan, progress review, all after the last on-site day.");

    /// <summary>PC0306: the visit overlaps a declared Ofsted inspection window.</summary>
    public static readonly IssueCode OnSiteOverlapsInspection = Error("PC0306", "on-site-overlaps-inspection-window", "An on-site day falls in an Ofsted inspection window the record declares; the challenge must not coincide with an inspection.");

    /// <summary>PC0307: the challenge is planned but Ofsted has not been notified.</summary>
    public static readonly IssueCode OfstedNotNotified = Warning("PC0307", "ofsted-not-notified", "The challenge is planned but Ofsted has not been notified (no Ofsted notification, or notified is false), so an inspection could coincide with it.");

    /// <summary>PC0308: the visit has a different number of working days from the edition's.</summary>
    public static readonly IssueCode OnSiteLengthDiffers = Warning("PC0308", "on-site-length-differs", "The on-site visit has a different number of working days from the framework edition's (5 in 2011).");

    /// <summary>PC0309: the dates are outside the working-day calendar.</summary>
    public static readonly IssueCode OutsideCalendar = Warning("PC0309", "outside-working-day-calendar", "A date of the visit or lead-in is outside the years the working-day calendar covers (1995 to 2099), so the working-day rules were not checked.");

    // PC03xx: timeline rules (lead-in, on-site week, report, Ofsted windows).
    private static IEnumerable<IssueCode> TimelineCodes() =>
    [
        OnSiteDayNotWorkingDay, BankHolidayInOnSiteWeek, LeadInTooShort, ReportBeforeOnSiteEnd, MilestoneOutOfOrder,
        OnSiteOverlapsInspection, OfstedNotNotified, OnSiteLengthDiffers, OutsideCalendar,
    ];
}
