using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Provenance;

namespace PeerChallenge.Domain.Findings;

/// <summary>
/// The feedback presentation the team gives on the last on-site day: its date and the key messages, per theme, each
/// linked to the findings it draws on.
/// </summary>
/// <remarks>Equality is by value, lists compared item by item. Checked by <see cref="FindingsValidator"/>.</remarks>
public sealed record FeedbackPresentation
{
    /// <summary>Gets the day of the presentation, which should be the last on-site day (PC0906).</summary>
    public required PartialDate Date { get; init; }

    /// <summary>Gets the key messages, in the order presented. Empty by default.</summary>
    public IReadOnlyList<KeyMessage> KeyMessages { get; init => field = EquatableList.From(value); } = EquatableList.From<KeyMessage>(null);

    /// <summary>Gets properties of a newer format version, or local <c>x-</c> properties, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }
}
