using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Provenance;

namespace PeerChallenge.Domain.Findings;

/// <summary>
/// A comment of the council on the draft report, for factual accuracy: what it points at (a section of the report, a
/// finding, or both), what it says, and the team's decision on it, accepted or not accepted with a reason.
/// </summary>
/// <remarks>
/// Equality is by value. Checked by <see cref="ReportValidator"/>: it points at something (PC0914), a finding it names
/// exists (PC0902), a comment not accepted has a reason (PC0915), a final report answers every comment (PC0908), and
/// neither the comment nor the reason contains personal data (PC0401).
/// </remarks>
public sealed record CouncilComment
{
    /// <summary>Gets the comment's id, unique within the report's comments (for example <c>c-1</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the day the council made the comment; null (the default) when not known.</summary>
    public PartialDate? Date { get; init; }

    /// <summary>Gets the section of the report it points at, as the report names or numbers it (for example <c>Key messages</c> or <c>3.2</c>); null (the default) when it points at a finding only.</summary>
    public string? Section { get; init; }

    /// <summary>Gets the id of the finding it points at; null (the default) when it points at a section only.</summary>
    public string? Finding { get; init; }

    /// <summary>Gets what the council said. Non-attributable: it is checked for personal data.</summary>
    public required string Comment { get; init; }

    /// <summary>Gets the team's decision; null (the default) while the comment is not answered.</summary>
    public CommentDecision? Decision { get; init; }

    /// <summary>Gets the reason for the decision, required when the comment is not accepted; null by default.</summary>
    public string? Reason { get; init; }

    /// <summary>Gets properties of a newer format version, or local <c>x-</c> properties, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }
}
