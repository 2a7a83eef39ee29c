using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain;

/// <summary>A row of an <see cref="ExportTable"/>: its label and its cells, each a number or a disclosure symbol.</summary>
/// <remarks>Equality is by value.</remarks>
public sealed record ExportTableRow
{
    /// <summary>Gets the row's label (a role group, an option, <c>Total</c>). Required.</summary>
    public required string Label { get; init; }

    /// <summary>Gets the cells, one per column: a number (<c>12</c>, <c>33.3</c>) or a symbol (<c>c</c>, <c>:</c>, <c>z</c>).</summary>
    public IReadOnlyList<string> Cells { get; init => field = EquatableList.From(value); } = EquatableList.From<string>(null);

    /// <summary>Gets properties of a newer format version, or local <c>x-</c> properties, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }
}
