using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Provenance;

namespace PeerChallenge.Domain.Findings;

/// <summary>A dated update on an action of the action plan, as reported to the council's scrutiny committee, up to the progress review.</summary>
/// <remarks>Equality is by value. The note is checked for personal data (PC0401); an update after the progress review is a warning (PC0920).</remarks>
public sealed record ProgressUpdate
{
    /// <summary>Gets the day of the update (a month when a source gives no more).</summary>
    public required PartialDate Date { get; init; }

    /// <summary>Gets the action's status at the update; null (the default) when the update gives none.</summary>
    public ActionStatus? Status { get; init; }

    /// <summary>Gets what was reported: progress made, evidence of impact. Checked for personal data.</summary>
    public required string Note { get; init; }

    /// <summary>Gets properties of a newer format version, or local <c>x-</c> properties, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }
}
