using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Evidence;

/// <summary>
/// A table that is safe to publish: an id, a title, column labels and rows of cells (numbers or symbols), with the
/// code of the disclosure profile it follows. A row or a column labelled <see cref="TotalLabel"/> carries totals.
/// </summary>
/// <remarks>
/// In JSON (camel case) it is <c>{"id", "title", "columns": [...], "rows": [{"label", "cells": [...]}], "profile"}</c>,
/// each cell a number or a symbol string, and <c>"marking"</c> (<see cref="DerivedMarking.Code"/>) when it has one. Equality is by value, lists compared item by item.
/// </remarks>
public sealed record StatisticalTable
{
    /// <summary>The label of the row and of the column that carry totals: <c>Total</c>.</summary>
    public const string TotalLabel = "Total";

    /// <summary>Initializes a new instance of the <see cref="StatisticalTable"/> class.</summary>
    /// <param name="id">The table's id, for example <c>q3-by-role</c>.</param>
    /// <param name="title">The table's title.</param>
    /// <param name="columns">The column labels.</param>
    /// <param name="rows">The rows, each with one cell per column.</param>
    /// <param name="profile">The code of the disclosure profile the table follows, for example <c>dfe</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A column label or a row is null, or a row does not have one cell per column.</exception>
    public StatisticalTable(string id, string title, IReadOnlyList<string> columns, IReadOnlyList<TableRow> rows, string profile)
    {
        Id = Preconditions.CheckNotNull(id, nameof(id));
        Title = Preconditions.CheckNotNull(title, nameof(title));
        Columns = EquatableList<string>.From(Preconditions.CheckNotNull(columns, nameof(columns)));
        Rows = EquatableList<TableRow>.From(Preconditions.CheckNotNull(rows, nameof(rows)));
        Profile = Preconditions.CheckNotNull(profile, nameof(profile));
        Preconditions.CheckArgument(Rows.All(r => r.Cells.Count == Columns.Count), nameof(rows), "Each row has one cell per column.");
    }

    /// <summary>Gets the table's id.</summary>
    public string Id { get; }

    /// <summary>Gets the table's title.</summary>
    public string Title { get; }

    /// <summary>Gets the column labels.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Gets the rows, each with one cell per column.</summary>
    public IReadOnlyList<TableRow> Rows { get; }

    /// <summary>Gets the code of the disclosure profile the table follows.</summary>
    public string Profile { get; }

    /// <summary>
    /// Gets the highest security marking of what the table was made from; null (the default) when nothing it was made
    /// from is marked. Whatever shows the table shows its marking with it.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public DerivedMarking? Marking { get; init; }

    /// <summary>Gets the cell in a row and a column.</summary>
    /// <param name="row">The row's index.</param>
    /// <param name="column">The column's index.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is outside the table.</exception>
    public TableCell Cell(int row, int column)
    {
        Preconditions.CheckArgumentRange(row, nameof(row), 0, Rows.Count - 1);
        Preconditions.CheckArgumentRange(column, nameof(column), 0, Columns.Count - 1);
        return Rows[row].Cells[column];
    }
}
