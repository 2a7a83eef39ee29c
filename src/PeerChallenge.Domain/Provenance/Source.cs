using System.Text.Json.Serialization;
using NodaTime;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Provenance;

/// <summary>
/// A published source a record draws on: a council's briefing for staff, committee papers, a feedback letter, the
/// feedback slides. Items of the record cite it by <see cref="Id"/>.
/// </summary>
/// <remarks>Equality is by value.</remarks>
public sealed record Source
{
    /// <summary>Gets the source's id, unique within the record (for example <c>src-1</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the title as published, or a plain description when the source has no title (for example <c>Feedback slides of the safeguarding peer review</c>).</summary>
    public required string Title { get; init; }

    /// <summary>Gets what kind of source it is; null (the default) when not stated.</summary>
    public SourceKind? Kind { get; init; }

    /// <summary>Gets who published it, for example <c>Manchester City Council</c>; null (the default) when not known.</summary>
    public string? Publisher { get; init; }

    /// <summary>Gets when it was published, as precisely as known; null (the default) when not known.</summary>
    public PartialDate? Published { get; init; }

    /// <summary>Gets where it can be found: an absolute <c>http</c> or <c>https</c> address; null (the default) when it has none.</summary>
    public string? Address { get; init; }

    /// <summary>Gets the day the address was last read; null (the default) when not recorded.</summary>
    public LocalDate? Accessed { get; init; }

    /// <summary>Gets properties of a newer format version, or local <c>x-</c> properties, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }
}
