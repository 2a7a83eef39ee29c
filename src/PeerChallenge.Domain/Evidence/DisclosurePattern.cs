namespace PeerChallenge.Domain.Evidence;

/// <summary>
/// The counts of a table with its totals, and which of them are suppressed. Cell (i, j) with i = rows and j = columns
/// is a total: the last row holds the column totals, the last column the row totals, the corner the grand total.
/// </summary>
/// <remarks>
/// The table is read as a circulation: a source node s, a node per row, a node per column and a sink node t, with
/// an edge s to row i carrying the row total, row i to column j the count, column j to t the column total and t to s
/// the grand total. Every node's flow in equals its flow out, which is exactly "the cells of a line add up to its
/// total". A suppressed cell can take another value, all else published kept and all counts non-negative, exactly when
/// its edge lies on a cycle of suppressed edges along which one unit can be pushed: forwards along any suppressed edge,
/// backwards only along one carrying at least 1 (the difference of two such tables is a circulation on the suppressed
/// edges, which splits into such cycles).
/// </remarks>
internal sealed class DisclosurePattern
{
    private readonly long[,] _values;
    private readonly bool[,] _suppressed;

    private DisclosurePattern(long[,] values, bool[,] suppressed)
    {
        _values = values;
        _suppressed = suppressed;
        BodyRows = values.GetLength(0) - 1;
        BodyColumns = values.GetLength(1) - 1;
    }

    /// <summary>Gets the number of rows without the Total row.</summary>
    internal int BodyRows { get; }

    /// <summary>Gets the number of columns without the Total column.</summary>
    internal int BodyColumns { get; }

