using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain;

/// <summary>How many pieces of personal data of one kind an export took out of a part's free text.</summary>
/// <remarks>Equality is by value.</remarks>
public sealed record RedactionCount
{
    /// <summary>Gets the kind's code, as <see cref="Privacy.PersonalDataKind.Code"/> (<c>PERSON</c>, <c>NHS_NUMBER</c>). Required.</summary>
    public required string Kind { get; init; }

    /// <summary>Gets how many pieces of the kind were taken out; at least 1.</summary>
    public required int Count { get; init; }

    /// <summary>Gets properties of a newer format version, or local <c>x-</c> properties, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }
}
