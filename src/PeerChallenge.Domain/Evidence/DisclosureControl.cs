using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Evidence;

/// <summary>
/// Turns a table of counts into a table that is safe to publish under a <see cref="DisclosureProfile"/>, as UK
/// official statisticians do: totals, primary suppression of small counts, secondary suppression, rounding; and
/// percentages and means that are suppressed when they come from a suppressed count.
/// </summary>
/// <remarks>
/// <para>
/// <b>Primary suppression.</b> Every count and every total that is small under the profile
/// (<see cref="DisclosureProfile.IsSmall"/>) is shown as the profile's symbol.
/// </para>
/// <para>
/// <b>Secondary suppression</b> (when <see cref="DisclosureProfile.SecondarySuppression"/>). The table with its
/// totals is read as a circulation (a node per row and per column, edges for the counts, the row totals, the column
/// totals and the grand total). A suppressed cell can take another value, everything shown being kept and no count
/// going below zero, exactly when it lies on a cycle of suppressed cells along which one unit can be moved. So,
/// repeatedly, while some suppressed cell lies on no such cycle (it could be worked out exactly), the shown cells of
/// the cheapest cycle through it are suppressed too: a shown count costs one plus its value, a total more than any
/// cycle of counts (totals are suppressed only when they must be). A line with a single suppressed cell is the
/// commonest case (the cell is its total less the rest); the test also catches the subtler ones, such as two
/// suppressed zeros of a row that must add up to nothing, or a suppressed cell that is the only link between two
/// groups of suppressed cells. Suppressing more never uncovers a cell, so the loop ends.
/// </para>
/// <para>
/// <b>Guarantee.</b> In the table returned, every suppressed cell can take at least two values given all that is
/// published, even for a reader who knew the unrounded values of the shown cells. <b>Limits.</b> It does not guarantee
/// more than two values or a wide range (a suppressed 1 may be known to be 1 or 2); it treats every suppressed cell as
/// any non-negative integer, so a reader who also uses the fact that a suppressed count is small may narrow the range
/// further; it does not protect against differencing between tables (two tables of the same people cut differently,
/// or this year's table less last year's); and the cycles are chosen one at a time, so the cells suppressed are few
/// but not always the fewest possible.
/// </para>
/// <para>
/// <b>Rounding</b> (when <see cref="DisclosureProfile.RoundingBase"/> is above 1): every shown count and total is
/// rounded to the nearest multiple; totals are computed from the unrounded counts and then rounded, so a rounded row
/// need not add up to its rounded total.
/// </para>
/// </remarks>
public static class DisclosureControl
{
    /// <summary>Makes the table to publish: the counts with a Total column and a Total row, small counts and the cells that would reveal them shown as the profile's symbol, the rest rounded as the profile says.</summary>
    /// <param name="table">The counts.</param>
    /// <param name="profile">The disclosure profile.</param>
    /// <returns>The table to publish, with the id, title and marking of <paramref name="table"/> and the profile's code; its last column and last row are labelled <see cref="StatisticalTable.TotalLabel"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> or <paramref name="profile"/> is null.</exception>
    public static StatisticalTable Apply(CountTable table, DisclosureProfile profile)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(profile);
        var pattern = DisclosurePattern.Plan(table, profile);
        var suppressed = TableCell.OfSymbol(profile.Symbol);
        var labels = table.Rows.Append(StatisticalTable.TotalLabel).ToList();
        var rows = labels.Select((label, i) => new TableRow(
            label,
            [.. Enumerable.Range(0, pattern.BodyColumns + 1).Select(j => pattern.IsSuppressed(i, j) ? suppressed : TableCell.Of(profile.Round(pattern.Value(i, j))))]));
        return new StatisticalTable(table.Id, table.Title, [.. table.Columns, StatisticalTable.TotalLabel], [.. rows], profile.Code) { Marking = table.Marking };
    }

    /// <summary>
    /// Computes a percentage of published cells: <paramref name="count"/> as a share of <paramref name="total"/>,
    /// suppressed when either is suppressed (the count's symbol first), <c>z</c> (not applicable) when the total is zero.
    /// </summary>
    /// <param name="count">The published count.</param>
    /// <param name="total">The published total it is a share of.</param>
    /// <param name="decimals">The decimal places kept (midpoints away from zero), 0 to 10; default 1.</param>
    /// <returns>The percentage, or a symbol.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="count"/> or <paramref name="total"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 10.</exception>
    public static TableCell Percentage(TableCell count, TableCell total, int decimals = 1)
    {
        ArgumentNullException.ThrowIfNull(count);
        ArgumentNullException.ThrowIfNull(total);
        Preconditions.CheckArgumentRange(decimals, nameof(decimals), 0, 10);
        if (count.IsSymbol)
        {
            return count;
        }

        if (total.IsSymbol)
        {
            return total;
        }

        return total.Value == 0 ? TableCell.NotApplicable : TableCell.Of(Math.Round(count.Value!.Value * 100m / total.Value!.Value, decimals, MidpointRounding.AwayFromZero));
    }

    /// <summary>
    /// Computes row percentages of a published table of counts (as made by <see cref="Apply"/>): each cell as a
    /// percentage of its row's total, in the last column. A cell is suppressed when its count or its row total is;
    /// for a rounding profile the percentages come from the rounded counts, so they reveal nothing the counts do not.
    /// </summary>
    /// <param name="counts">The published counts, whose last column is labelled <see cref="StatisticalTable.TotalLabel"/>.</param>
    /// <param name="decimals">The decimal places kept, 0 to 10; default 1.</param>
    /// <returns>A table of the same shape, id <c>{id}-row-percentages</c>, title <c>{title} (row percentages)</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is null.</exception>
    /// <exception cref="ArgumentException">The last column of <paramref name="counts"/> is not labelled <see cref="StatisticalTable.TotalLabel"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 10.</exception>
    public static StatisticalTable RowPercentages(StatisticalTable counts, int decimals = 1)
    {
        ArgumentNullException.ThrowIfNull(counts);
        Preconditions.CheckArgumentRange(decimals, nameof(decimals), 0, 10);
        Preconditions.CheckArgument(counts.Columns.Count > 0 && counts.Columns[^1] == StatisticalTable.TotalLabel, nameof(counts), "The last column holds the row totals.");
        var rows = counts.Rows.Select(r => new TableRow(r.Label, [.. r.Cells.Select(c => Percentage(c, r.Cells[^1], decimals))]));
        return new StatisticalTable($"{counts.Id}-row-percentages", $"{counts.Title} (row percentages)", counts.Columns, [.. rows], counts.Profile) { Marking = counts.Marking };
    }

    /// <summary>
    /// Computes the mean of a scale from published counts: the sum of each value times its count over the sum of the
    /// counts (for example the mean score of a row of answers from strongly disagree = 1 to strongly agree = 5).
    /// Suppressed (the first suppressed count's symbol) when any count is suppressed; <c>z</c> when the counts add up to zero.
    /// </summary>
    /// <param name="counts">The published counts, one per value (without the Total column).</param>
    /// <param name="values">The value each count is of.</param>
    /// <param name="decimals">The decimal places kept, 0 to 10; default 2.</param>
    /// <returns>The mean, or a symbol.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> or <paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">There is not one value per count, or a count is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 10.</exception>
    public static TableCell Mean(IReadOnlyList<TableCell> counts, IReadOnlyList<decimal> values, int decimals = 2)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(values);
        Preconditions.CheckArgument(counts.Count == values.Count, nameof(values), "There is one value per count.");
        Preconditions.CheckArgument(counts.All(c => c is not null), nameof(counts), "A count is not null.");
        Preconditions.CheckArgumentRange(decimals, nameof(decimals), 0, 10);
        if (counts.FirstOrDefault(c => c.IsSymbol) is { } suppressed)
        {
            return suppressed;
        }

        var n = counts.Sum(c => c.Value!.Value);
        return n == 0 ? TableCell.NotApplicable : TableCell.Of(Math.Round(counts.Select((c, i) => c.Value!.Value * values[i]).Sum() / n, decimals, MidpointRounding.AwayFromZero));
    }
}
