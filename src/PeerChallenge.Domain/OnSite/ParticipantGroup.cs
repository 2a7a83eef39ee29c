using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Framework;

namespace PeerChallenge.Domain.OnSite;

/// <summary>
/// A group of people a session hears, described only as a group, never a person: a role group, an agency type and how
/// many people are expected, for example "front-line staff, local authority, 8".
/// </summary>
/// <remarks>
/// The timetable is non-attributable as the evidence is: it holds no names. The role group is a code
/// (<see cref="RoleGroupCode"/>), so the rules can tell whether the groups the edition names are heard (PC0809); the agency
/// type is free text, as in an evidence source (for example <c>health</c>, <c>police</c>, <c>schools</c>). A group expected to
/// be smaller than the non-attribution threshold is a warning (PC0811). Equality is by value.
/// </remarks>
public sealed record ParticipantGroup
{
    /// <summary>Gets the role group, for example <see cref="RoleGroupCode.FrontLineStaff"/>.</summary>
    public required RoleGroupCode RoleGroup { get; init; }

    /// <summary>Gets the type of agency the group works for, for example <c>local authority</c>, <c>health</c> or <c>police</c>; null (the default) when not recorded.</summary>
    public string? AgencyType { get; init; }

    /// <summary>Gets how many people are expected; null (the default) when not known.</summary>
    public int? Expected { get; init; }

    /// <summary>Gets properties of a newer format version, or local <c>x-</c> properties, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }
}
