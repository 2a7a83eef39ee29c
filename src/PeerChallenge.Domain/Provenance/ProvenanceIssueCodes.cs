using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Provenance;

/// <summary>The issue codes of what the record knows and where it comes from (PC06xx): not known against given, sources and citations.</summary>
public static class ProvenanceIssueCodes
{
    /// <summary>PC0601: a part marked not known also has content.</summary>
    public static readonly IssueCode NotKnownButGiven = IssueCode.Error("PC0601", "not-known-but-given", "A part is marked not known (teamKnown, ofstedNotificationKnown, methodsKnown or themesKnown is not-known) but the record also gives it. Remove one or the other.");

    /// <summary>PC0602: an item cites a source the record does not list.</summary>
    public static readonly IssueCode UnknownSource = IssueCode.Error("PC0602", "unknown-source", "An item cites a source id that is not the id of one of the record's sources.");

    /// <summary>PC0603: a record of a past review lists no source.</summary>
    public static readonly IssueCode PastReviewWithoutSources = IssueCode.Warning("PC0603", "past-review-without-sources", "A record of a past review should list the sources it was compiled from (sources), so that a reader can check every fact.");

    /// <summary>PC0604: a citation is about a part the record does not have.</summary>
    public static readonly IssueCode CitationTargetMissing = IssueCode.Error("PC0604", "citation-target-missing", "A citation's about pointer does not point at a part of the record (a property the record gives, or an item of one of its lists).");

    /// <summary>PC0605: a source's address is not a web address.</summary>
    public static readonly IssueCode SourceAddressInvalid = IssueCode.Error("PC0605", "source-address-invalid", "A source's address must be an absolute http or https address.");

    /// <summary>PC0606: a citation names no source.</summary>
    public static readonly IssueCode CitationWithoutSource = IssueCode.Error("PC0606", "citation-without-source", "A citation must name at least one of the record's sources.");

    /// <summary>Gets the codes of this class, ordered by code.</summary>
    public static IReadOnlyList<IssueCode> All { get; } = Array.AsReadOnly([NotKnownButGiven, UnknownSource, PastReviewWithoutSources, CitationTargetMissing, SourceAddressInvalid, CitationWithoutSource]);
}
