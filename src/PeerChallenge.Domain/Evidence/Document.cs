using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Organisations;
using PeerChallenge.Domain.Provenance;

namespace PeerChallenge.Domain.Evidence;

/// <summary>
/// A document of the library the council gives the team before the visit: a plan, a policy, a procedure, a performance
/// report, the self-assessment, with the agency that owns it, its date, the themes and lines of enquiry it bears on, and
/// its security marking. Evidence items cite it by <see cref="Id"/>.
/// </summary>
/// <remarks>Equality is by value, lists compared item by item.</remarks>
public sealed record Document
{
    /// <summary>Gets the document's id, unique within the record's documents (for example <c>doc-1</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the document's title as the council gives it, for example <c>Children and Young People's Plan 2010-13</c>.</summary>
    public required string Title { get; init; }

    /// <summary>Gets what kind of document it is.</summary>
    public required DocumentKind Kind { get; init; }

    /// <summary>Gets the identifier of the agency that owns the document: the host council or one of the partner agencies; null (the default) when not recorded.</summary>
    public OrganisationId? Owner { get; init; }

    /// <summary>Gets the document's date, as precisely as known (a day, a month or a year); null (the default) when not known.</summary>
    public PartialDate? Date { get; init; }

    /// <summary>Gets the codes of the edition's themes the document bears on. Empty by default.</summary>
    public IReadOnlyList<ThemeCode> Themes { get; init => field = EquatableList.From(value); } = EquatableList.From<ThemeCode>(null);

    /// <summary>Gets the ids of the record's lines of enquiry the document bears on. Empty by default.</summary>
    public IReadOnlyList<string> LinesOfEnquiry { get; init => field = EquatableList.From(value); } = EquatableList.From<string>(null);

    /// <summary>Gets the document's security marking, of the scheme in use on its <see cref="Date"/> (PC0705); null (the default) when it has none.</summary>
    public SecurityMarking? Marking { get; init; }

    /// <summary>Gets properties of a newer format version, or local <c>x-</c> properties, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }
}
