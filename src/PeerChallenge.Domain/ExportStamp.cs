using System.Text.Json.Serialization;
using NodaTime;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Evidence;

namespace PeerChallenge.Domain;

/// <summary>
/// Marks a record as a shareable export (format 1.2): the profile it was made under, the day, the tool that made it,
/// the highest security marking of what it holds, the fingerprint of the pseudonym key (never the key) and the manifest
/// of what was kept, dropped, redacted, widened and pseudonymised. A record that carries one is checked by the export
/// rules (PC1001, PC1002) whenever it is validated.
/// </summary>
/// <remarks>Equality is by value.</remarks>
public sealed record ExportStamp
{
    /// <summary>Gets the name of the export profile (<c>partner</c>, <c>publication</c> or a council's own). Required.</summary>
    public required string Profile { get; init; }

    /// <summary>Gets the day the export was made, as passed in by the caller (the library never reads the clock).</summary>
    public required LocalDate Date { get; init; }

    /// <summary>Gets the name and version of the program that made the export, such as <c>peer-challenge 0.2.0</c>. Required.</summary>
    public required string ToolVersion { get; init; }

    /// <summary>
    /// Gets the highest security marking of what the export holds (its documents, questionnaires and case audit);
    /// null when none of them is marked.
    /// </summary>
    public DerivedMarking? Marking { get; init; }

    /// <summary>Gets the fingerprint of the key pseudonyms were made under (<see cref="PseudonymKey.Fingerprint"/>); null when no key was used.</summary>
    public string? KeyFingerprint { get; init; }

    /// <summary>Gets the non-attribution threshold the export was made at: no group smaller than this is reported. At least 1.</summary>
    public required int NonAttributionThreshold { get; init; }

    /// <summary>Gets what the export did to each part of the record.</summary>
    public required ExportManifest Manifest { get; init; }

    /// <summary>
    /// Gets the questionnaire and case audit tables after disclosure control, for a profile that publishes tables
    /// instead of the responses and audited cases; empty otherwise.
    /// </summary>
    public IReadOnlyList<ExportTable> Tables { get; init => field = EquatableList.From(value); } = EquatableList.From<ExportTable>(null);

    /// <summary>Gets properties of a newer format version, or local <c>x-</c> properties, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }
}
