namespace PeerChallenge.Domain;

public static partial class IssueCodes
{
    /// <summary>PC0101: a required text is empty.</summary>
    public static readonly IssueCode RequiredTextEmpty = Error("PC0101", "required-text-empty", "A text the record needs (a name, a statement, an identifier) is empty.");

    /// <summary>PC0102: the on-site week ends before it starts.</summary>
    public static readonly IssueCode OnSiteEndBeforeStart = Error("PC0102", "on-site-end-before-start", "The last on-site day is earlier than the first.");

    /// <summary>PC0103: the lead-in starts after the on-site visit.</summary>
    public static readonly IssueCode LeadInAfterOnSite = Error("PC0103", "lead-in-after-on-site", "The lead-in must start before the first on-site day.");

    /// <summary>PC0104: the record names an edition that is not known.</summary>
    public static readonly IssueCode UnknownEdition = Error("PC0104", "unknown-edition", "The record names a framework edition that is neither built in nor defined in the record (editionDefinition) nor registered with the validator.");

    /// <summary>PC0105: two items in one list share an id.</summary>
    public static readonly IssueCode DuplicateId = Error("PC0105", "duplicate-id", "Two items in the same list (team members, partner agencies, lines of enquiry, inspection windows) have the same id.");

    /// <summary>PC0106: a theme code is not a theme of the record's edition.</summary>
    public static readonly IssueCode UnknownTheme = Error("PC0106", "unknown-theme", "A theme code is not one of the themes of the record's framework edition.");

    /// <summary>PC0107: a line of enquiry names no theme.</summary>
    public static readonly IssueCode LineOfEnquiryWithoutTheme = Error("PC0107", "line-of-enquiry-without-theme", "A local line of enquiry must say which of the edition's themes it touches.");

    /// <summary>PC0108: Ofsted was notified too late.</summary>
    public static readonly IssueCode OfstedNotificationLate = Warning("PC0108", "ofsted-notification-late", "The notification to Ofsted is dated on or after the first on-site day, too late to keep an inspection from coinciding with the challenge.");

    /// <summary>PC0109: an inspection window ends before it starts.</summary>
    public static readonly IssueCode InspectionWindowReversed = Error("PC0109", "inspection-window-reversed", "A declared Ofsted inspection window ends before it starts.");

    /// <summary>PC0110: the council's contact cannot be reached.</summary>
    public static readonly IssueCode ContactUnreachable = Warning("PC0110", "contact-unreachable", "The council's contact has neither an email address nor a telephone number.");

    /// <summary>PC0111: the inline edition definition does not match the edition code.</summary>
    public static readonly IssueCode EditionDefinitionMismatch = Error("PC0111", "edition-definition-mismatch", "The record carries an editionDefinition whose code differs from the record's edition, or redefines a built-in edition.");

    /// <summary>PC0112: a partner agency is the host council itself.</summary>
    public static readonly IssueCode PartnerIsHost = Error("PC0112", "partner-is-host", "A partner agency has the same identifier as the host council.");

    /// <summary>PC0113: the host council is not a local authority.</summary>
    public static readonly IssueCode HostNotLocalAuthority = Warning("PC0113", "host-not-local-authority", "The host council's identifier is not in an English local authority list (GB-LAE) and its sector is not local government.");

    private static IEnumerable<IssueCode> RecordCodes() =>
    [
        RequiredTextEmpty, OnSiteEndBeforeStart, LeadInAfterOnSite, UnknownEdition, DuplicateId, UnknownTheme,
        LineOfEnquiryWithoutTheme, OfstedNotificationLate, InspectionWindowReversed, ContactUnreachable,
        EditionDefinitionMismatch, PartnerIsHost, HostNotLocalAuthority,
    ];
}
