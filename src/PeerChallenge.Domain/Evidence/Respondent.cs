using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Evidence;

/// <summary>Who answered a questionnaire, described only as a group, never a person: a role group and an agency type.</summary>
/// <remarks>Neither may contain personal data (PC0401). Equality is by value.</remarks>
public sealed record Respondent
{
    /// <summary>Gets the role group, for example <c>front-line social workers</c>.</summary>
    public required string RoleGroup { get; init; }

    /// <summary>Gets the type of agency the respondent works for, for example <c>local authority</c>; null when not asked.</summary>
    public string? AgencyType { get; init; }

    /// <summary>Gets properties of a newer format version, or local <c>x-</c> properties, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }
}
