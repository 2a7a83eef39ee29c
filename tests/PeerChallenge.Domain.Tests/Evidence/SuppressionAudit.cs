using PeerChallenge.Domain.Evidence;

namespace PeerChallenge.Domain.Tests.Evidence;

/// <summary>
/// An audit of a published table independent of the engine: for each suppressed cell, the least and the greatest value
/// it can take given everything published, found by linear programming over the suppressed cells (every line of the
/// table with its Total adds up, every cell non-negative). The engine reasons on cycles of a circulation; this reasons
/// on equations only.
/// </summary>
/// <remarks>
/// The equations are those of a directed graph's incidence matrix, which is totally unimodular: the least and the
/// greatest value of a cell over the rational solutions are reached at integer solutions. So a cell whose least and
/// greatest values differ can take at least two non-negative integer values.
/// </remarks>
internal static class SuppressionAudit
{
    private const double Epsilon = 1e-7;

    /// <summary>A suppressed cell of the extended table (the last row and column are the totals) and its range.</summary>
    internal sealed record Range(int Row, int Column, long Value, double Least, double Greatest)
    {
        public bool HasMoreThanOneValue => Greatest - Least >= 1 - Epsilon;

        public override string ToString() => $"({Row},{Column}) = {Value}: {Least}..{Greatest}";
    }

