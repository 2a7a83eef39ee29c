namespace PeerChallenge.Reports.Content;

/// <summary>
/// The chart of strengths against areas per theme: one row per theme of the findings section, one series per finding kind
/// that is not a recommendation. A finding counts under its first theme, where the report lists it, so the bars equal
/// the lists.
/// </summary>
internal sealed record FindingChart(IReadOnlyList<ChartSeries> Series, IReadOnlyList<ChartRow> Rows)
{
    /// <summary>Gets the largest count (at least 1, so a chart of zeros still has a scale).</summary>
    public int Max { get; } = Math.Max(1, Rows.SelectMany(r => r.Counts).DefaultIfEmpty(0).Max());
}
