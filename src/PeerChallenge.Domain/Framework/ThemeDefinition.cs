using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Framework;

/// <summary>One theme of a framework edition, for example <c>outcomes</c> in the 2011 edition.</summary>
public sealed record ThemeDefinition
{
    /// <summary>Gets the stable code of the theme within its edition (lower-case kebab, for example <c>working-together-lscb</c>).</summary>
    public required ThemeCode Code { get; init; }

    /// <summary>Gets the theme's name as the framework writes it, for example <c>Working Together and Local Safeguarding Children Board (LSCB)</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets an optional description of what the theme covers; null by default.</summary>
    public string? Description { get; init; }

    /// <summary>Gets properties of a newer format version, kept for round-tripping; null when there were none.</summary>
    [System.Text.Json.Serialization.JsonExtensionData]
    [System.Text.Json.Serialization.JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }
}
