using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Organisations;

namespace PeerChallenge.Domain.Team;

/// <summary>
/// A member of the peer team: a senior peer from another authority (or LGA staff) in one of the edition's
/// roles. The name may be left out while the role is still to be confirmed.
/// </summary>
public sealed record TeamMember
{
    /// <summary>Gets the member's id, unique within the team (for example <c>tm-1</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the code of the member's role in the record's edition, for example <c>team-leader</c>.</summary>
    public required RoleCode Role { get; init; }

    /// <summary>Gets the member's name; null (the default) while the role is still to be confirmed.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the member's job title or office, for example <c>Director of Children's Services</c>; null by default.</summary>
    public string? JobTitle { get; init; }

    /// <summary>Gets the organisation the member works for; null (the default) while to be confirmed.</summary>
    public Organisation? HomeOrganisation { get; init; }

    /// <summary>Gets the member's sector; when null (the default) the home organisation's sector is used.</summary>
    public Sector? Sector { get; init; }

    /// <summary>Gets a value indicating whether the member is an elected member (a councillor). Default false.</summary>
    public bool ElectedMember { get; init; }

    /// <summary>Gets whether the member is on site during the visit; null (the default) means as the role says.</summary>
    public bool? OnSite { get; init; }

    /// <summary>Gets properties of a newer format version, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }

    /// <summary>Gets the sector that counts for the rules: <see cref="Sector"/>, else the home organisation's, else null.</summary>
    [JsonIgnore]
    public Sector? EffectiveSector => Sector ?? HomeOrganisation?.Sector;

    /// <summary>Gets a value indicating whether the member is still to be confirmed (no name or no home organisation).</summary>
    [JsonIgnore]
    public bool IsToBeConfirmed => string.IsNullOrWhiteSpace(Name) || HomeOrganisation is null;
}
