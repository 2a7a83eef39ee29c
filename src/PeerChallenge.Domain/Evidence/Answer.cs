using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Evidence;

/// <summary>An answer to one question: an option's code for a scale question, or text for a free-text question.</summary>
/// <remarks>Free text must not contain personal data (PC0401). Equality is by value.</remarks>
public sealed record Answer
{
    /// <summary>Gets the id of the question answered.</summary>
    public required string Question { get; init; }

    /// <summary>Gets the code of the option chosen, for a scale question; null otherwise.</summary>
    public string? Option { get; init; }

    /// <summary>Gets the answer in the respondent's words, for a free-text question; null otherwise.</summary>
    public string? Text { get; init; }

    /// <summary>Gets properties of a newer format version, or local <c>x-</c> properties, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }
}
