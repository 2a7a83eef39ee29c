using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Evidence;

namespace PeerChallenge.Domain;

/// <summary>
/// A questionnaire or case audit table after disclosure control, as an export holds it: a small count is its symbol
/// (<c>c</c>), never the number. Made from a <see cref="StatisticalTable"/>.
/// </summary>
/// <remarks>Equality is by value.</remarks>
public sealed record ExportTable
{
    /// <summary>Gets the table's id, such as <c>staff-q1-by-group</c>. Required.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the table's title. Required.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the code of the disclosure profile applied (<c>dfe</c>, <c>nhs</c>, <c>threshold-10</c>). Required.</summary>
    public required string Disclosure { get; init; }

    /// <summary>Gets the highest marking of the table's inputs; null when they carry none.</summary>
    public DerivedMarking? Marking { get; init; }

    /// <summary>Gets the column headings, after the row label.</summary>
    public IReadOnlyList<string> Columns { get; init => field = EquatableList.From(value); } = EquatableList.From<string>(null);

    /// <summary>Gets the rows, the total row last.</summary>
    public IReadOnlyList<ExportTableRow> Rows { get; init => field = EquatableList.From(value); } = EquatableList.From<ExportTableRow>(null);

    /// <summary>Gets properties of a newer format version, or local <c>x-</c> properties, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }

    /// <summary>Makes the export's form of a published table.</summary>
    /// <param name="table">The table after disclosure control.</param>
    /// <returns>The table with each cell written as its number or its symbol.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public static ExportTable From(StatisticalTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return new ExportTable
        {
            Id = table.Id,
            Title = table.Title,
            Disclosure = table.Profile,
            Marking = table.Marking,
            Columns = table.Columns,
            Rows = [.. table.Rows.Select(r => new ExportTableRow { Label = r.Label, Cells = [.. r.Cells.Select(c => c.ToString())] })],
        };
    }
}
