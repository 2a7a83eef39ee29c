using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain;

/// <summary>The issue codes of a shareable export (PC10xx), raised by <see cref="ExportRulesValidator"/> on any record that carries <see cref="ChallengeRecord.Export"/>.</summary>
public static class ExportIssueCodes
{
    /// <summary>PC1001: the scanner still finds a structured identifier in a free-text field of an export.</summary>
    public static readonly IssueCode IdentifierInExport = IssueCode.Error("PC1001", "identifier-in-export", "A record marked as an export still contains a structured identifier (an email address, a telephone, NHS, NI or pupil number, a postcode, a date of birth or age, a case reference) in a free-text field: make the export again from the council's record.");

    /// <summary>PC1002: an export reports a group smaller than its non-attribution threshold.</summary>
    public static readonly IssueCode GroupBelowThresholdInExport = IssueCode.Error("PC1002", "group-below-threshold-in-export", "A record marked as an export reports a group (an evidence source, a questionnaire's role group, a session's participants) smaller than its non-attribution threshold: the group must be widened or withheld.");

    /// <summary>Gets the codes of this class, ordered by code.</summary>
    public static IReadOnlyList<IssueCode> All { get; } = Array.AsReadOnly<IssueCode>([IdentifierInExport, GroupBelowThresholdInExport]);
}
