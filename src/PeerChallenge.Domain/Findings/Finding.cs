using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Framework;

namespace PeerChallenge.Domain.Findings;

/// <summary>
/// A finding of the peer team: its kind (one of the edition's, <see cref="Edition.FindingKinds"/>), a statement in the
/// team's words, the themes and lines of enquiry it bears on, and the evidence items it rests on. A recommendation also
/// has a number and a priority.
/// </summary>
/// <remarks>
/// Non-attributable: the statement must not contain personal data (PC0401). A finding should rest on at least two
/// independent sources (triangulation, PC0903). Checked by <see cref="FindingsValidator"/>. Equality is by value, lists
/// compared item by item.
/// </remarks>
public sealed record Finding
{
    /// <summary>Gets the finding's id, unique within the record's findings (for example <c>f-1</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the code of the finding's kind, one of the edition's (for example <c>strength</c>, <c>area-for-consideration</c>, <c>recommendation</c>).</summary>
    public required string Kind { get; init; }

    /// <summary>Gets what the team found, in the neutral voice of a report. Non-attributable: it is checked for personal data.</summary>
    public required string Statement { get; init; }

    /// <summary>Gets the codes of the edition's themes it bears on. Empty by default: many reports list findings with no theme.</summary>
    public IReadOnlyList<ThemeCode> Themes { get; init => field = EquatableList.From(value); } = EquatableList.From<ThemeCode>(null);

    /// <summary>Gets the ids of the record's lines of enquiry it answers. Empty by default.</summary>
    public IReadOnlyList<string> LinesOfEnquiry { get; init => field = EquatableList.From(value); } = EquatableList.From<string>(null);

    /// <summary>Gets the ids of the record's evidence items it rests on. Empty by default.</summary>
    public IReadOnlyList<string> Evidence { get; init => field = EquatableList.From(value); } = EquatableList.From<string>(null);

    /// <summary>Gets a recommendation's number, from 1, unique among the recommendations; null (the default) for other kinds.</summary>
    public int? Number { get; init; }

    /// <summary>Gets a recommendation's priority; null (the default) for other kinds.</summary>
    public RecommendationPriority? Priority { get; init; }

    /// <summary>Gets properties of a newer format version, or local <c>x-</c> properties, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }
}
