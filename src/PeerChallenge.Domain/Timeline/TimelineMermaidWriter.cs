using System.Text;
using NodaTime;
using NodaTime.Text;

namespace PeerChallenge.Domain.Timeline;

/// <summary>Writes a <see cref="TimelinePlan"/> as a Mermaid <c>gantt</c> chart in a Markdown code block, to paste into GitHub, GitLab or Azure DevOps.</summary>
/// <remarks>
/// The chart has <c>dateFormat YYYY-MM-DD</c>, excludes weekends and the plan's holidays, a bar for the lead-in and
/// one for the on-site visit, and every milestone as a Mermaid milestone in three sections (lead-in, on site, report
/// and follow-up). Colons, semicolons and <c>#</c> in titles, which Mermaid reads as syntax, are replaced.
/// </remarks>
public static class TimelineMermaidWriter
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;

    /// <summary>Writes <paramref name="plan"/> as a fenced <c>mermaid</c> block.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="calendar">The calendar whose holidays in the plan's span are drawn as excluded days.</param>
    /// <param name="title">The chart title; null (the default) uses <c>Peer challenge plan</c>.</param>
    /// <returns>The Markdown text, LF line endings, ending with a line break.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> or <paramref name="calendar"/> is null.</exception>
    public static string Write(TimelinePlan plan, WorkingDayCalendar calendar, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(calendar);
        var first = plan.Milestones[0].Date;
        var last = plan.Milestones[^1].Date;
        var holidays = calendar.HolidaysBetween(first, last).Select(h => DatePattern.Format(h.Date));

        var text = new StringBuilder();
        text.Append("```mermaid\n");
        text.Append("gantt\n");
        text.Append("    title ").Append(Clean(title ?? "Peer challenge plan")).Append('\n');
        text.Append("    dateFormat YYYY-MM-DD\n");
        text.Append("    axisFormat %d %b %Y\n");
        text.Append("    excludes weekends");
        foreach (var holiday in holidays)
        {
            text.Append(", ").Append(holiday);
        }

        text.Append('\n');
        var weeks = Period.Between(plan.LeadInStart, plan.OnSiteStart, PeriodUnits.Weeks).Weeks;
        Section(text, "Lead-in", plan, TimelinePhase.LeadIn, $"Lead-in ({weeks} weeks) :lead_in, {DatePattern.Format(plan.LeadInStart)}, {DatePattern.Format(plan.OnSiteStart)}");
        Section(text, "On site", plan, TimelinePhase.OnSite, $"On-site visit ({plan.OnSiteDays.Count} days) :crit, on_site, {DatePattern.Format(plan.OnSiteStart)}, {DatePattern.Format(plan.OnSiteEnd.PlusDays(1))}");
        Section(text, "Report and follow-up", plan, TimelinePhase.AfterVisit, bar: null);
        text.Append("```\n");
        return text.ToString();
    }

    private static void Section(StringBuilder text, string name, TimelinePlan plan, TimelinePhase phase, string? bar)
    {
        text.Append("    section ").Append(name).Append('\n');
        if (bar is not null)
        {
            text.Append("    ").Append(bar).Append('\n');
        }

        foreach (var milestone in plan.Milestones.Where(m => m.Phase == phase))
        {
            text.Append("    ").Append(Clean(milestone.Title))
                .Append(" :milestone, m_").Append(TaskId(milestone.Id))
                .Append(", ").Append(DatePattern.Format(milestone.Date)).Append(", 0d\n");
        }
    }

    private static string TaskId(string id) => new([.. id.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')]);

    private static string Clean(string value) =>
        value.Replace(":", " -", StringComparison.Ordinal).Replace(";", ",", StringComparison.Ordinal)
            .Replace("#", "no.", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');
}
