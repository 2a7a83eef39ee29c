using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Provenance;

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

    /// <summary>Gets the codes of the edition's themes the line of enquiry touches (at least one, unless <see cref="ThemesKnown"/> says the sources do not map it). Empty by default.</summary>
    public IReadOnlyList<ThemeCode> Themes { get; init => field = EquatableList.From(value); } = EquatableList.From<ThemeCode>(null);

    /// <summary>
    /// Gets how much of the mapping to themes the sources give. Default <see cref="Knowledge.Known"/>: the line of
    /// enquiry must name a theme (PC0107). <see cref="Knowledge.NotKnown"/>: the sources do not map it, and
    /// <see cref="Themes"/> stays empty.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    [JsonIgnore]
    public Knowledge ThemesKnown { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = Knowledge.Known;

    // Written only when not the default, so a record written before this property existed writes back unchanged.
    [JsonInclude]
    [JsonPropertyName("themesKnown")]
    internal Knowledge? ThemesKnownInJson { get => ThemesKnown == Knowledge.Known ? null : ThemesKnown; init => ThemesKnown = value ?? Knowledge.Known; }

    /// <summary>Gets the ids of the record's sources that give this line of enquiry. Empty by default.</summary>
    public IReadOnlyList<string> Sources { get; init => field = EquatableList.From(value); } = EquatableList.From<string>(null);

    /// <summary>Gets properties of a newer format version, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }
}
