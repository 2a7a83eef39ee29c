using NodaTime;

namespace PeerChallenge.Reports.Content;

/// <summary>One line of the timeline chart: a phase (a bar from <see cref="Start"/> to <see cref="End"/>) or a milestone (a point).</summary>
/// <param name="Label">What it is, in words.</param>
/// <param name="Start">Its first day.</param>
/// <param name="End">Its last day (equal to <see cref="Start"/> for a milestone).</param>
/// <param name="IsMilestone">True for a point in time, false for a phase.</param>
/// <param name="IsPlanned">True for a date the timeline plans (a due date), false for one that happened.</param>
/// <param name="When">The dates in words.</param>
internal sealed record GanttRow(string Label, LocalDate Start, LocalDate End, bool IsMilestone, bool IsPlanned, string When);
