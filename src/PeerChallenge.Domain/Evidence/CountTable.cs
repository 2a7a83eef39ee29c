using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Evidence;

/// <summary>
/// A table of counts before disclosure control: an id, a title, column and row labels, and a non-negative count for
/// each row and column. Totals are not part of it: <see cref="DisclosureControl.Apply"/> computes them.
/// </summary>
/// <remarks>Equality is by value, lists compared item by item.</remarks>
public sealed record CountTable
{
    /// <summary>Initializes a new instance of the <see cref="CountTable"/> class.</summary>
    /// <param name="id">The table's id, for example <c>q3-by-role</c>.</param>
    /// <param name="title">The table's title.</param>
    /// <param name="columns">The column labels (at least one).</param>
    /// <param name="rows">The row labels (at least one).</param>
    /// <param name="counts">The counts, one list per row with one count per column.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// There is no row or no column; a label is null or is <see cref="StatisticalTable.TotalLabel"/> (kept for the
    /// totals); the counts do not have one list per row and one count per column; or a count is negative.
    /// </exception>
    public CountTable(string id, string title, IEnumerable<string> columns, IEnumerable<string> rows, IEnumerable<IEnumerable<int>> counts)
    {
        Id = Preconditions.CheckNotNull(id, nameof(id));
        Title = Preconditions.CheckNotNull(title, nameof(title));
        Columns = EquatableList<string>.From(Preconditions.CheckNotNull(columns, nameof(columns)));
        Rows = EquatableList<string>.From(Preconditions.CheckNotNull(rows, nameof(rows)));
        Counts = EquatableList<IReadOnlyList<int>>.From(Preconditions.CheckNotNull(counts, nameof(counts)).Select(r => EquatableList<int>.From(Preconditions.CheckNotNull(r, nameof(counts)))));
        Preconditions.CheckArgument(Columns.Count > 0, nameof(columns), "A table has at least one column.");
        Preconditions.CheckArgument(Rows.Count > 0, nameof(rows), "A table has at least one row.");
        Preconditions.CheckArgument(!Columns.Contains(StatisticalTable.TotalLabel, StringComparer.Ordinal), nameof(columns), "The label Total is kept for the totals.");
        Preconditions.CheckArgument(!Rows.Contains(StatisticalTable.TotalLabel, StringComparer.Ordinal), nameof(rows), "The label Total is kept for the totals.");
        Preconditions.CheckArgument(Counts.Count == Rows.Count && Counts.All(r => r.Count == Columns.Count), nameof(counts), "The counts have one list per row, with one count per column.");
        Preconditions.CheckArgument(Counts.All(r => r.All(c => c >= 0)), nameof(counts), "A count is not negative.");
    }

    /// <summary>Gets the table's id.</summary>
    public string Id { get; }

    /// <summary>Gets the table's title.</summary>
    public string Title { get; }

    /// <summary>Gets the column labels.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Gets the row labels.</summary>
    public IReadOnlyList<string> Rows { get; }

    /// <summary>Gets the counts, one list per row with one count per column.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Counts { get; }

    /// <summary>
    /// Gets the highest security marking of what the counts were made from (a questionnaire's or the case audit's
    /// marking); null (the default) when nothing they were made from is marked. <see cref="DisclosureControl.Apply"/>
    /// carries it to the published table.
    /// </summary>
    public DerivedMarking? Marking { get; init; }
}