    /// <summary>Computes the totals, suppresses the small counts, then (when the profile says) further cells until no suppressed cell is determined.</summary>
    internal static DisclosurePattern Plan(CountTable table, DisclosureProfile profile)
    {
        var rows = table.Rows.Count;
        var columns = table.Columns.Count;
        var values = new long[rows + 1, columns + 1];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                long count = table.Counts[i][j];
                values[i, j] = count;
                values[i, columns] += count;
                values[rows, j] += count;
                values[rows, columns] += count;
            }
        }

        var suppressed = new bool[rows + 1, columns + 1];
        for (var i = 0; i <= rows; i++)
        {
            for (var j = 0; j <= columns; j++)
            {
                suppressed[i, j] = values[i, j] == 0 ? profile.SuppressZero : values[i, j] < profile.Threshold;
            }
        }

        var pattern = new DisclosurePattern(values, suppressed);
        if (profile.SecondarySuppression)
        {
            pattern.SuppressUntilNoneDetermined();
        }

        return pattern;
    }

    /// <summary>Gets the count or total in a cell.</summary>
    internal long Value(int row, int column) => _values[row, column];

    /// <summary>Gets whether a cell is suppressed.</summary>
    internal bool IsSuppressed(int row, int column) => _suppressed[row, column];

    /// <summary>
    /// Tells whether a suppressed cell can be worked out exactly from the published cells and totals: whether no other
    /// non-negative integer value is consistent with them.
    /// </summary>
    internal bool IsDetermined(int row, int column)
    {
        var nodes = 2 + BodyRows + BodyColumns;
        var arcs = new List<int>[nodes];
        for (var n = 0; n < nodes; n++)
        {
            arcs[n] = [];
        }

        foreach (var (i, j) in SuppressedCells())
        {
            if (i == row && j == column)
            {
                continue;
            }

            var (from, to) = Edge(i, j);
            arcs[from].Add(to);
            if (_values[i, j] >= 1)
            {
                arcs[to].Add(from);
            }
        }

        var (u, v) = Edge(row, column);
        var canIncrease = Reaches(arcs, v, u);
        var canDecrease = _values[row, column] >= 1 && Reaches(arcs, u, v);
        return !canIncrease && !canDecrease;
    }

    private IEnumerable<(int Row, int Column)> SuppressedCells()
    {
        for (var i = 0; i <= BodyRows; i++)
        {
            for (var j = 0; j <= BodyColumns; j++)
            {
                if (_suppressed[i, j])
                {
                    yield return (i, j);
                }
            }
        }
    }

    private void SuppressUntilNoneDetermined()
    {
        while (SuppressedCells().Where(c => IsDetermined(c.Row, c.Column)).Select(c => ((int Row, int Column)?)c).FirstOrDefault() is { } determined)
        {
            foreach (var (i, j) in CheapestCycle(determined.Row, determined.Column))
            {
                _suppressed[i, j] = true;
            }
        }
    }

    /// <summary>
    /// The cells still shown on the cheapest cycle through a determined cell along which it could be increased by one
    /// (a shortest path from the head of its edge back to its tail) or, when it holds at least 1, decreased by one (a
    /// shortest path from its tail to its head); each cell is passable forwards, or backwards when it holds at least 1. A suppressed cell costs nothing, a shown count 1 plus its value, a shown total more than any
    /// path of counts, so totals are suppressed only when no cycle of counts exists. Suppressing these cells puts the
    /// determined cell on a cycle, so it is no longer determined; and suppressing more never determines another cell.
    /// </summary>
    private List<(int Row, int Column)> CheapestCycle(int row, int column)
    {
        var nodes = 2 + BodyRows + BodyColumns;
        var totalPenalty = 1 + _values[BodyRows, BodyColumns] + ((BodyRows + 1L) * (BodyColumns + 1L));
        var arcs = new List<(int To, long Cost, int Row, int Column)>[nodes];
        for (var n = 0; n < nodes; n++)
        {
            arcs[n] = [];
        }

        foreach (var (i, j) in AllCells().Where(c => c != (row, column)))
        {
            var cost = _suppressed[i, j] ? 0 : 1 + _values[i, j] + (i == BodyRows || j == BodyColumns ? totalPenalty : 0);
            var (from, to) = Edge(i, j);
            arcs[from].Add((to, cost, i, j));
            if (_values[i, j] >= 1)
            {
                arcs[to].Add((from, cost, i, j));
            }
        }

        var (tail, head) = Edge(row, column);
        var increase = CheapestPath(arcs, head, tail);
        var decrease = _values[row, column] >= 1 ? CheapestPath(arcs, tail, head) : (Cost: long.MaxValue, Cells: []);
        return decrease.Cost < increase.Cost ? decrease.Cells : increase.Cells;
    }

    /// <summary>Dijkstra's shortest path from one node to another: its cost and the cells on it still shown.</summary>
    /// <remarks>The Total row, the Total column and the grand total always give a way forwards between any two nodes, so a path to the tail of a cell's edge from its head always exists.</remarks>
    private (long Cost, List<(int Row, int Column)> Cells) CheapestPath(List<(int To, long Cost, int Row, int Column)>[] arcs, int start, int end)
    {
        var nodes = arcs.Length;
        var distance = Enumerable.Repeat(long.MaxValue, nodes).ToArray();
        var via = new (int From, int Row, int Column)[nodes];
        var done = new bool[nodes];
        distance[start] = 0;
        for (var step = 0; step < nodes; step++)
        {
            var node = Enumerable.Range(0, nodes).Where(n => !done[n] && distance[n] != long.MaxValue).DefaultIfEmpty(-1).MinBy(n => n < 0 ? long.MaxValue : distance[n]);
            if (node < 0)
            {
                break;
            }

            done[node] = true;
            foreach (var arc in arcs[node].Where(a => !done[a.To] && distance[node] + a.Cost < distance[a.To]))
            {
                distance[arc.To] = distance[node] + arc.Cost;
                via[arc.To] = (node, arc.Row, arc.Column);
            }
        }

        var cells = new List<(int Row, int Column)>();
        if (distance[end] == long.MaxValue)
        {
            return (long.MaxValue, cells);
        }

        for (var node = end; node != start; node = via[node].From)
        {
            if (!_suppressed[via[node].Row, via[node].Column])
            {
                cells.Add((via[node].Row, via[node].Column));
            }
        }

        return (distance[end], cells);
    }

    private IEnumerable<(int Row, int Column)> AllCells()
    {
        for (var i = 0; i <= BodyRows; i++)
        {
            for (var j = 0; j <= BodyColumns; j++)
            {
                yield return (i, j);
            }
        }
    }

    /// <summary>The nodes a cell's edge joins: s = 0, t = 1, row i = 2 + i, column j = 2 + rows + j.</summary>
    private (int From, int To) Edge(int row, int column)
    {
        var rowNode = 2 + row;
        var columnNode = 2 + BodyRows + column;
        return (row == BodyRows, column == BodyColumns) switch
        {
            (false, false) => (rowNode, columnNode),
            (false, true) => (0, rowNode),
            (true, false) => (columnNode, 1),
            (true, true) => (1, 0),
        };
    }

    private static bool Reaches(List<int>[] arcs, int from, int to)
    {
        var seen = new bool[arcs.Length];
        var queue = new Queue<int>();
        queue.Enqueue(from);
        seen[from] = true;
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            if (node == to)
            {
                return true;
            }

            foreach (var next in arcs[node].Where(n => !seen[n]))
            {
                seen[next] = true;
                queue.Enqueue(next);
            }
        }

        return false;
    }
}
