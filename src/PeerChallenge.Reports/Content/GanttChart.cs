using NodaTime;

namespace PeerChallenge.Reports.Content;

/// <summary>The timeline as a Gantt chart: the lead-in and the on-site week as bars, the report's milestones as points, in date order.</summary>
internal sealed record GanttChart(IReadOnlyList<GanttRow> Rows)
{
    /// <summary>Gets the first day of the chart.</summary>
    public LocalDate First { get; } = Rows.Count == 0 ? default : Rows.Min(r => r.Start);

    /// <summary>Gets the last day of the chart.</summary>
    public LocalDate Last { get; } = Rows.Count == 0 ? default : Rows.Max(r => r.End);

    /// <summary>Gets the number of days the chart spans (at least 1).</summary>
    public int Days => Rows.Count == 0 ? 1 : Math.Max(1, Period.DaysBetween(First, Last) + 1);
}
