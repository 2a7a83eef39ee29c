using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Framework;

/// <summary>
/// A session an edition requires on a given on-site day, for example the 2011 brief's opening meeting with partner
/// agencies on the first day, or the feedback presentation on the last. Edition data: the timetable rules
/// (<c>OnSite.TimetableValidator</c>, PC0810) report a timetable without it.
/// </summary>
/// <remarks>Equality is by value.</remarks>
public sealed record SessionRequirement
{
    /// <summary>Gets the code of the kind of session required, one of the session kinds (docs/codelists.md), for example <c>opening-meeting</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>Gets the on-site day the session must be held on.</summary>
    public required RequiredDay Day { get; init; }

    /// <summary>Gets the role group the session must include among its participants, for example <see cref="RoleGroupCode.PartnerAgency"/>; null (the default) when any will do.</summary>
    public RoleGroupCode? With { get; init; }

    /// <summary>Gets properties of a newer format version, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }
}
