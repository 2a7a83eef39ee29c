using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Organisations;

namespace PeerChallenge.Domain.Framework;

/// <summary>
/// One role on the peer team of a framework edition, with the rules that apply to it: how many people may
/// hold it, whether they come on site, whether they must be an elected member or come from a sector.
/// </summary>
public sealed record RoleDefinition
{
    /// <summary>Gets the stable code of the role (lower-case kebab, for example <c>team-leader</c>).</summary>
    public required RoleCode Code { get; init; }

    /// <summary>Gets the role's name as the framework writes it, for example <c>Team Leader</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets an optional description of the role; null by default.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the fewest people who must hold the role (fewer is an error, PC0201). Default 0.</summary>
    public int Minimum { get; init; }

    /// <summary>Gets how many people the edition expects in the role (fewer is a warning, PC0208). Default 0.</summary>
    public int Expected { get; init; }

    /// <summary>Gets the most people who may hold the role (more is an error, PC0202); null, the default, means no limit.</summary>
    public int? Maximum { get; init; }

    /// <summary>Gets a value indicating whether holders of the role are on site during the visit. Default true; false for the off-site peer.</summary>
    [JsonIgnore]
    public bool OnSite { get; init; } = true;

    // The source-generated reader passes a left-out init-only property to the object initializer as its type's default
    // (0, false, null), not as the initializer's. A JSON-only nullable twin tells "left out" from a value and applies
    // the format's default (the schemas publish it as "default").
    [JsonInclude]
    [JsonPropertyName("onSite")]
    internal bool? OnSiteInJson { get => OnSite; init => OnSite = value ?? true; }

    /// <summary>Gets a value indicating whether the role must be held by an elected member (a councillor), as the member peer. Default false.</summary>
    public bool RequiresElectedMember { get; init; }

    /// <summary>Gets the sector the holder must come from (the health peer from <see cref="Sector.Health"/>); null, the default, means any.</summary>
    public Sector? RequiredSector { get; init; }

    /// <summary>Gets properties of a newer format version, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }
}
