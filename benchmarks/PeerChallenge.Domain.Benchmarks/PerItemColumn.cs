using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace PeerChallenge.Domain.Benchmarks;

/// <summary>
/// The number of items a case works through (responses, audited cases, sessions), or its mean time per item in
/// nanoseconds: flat across the sizes when the cost is linear.
/// </summary>
/// <param name="perItem">True for the time per item (<c>ns/item</c>), false for the number of items (<c>Items</c>).</param>
/// <param name="items">The number of items of a case, from its parameters and categories.</param>
/// <param name="legend">The column's legend under the table.</param>
internal sealed class PerItemColumn(bool perItem, Func<BenchmarkCase, int> items, string legend) : IColumn
{
    public string Id => perItem ? "NsPerItem" : "Items";

    public string ColumnName => perItem ? "ns/item" : "Items";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => perItem ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => legend;

    /// <summary>Both columns: the number of items and the time per item.</summary>
    internal static IColumn[] Pair(Func<BenchmarkCase, int> items, string itemsLegend, string perItemLegend) =>
        [new PerItemColumn(perItem: false, items, itemsLegend), new PerItemColumn(perItem: true, items, perItemLegend)];

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var count = items(benchmarkCase);
        if (!perItem)
        {
            return count.ToString("N0", CultureInfo.InvariantCulture);
        }

        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return mean is { } nanoseconds && count > 0 ? (nanoseconds / count).ToString("0.0", CultureInfo.InvariantCulture) : "NA";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
