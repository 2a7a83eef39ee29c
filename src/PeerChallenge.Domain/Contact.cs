using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain;

/// <summary>The host council's contact for the challenge: the officer staff and partners can ask about it.</summary>
public sealed record Contact
{
    /// <summary>Gets the contact's name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the contact's job title, for example <c>Performance and Quality Manager</c>; null by default.</summary>
    public string? JobTitle { get; init; }

    /// <summary>Gets the contact's telephone number as written; null by default.</summary>
    public string? Telephone { get; init; }

    /// <summary>Gets the contact's email address; null by default.</summary>
    public string? Email { get; init; }

    /// <summary>Gets properties of a newer format version, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }
}
