using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Evidence;

/// <summary>
/// Who an evidence item comes from, described only as a group, never a person: a role group, an agency type and how many
/// people were in the group, for example "front-line social workers, local authority, 6".
/// </summary>
/// <remarks>
/// Evidence is non-attributable: the role group and agency type must not contain personal data (PC0401), and a group
/// smaller than the non-attribution threshold (<see cref="EvidenceValidator"/>, PC0704) cannot have its view reported as a
/// group. Equality is by value.
/// </remarks>
public sealed record EvidenceSource
{
    /// <summary>Gets the role group, for example <c>front-line social workers</c> or <c>head teachers</c>.</summary>
    public required string RoleGroup { get; init; }

    /// <summary>Gets the type of agency the group works for, for example <c>local authority</c>, <c>health</c> or <c>police</c>.</summary>
    public required string AgencyType { get; init; }

    /// <summary>Gets how many people the group had; null (the default) when not recorded.</summary>
    public int? GroupSize { get; init; }

    /// <summary>Gets properties of a newer format version, or local <c>x-</c> properties, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }
}
