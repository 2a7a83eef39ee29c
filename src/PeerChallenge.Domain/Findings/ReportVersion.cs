using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Provenance;

namespace PeerChallenge.Domain.Findings;

/// <summary>
/// A step in the written report's life: a version of the report (its label) reaching a status (draft, shared with the
/// council, council comments, final, published) on a day. A version that is drafted and then shared is two steps.
/// </summary>
/// <remarks>
/// Equality is by value. Checked by <see cref="ReportValidator"/>: dated after the last on-site day (PC0911), in order
/// (PC0912), nothing published before it is final (PC0909).
/// </remarks>
public sealed record ReportVersion
{
    /// <summary>Gets the version's label, for example <c>0.1</c> or <c>1.0</c>; a version reaches each status once.</summary>
    public required string Version { get; init; }

    /// <summary>Gets the version's status.</summary>
    public required ReportStatus Status { get; init; }

    /// <summary>Gets the day the version reached its status (a month or a year when a source gives no more).</summary>
    public required PartialDate Date { get; init; }

    /// <summary>Gets properties of a newer format version, or local <c>x-</c> properties, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }
}
