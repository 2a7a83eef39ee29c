// docs/planning.md shows the region below; a test keeps the page and the compiled code identical.
using NodaTime;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Timeline;

namespace PeerChallenge.Domain.Tests.Timeline;

public sealed class PlanningSample
{
    [Fact]
    public void Plan_with_a_council_shutdown_then_check_and_export()
    {
        var record = TestRecords.Rotherham2011;

        // begin-snippet: planning
        var calendar = WorkingDayCalendar.EnglandAndWales
            .WithClosures(new DateInterval(new LocalDate(2011, 12, 28), new LocalDate(2011, 12, 30)), "Council Christmas shutdown");
        var planner = new TimelinePlanner(calendar, TimelineTemplate.ForEdition(BuiltInEditions.Lgg2011));
        var plan = planner.PlanFromOnSiteStart(new LocalDate(2011, 10, 3));

        // The lead-in, the on-site days and the dates after the visit, into the record, then checked.
        record = record with { Timeline = plan.ToChallengeTimeline() };
        var issues = new TimelineRulesValidator(calendar, BuiltInEditions.Lgg2011).Validate(new ChallengeSchedule(record.Timeline, record.OfstedNotification)).ToIssues();

        var ics = TimelineIcsWriter.Write(plan, SystemClock.Instance, "Rotherham peer challenge 2011", "LGG-SCPC-2011-ROT");
        var gantt = TimelineMermaidWriter.Write(plan, calendar, "Rotherham peer challenge 2011");
        // end-snippet

        Assert.Equal(new LocalDate(2011, 8, 8), plan.LeadInStart);
        Assert.Equal(new LocalDate(2012, 1, 3), plan.DateOf(MilestoneIds.ActionPlan)); // 30 December is closed, 2 January the substitute New Year's Day.
        Assert.Empty(issues);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", ics, StringComparison.Ordinal);
        Assert.StartsWith("```mermaid\ngantt\n", gantt, StringComparison.Ordinal);
    }

    [Fact]
    public void Planning_page_shows_the_compiled_sample()
    {
        var source = File.ReadAllText(RepositoryFiles.PathOf("tests", "PeerChallenge.Domain.Tests", "Timeline", "PlanningSample.cs")).ReplaceLineEndings("\n");
        var start = source.IndexOf("// begin-snippet: planning\n", StringComparison.Ordinal);
        var end = source.IndexOf("        // end-snippet", start, StringComparison.Ordinal);
        var snippet = string.Join("\n", source[start..end].Split('\n').Skip(1).SkipLast(1).Select(l => l.Length >= 8 ? l[8..] : l.TrimStart()));

        Assert.Contains(snippet, RepositoryFiles.Read("docs", "planning.md").ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }
}
