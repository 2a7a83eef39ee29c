using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Provenance;

namespace PeerChallenge.Domain.Evidence;

/// <summary>
/// A piece of evidence the team gathered before or during the visit: how (an interview, a focus group, reading case
/// files), the themes and lines of enquiry it bears on, when, which team members gathered it, a summary, the documents it
/// draws on, and a source described only as a group (<see cref="EvidenceSource"/>).
/// </summary>
/// <remarks>
/// Non-attributable: the summary and the source must not contain personal data (PC0401). Equality is by value, lists
/// compared item by item.
/// </remarks>
public sealed record EvidenceItem
{
    /// <summary>Gets the item's id, unique within the record's evidence (for example <c>ev-1</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets how the team gathered it.</summary>
    public required EvidenceMethod Method { get; init; }

    /// <summary>Gets the codes of the edition's themes it bears on. Empty by default.</summary>
    public IReadOnlyList<ThemeCode> Themes { get; init => field = EquatableList.From(value); } = EquatableList.From<ThemeCode>(null);

    /// <summary>Gets the ids of the record's lines of enquiry it bears on. Empty by default.</summary>
    public IReadOnlyList<string> LinesOfEnquiry { get; init => field = EquatableList.From(value); } = EquatableList.From<string>(null);

    /// <summary>Gets when it was gathered, as precisely as known; null (the default) when not recorded.</summary>
    public PartialDate? Date { get; init; }

    /// <summary>Gets the ids of the team members who gathered it. Empty by default.</summary>
    public IReadOnlyList<string> GatheredBy { get; init => field = EquatableList.From(value); } = EquatableList.From<string>(null);

    /// <summary>Gets what the evidence says, in the team's words; null by default. Non-attributable: it is checked for personal data.</summary>
    public string? Summary { get; init; }

    /// <summary>Gets the ids of the record's documents it draws on. Empty by default.</summary>
    public IReadOnlyList<string> Documents { get; init => field = EquatableList.From(value); } = EquatableList.From<string>(null);

    /// <summary>Gets who it comes from, as a group; null (the default) for evidence with no people as its source (a document review, data analysis).</summary>
    public EvidenceSource? Source { get; init; }

    /// <summary>Gets properties of a newer format version, or local <c>x-</c> properties, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }
}
