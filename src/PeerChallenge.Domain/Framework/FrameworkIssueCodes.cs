using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Framework;

/// <summary>The issue codes of the framework (PC05xx for editions defined as data, and the theme codes published as PC0106 and PC0107).</summary>
public static class FrameworkIssueCodes
{
    /// <summary>PC0106: a theme code is not a theme of the record's edition.</summary>
    public static readonly IssueCode UnknownTheme = IssueCode.Error("PC0106", "unknown-theme", "A theme code is not one of the themes of the record's framework edition.");

    /// <summary>PC0107: a line of enquiry names no theme.</summary>
    public static readonly IssueCode LineOfEnquiryWithoutTheme = IssueCode.Error("PC0107", "line-of-enquiry-without-theme", "A local line of enquiry must say which of the edition's themes it touches.");

    /// <summary>PC0501: an edition defined as data has no themes or no roles.</summary>
    public static readonly IssueCode EditionIncomplete = IssueCode.Error("PC0501", "edition-incomplete", "An edition must define at least one theme and at least one team role.");

    /// <summary>PC0502: an edition defines the same theme or role code twice.</summary>
    public static readonly IssueCode EditionDuplicateCode = IssueCode.Error("PC0502", "edition-duplicate-code", "An edition defines the same theme or role code twice.");

    /// <summary>PC0503: a code is not in the lower-case kebab form codes use.</summary>
    public static readonly IssueCode MalformedCode = IssueCode.Error("PC0503", "malformed-code", "A code must be lower-case letters and digits separated by single hyphens, for example vision-strategy-leadership.");

    /// <summary>PC0504: a role's counts are not in order (minimum above expected or maximum).</summary>
    public static readonly IssueCode RoleCountsOutOfOrder = IssueCode.Error("PC0504", "role-counts-out-of-order", "A role's counts must satisfy 0 <= minimum <= expected <= maximum.");

    /// <summary>PC0505: the edition's lead-in or on-site length is not positive.</summary>
    public static readonly IssueCode EditionLengthInvalid = IssueCode.Error("PC0505", "edition-length-invalid", "An edition's lead-in must be at least one week and its on-site visit at least one day (at most ten).");

    /// <summary>Gets the codes of this class, ordered by code.</summary>
    public static IReadOnlyList<IssueCode> All { get; } = Array.AsReadOnly<IssueCode>([UnknownTheme, LineOfEnquiryWithoutTheme, EditionIncomplete, EditionDuplicateCode, MalformedCode, RoleCountsOutOfOrder, EditionLengthInvalid]);
}
