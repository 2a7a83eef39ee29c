using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Framework;

namespace PeerChallenge.Domain.Evidence;

/// <summary>
/// A criterion of the case audit template, against which every audited case is graded. The usual criteria of
/// inter-agency work are information sharing, joint planning, timeliness, the voice of the child and management
/// oversight (for example ids <c>information-sharing</c>, <c>joint-planning</c>, <c>timeliness</c>,
/// <c>voice-of-the-child</c>, <c>management-oversight</c>).
/// </summary>
/// <remarks>Equality is by value, lists compared item by item.</remarks>
public sealed record AuditCriterion
{
    /// <summary>Gets the criterion's id, unique within the audit's criteria, for example <c>information-sharing</c>. Grades refer to it.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the criterion's name, for example <c>Information sharing</c>; null by default.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the codes of the edition's themes the criterion bears on. Empty by default.</summary>
    public IReadOnlyList<ThemeCode> Themes { get; init => field = EquatableList.From(value); } = EquatableList.From<ThemeCode>(null);

    /// <summary>Gets properties of a newer format version, or local <c>x-</c> properties, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }
}
