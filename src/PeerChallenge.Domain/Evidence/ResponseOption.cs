using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Evidence;

/// <summary>An option of a question's response scale: a code answers refer to and the label the respondent saw.</summary>
/// <remarks>Equality is by value.</remarks>
public sealed record ResponseOption
{
    /// <summary>Gets the option's code, unique within its question (for example <c>strongly-agree</c>).</summary>
    public required string Code { get; init; }

    /// <summary>Gets the label the respondent saw (for example <c>Strongly agree</c>); null by default.</summary>
    public string? Label { get; init; }

    /// <summary>Gets properties of a newer format version, or local <c>x-</c> properties, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }
}
