using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Framework;

namespace PeerChallenge.Domain.Findings;

/// <summary>A theme of the edition the report does not cover, and why (for example, it was outside the agreed scope).</summary>
/// <remarks>Equality is by value. A report covers every theme of the edition or says why not (PC0910).</remarks>
public sealed record ThemeOmission
{
    /// <summary>Gets the code of the theme not covered.</summary>
    public required ThemeCode Theme { get; init; }

    /// <summary>Gets why the report does not cover it. Required (PC0101); checked for personal data (PC0401).</summary>
    public required string Reason { get; init; }

    /// <summary>Gets properties of a newer format version, or local <c>x-</c> properties, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }
}