    /// <summary>The ranges of the suppressed cells of <paramref name="published"/>, the true counts being <paramref name="table"/>; a shown cell is taken at its true value, whatever it was rounded to.</summary>
    internal static IReadOnlyList<Range> Ranges(CountTable table, StatisticalTable published)
    {
        var values = WithTotals(table);
        var rows = values.GetLength(0);
        var columns = values.GetLength(1);
        var unknowns = new List<(int Row, int Column)>();
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                if (published.Rows[i].Cells[j].IsSymbol)
                {
                    unknowns.Add((i, j));
                }
            }
        }

        // One equation per row and per column of the extended table: the body cells less the total are zero.
        var equations = new List<(double[] Coefficients, double Constant)>();
        for (var line = 0; line < rows + columns; line++)
        {
            var coefficients = new double[unknowns.Count];
            var constant = 0.0;
            var cells = line < rows
                ? Enumerable.Range(0, columns).Select(j => (Row: line, Column: j, Sign: j == columns - 1 ? -1.0 : 1.0))
                : Enumerable.Range(0, rows).Select(i => (Row: i, Column: line - rows, Sign: i == rows - 1 ? -1.0 : 1.0));
            foreach (var (i, j, sign) in cells)
            {
                var k = unknowns.IndexOf((i, j));
                if (k >= 0)
                {
                    coefficients[k] += sign;
                }
                else
                {
                    constant -= sign * values[i, j];
                }
            }

            if (coefficients.Any(c => c != 0))
            {
                equations.Add((coefficients, constant));
            }
        }

        return [.. unknowns.Select((cell, k) =>
        {
            var objective = new double[unknowns.Count];
            objective[k] = 1;
            var greatest = Maximise(equations, objective);
            objective[k] = -1;
            var least = -Maximise(equations, objective);
            return new Range(cell.Row, cell.Column, values[cell.Row, cell.Column], least, greatest);
        })];
    }

    /// <summary>The counts with a Total column, a Total row and the grand total.</summary>
    internal static long[,] WithTotals(CountTable table)
    {
        var values = new long[table.Rows.Count + 1, table.Columns.Count + 1];
        for (var i = 0; i < table.Rows.Count; i++)
        {
            for (var j = 0; j < table.Columns.Count; j++)
            {
                values[i, j] = table.Counts[i][j];
                values[i, table.Columns.Count] += table.Counts[i][j];
                values[table.Rows.Count, j] += table.Counts[i][j];
                values[table.Rows.Count, table.Columns.Count] += table.Counts[i][j];
            }
        }

        return values;
    }

    /// <summary>Maximises objective · x subject to the equations and x ≥ 0 by the two-phase simplex method with Bland's rule; +∞ when unbounded.</summary>
    private static double Maximise(List<(double[] Coefficients, double Constant)> equations, double[] objective)
    {
        var m = equations.Count;
        var n = objective.Length;
        var width = n + m + 1; // variables, artificials, right-hand side
        var tableau = new double[m, width];
        var basis = new int[m];
        for (var r = 0; r < m; r++)
        {
            var flip = equations[r].Constant < 0 ? -1.0 : 1.0;
            for (var c = 0; c < n; c++)
            {
                tableau[r, c] = flip * equations[r].Coefficients[c];
            }

            tableau[r, n + r] = 1;
            tableau[r, width - 1] = flip * equations[r].Constant;
            basis[r] = n + r;
        }

        // Phase one: maximise minus the sum of the artificials, over every column.
        var phaseOne = new double[n + m];
        for (var c = n; c < n + m; c++)
        {
            phaseOne[c] = -1;
        }

        Optimise(tableau, basis, phaseOne, n + m);
        if (Value(tableau, basis, phaseOne) < -Epsilon)
        {
            throw new InvalidOperationException("The published table has no solution: the audit's equations are wrong.");
        }

        // Drive artificials at zero out of the basis where a real column can replace them.
        for (var r = 0; r < m; r++)
        {
            if (basis[r] >= n && Enumerable.Range(0, n).FirstOrDefault(c => Math.Abs(tableau[r, c]) > Epsilon, -1) is var c and >= 0)
            {
                Pivot(tableau, basis, r, c);
            }
        }

        var phaseTwo = new double[n + m];
        Array.Copy(objective, phaseTwo, n);
        return Optimise(tableau, basis, phaseTwo, n) ? Value(tableau, basis, phaseTwo) : double.PositiveInfinity;
    }

    /// <summary>Pivots until optimal (true) or unbounded (false); only the first <paramref name="entering"/> columns may enter.</summary>
    private static bool Optimise(double[,] tableau, int[] basis, double[] costs, int entering)
    {
        var m = basis.Length;
        var rhs = tableau.GetLength(1) - 1;
        while (true)
        {
            var column = -1;
            for (var c = 0; c < entering && column < 0; c++)
            {
                var reduced = -costs[c];
                for (var r = 0; r < m; r++)
                {
                    reduced += costs[basis[r]] * tableau[r, c];
                }

                if (reduced < -Epsilon && !basis.Contains(c))
                {
                    column = c;
                }
            }

            if (column < 0)
            {
                return true;
            }

            var row = -1;
            for (var r = 0; r < m; r++)
            {
                if (tableau[r, column] > Epsilon)
                {
                    var ratio = tableau[r, rhs] / tableau[r, column];
                    var best = row < 0 ? double.PositiveInfinity : tableau[row, rhs] / tableau[row, column];
                    if (row < 0 || ratio < best - Epsilon || (Math.Abs(ratio - best) <= Epsilon && basis[r] < basis[row]))
                    {
                        row = r;
                    }
                }
            }

            if (row < 0)
            {
                return false;
            }

            Pivot(tableau, basis, row, column);
        }
    }

    private static void Pivot(double[,] tableau, int[] basis, int row, int column)
    {
        var width = tableau.GetLength(1);
        var pivot = tableau[row, column];
        for (var c = 0; c < width; c++)
        {
            tableau[row, c] /= pivot;
        }

        for (var r = 0; r < basis.Length; r++)
        {
            if (r != row && tableau[r, column] != 0)
            {
                var factor = tableau[r, column];
                for (var c = 0; c < width; c++)
                {
                    tableau[r, c] -= factor * tableau[row, c];
                }
            }
        }

        basis[row] = column;
    }

    private static double Value(double[,] tableau, int[] basis, double[] costs)
    {
        var rhs = tableau.GetLength(1) - 1;
        return Enumerable.Range(0, basis.Length).Sum(r => costs[basis[r]] * tableau[r, rhs]);
    }
}
