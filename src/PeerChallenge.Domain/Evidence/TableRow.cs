using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Evidence;

/// <summary>A row of a published table: its label and one cell per column.</summary>
/// <remarks>Equality is by value, cells compared one by one.</remarks>
public sealed record TableRow
{
    /// <summary>Initializes a new instance of the <see cref="TableRow"/> class.</summary>
    /// <param name="label">The row's label, for example <c>Social workers</c> or <c>Total</c>.</param>
    /// <param name="cells">The row's cells, one per column of its table.</param>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> or <paramref name="cells"/> is null.</exception>
    /// <exception cref="ArgumentException">A cell is null.</exception>
    public TableRow(string label, IReadOnlyList<TableCell> cells)
    {
        Label = Preconditions.CheckNotNull(label, nameof(label));
        Cells = EquatableList<TableCell>.From(Preconditions.CheckNotNull(cells, nameof(cells)));
    }

    /// <summary>Gets the row's label.</summary>
    public string Label { get; }

    /// <summary>Gets the row's cells, one per column of its table.</summary>
    public IReadOnlyList<TableCell> Cells { get; }
}
