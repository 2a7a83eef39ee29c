using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Framework;

namespace PeerChallenge.Domain.Findings;

/// <summary>A key message of the feedback presentation: the theme it is about, the message, and the findings it draws on.</summary>
/// <remarks>Non-attributable: the message must not contain personal data (PC0401). Equality is by value, lists compared item by item.</remarks>
public sealed record KeyMessage
{
    /// <summary>Gets the code of the edition's theme the message is about; null (the default) for a message about the whole challenge.</summary>
    public ThemeCode? Theme { get; init; }

    /// <summary>Gets the message, in the neutral voice of the presentation. Non-attributable: it is checked for personal data.</summary>
    public required string Message { get; init; }

    /// <summary>Gets the ids of the record's findings the message draws on. Empty by default.</summary>
    public IReadOnlyList<string> Findings { get; init => field = EquatableList.From(value); } = EquatableList.From<string>(null);

    /// <summary>Gets properties of a newer format version, or local <c>x-</c> properties, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }
}
