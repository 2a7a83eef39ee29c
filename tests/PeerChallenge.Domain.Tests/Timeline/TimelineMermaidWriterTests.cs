using NodaTime;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Timeline;

namespace PeerChallenge.Domain.Tests.Timeline;

public sealed class TimelineMermaidWriterTests
{
    [Fact]
    public void TheRotherhamPlanIsAGanttChartWithSectionsAndMilestones()
    {
        var plan = TimelinePlanner.ForEdition(BuiltInEditions.Lgg2011).PlanFromOnSiteStart(new LocalDate(2011, 10, 3));

        var lines = TimelineMermaidWriter.Write(plan, WorkingDayCalendar.EnglandAndWales, "Rotherham: 2011").Split('\n');

        Assert.Equal("```mermaid", lines[0]);
        Assert.Equal("gantt", lines[1]);
        Assert.Equal("    title Rotherham - 2011", lines[2]);
        Assert.Contains("    dateFormat YYYY-MM-DD", lines);
        Assert.Contains("    excludes weekends, 2011-08-29, 2011-12-26, 2011-12-27, 2012-01-02, 2012-04-06, 2012-04-09, 2012-05-07, 2012-06-04, 2012-06-05, 2012-08-27", lines);
        Assert.Equal(["    section Lead-in", "    section On site", "    section Report and follow-up"], lines.Where(l => l.StartsWith("    section", StringComparison.Ordinal)));
        Assert.Contains("    Lead-in (8 weeks) :lead_in, 2011-08-08, 2011-10-03", lines);
        Assert.Contains("    On-site visit (5 days) :crit, on_site, 2011-10-03, 2011-10-08", lines);
        Assert.Contains("    On site, day 1 - opening meeting of senior managers from partner agencies :milestone, m_on_site_start, 2011-10-03, 0d", lines);
        Assert.Contains("    Written feedback (draft report) sent to the council :milestone, m_draft_report, 2011-11-04, 0d", lines);
        Assert.Equal(plan.Milestones.Count, lines.Count(l => l.Contains(":milestone, ", StringComparison.Ordinal)));
        Assert.Equal(["```", string.Empty], lines[^2..]);
    }
}
