using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Framework;

/// <summary>
/// A local line of enquiry the host council asks the team to look at beside the framework's themes, for
/// example "the effectiveness of the multi-agency resource panel for Out of Authority Placements".
/// </summary>
public sealed record LineOfEnquiry
{
    /// <summary>Gets the id of the line of enquiry, unique within the record (for example <c>loe-1</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets what the council asks the team to look at, in its own words. Must be non-attributable: it is checked for personal data.</summary>
    public required string Statement { get; init; }

    /// <summary>Gets the codes of the edition's themes the line of enquiry touches (at least one). Empty by default.</summary>
    public IReadOnlyList<ThemeCode> Themes { get; init => field = EquatableList.From(value); } = EquatableList.From<ThemeCode>(null);

    /// <summary>Gets properties of a newer format version, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }
}
