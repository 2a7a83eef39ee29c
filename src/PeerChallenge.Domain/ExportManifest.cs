using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain;

/// <summary>
/// What an export did, part by part (<c>export.manifest</c>): counts only, never a value that was taken out.
/// </summary>
/// <remarks>Equality is by value.</remarks>
public sealed record ExportManifest
{
    /// <summary>Gets one entry for each part of the record the source record had, in the order of the format.</summary>
    public IReadOnlyList<ExportManifestEntry> Parts { get; init => field = EquatableList.From(value); } = EquatableList.From<ExportManifestEntry>(null);

    /// <summary>Gets properties of a newer format version, or local <c>x-</c> properties, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }
}
