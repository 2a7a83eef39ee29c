namespace PeerChallenge.Domain;

public static partial class IssueCodes
{
    /// <summary>PC0501: an edition defined as data has no themes or no roles.</summary>
    public static readonly IssueCode EditionIncomplete = Error("PC0501", "edition-incomplete", "An edition must define at least one theme and at least one team role.");

    /// <summary>PC0502: an edition defines the same theme or role code twice.</summary>
    public static readonly IssueCode EditionDuplicateCode = Error("PC0502", "edition-duplicate-code", "An edition defines the same theme or role code twice.");

    /// <summary>PC0503: a code is not in the lower-case kebab form codes use.</summary>
    public static readonly IssueCode MalformedCode = Error("PC0503", "malformed-code", "A code must be lower-case letters and digits separated by single hyphens, for example vision-strategy-leadership.");

    /// <summary>PC0504: a role's counts are not in order (minimum above expected or maximum).</summary>
    public static readonly IssueCode RoleCountsOutOfOrder = Error("PC0504", "role-counts-out-of-order", "A role's counts must satisfy 0 <= minimum <= expected <= maximum.");

    /// <summary>PC0505: the edition's lead-in or on-site length is not positive.</summary>
    public static readonly IssueCode EditionLengthInvalid = Error("PC0505", "edition-length-invalid", "An edition's lead-in must be at least one week and its on-site visit at least one day (at most ten).");

    private static IEnumerable<IssueCode> EditionCodes() =>
    [
        EditionIncomplete, EditionDuplicateCode, MalformedCode, RoleCountsOutOfOrder, EditionLengthInvalid,
    ];
}
