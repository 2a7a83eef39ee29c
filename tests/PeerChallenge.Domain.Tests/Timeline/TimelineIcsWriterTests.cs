using NodaTime;
using NodaTime.Testing;
using NodaTime.Text;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Timeline;

namespace PeerChallenge.Domain.Tests.Timeline;

public sealed class TimelineIcsWriterTests
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2011, 7, 1, 9, 30, 15));
    private static readonly TimelinePlan Plan = TimelinePlanner.ForEdition(BuiltInEditions.Lgg2011).PlanFromOnSiteStart(new LocalDate(2011, 10, 3));

    [Fact]
    public void TheRotherhamPlanReadsBackAsOneAllDayEventPerMilestone()
    {
        var ics = IcsDocument.Parse(TimelineIcsWriter.Write(Plan, Clock, "Rotherham peer challenge 2011", "LGG-SCPC-2011-ROT"));

        Assert.Equal("2.0", Value(ics.Calendar, "VERSION"));
        Assert.Equal("-//PeerChallenge.Domain//Timeline plan//EN", Value(ics.Calendar, "PRODID"));
        Assert.Equal("Rotherham peer challenge 2011", ics.Calendar.Single(p => p.Name == "X-WR-CALNAME").Text);
        Assert.Equal(Plan.Milestones.Count, ics.Events.Count);
        Assert.Equal(ics.Events.Count, ics.Events.Select(e => Value(e, "UID")).Distinct().Count());
        Assert.Equal("lead-in-start.20111003.LGG-SCPC-2011-ROT@peer-challenge", Value(ics.Events[0], "UID"));
        foreach (var (properties, milestone) in ics.Events.Zip(Plan.Milestones))
        {
            Assert.Equal("20110701T093015Z", Value(properties, "DTSTAMP"));
            var start = properties.Single(p => p.Name == "DTSTART");
            var end = properties.Single(p => p.Name == "DTEND");
            Assert.Equal(("VALUE=DATE", "VALUE=DATE"), (start.Parameters, end.Parameters));
            Assert.Equal(milestone.Date, Basic(start.Value));
            Assert.Equal(milestone.Date.PlusDays(1), Basic(end.Value));
            Assert.Equal(milestone.Title, properties.Single(p => p.Name == "SUMMARY").Text);
        }
    }

    [Fact]
    public void LongTitlesAreFoldedAt75OctetsAndSpecialCharactersEscaped()
    {
        const string title = "Council’s comments; the draft, the data\\and the case audit — reviewed by the LSCB’s chair and the director of children’s services\nbefore the deadline";
        var template = TimelineTemplate.ForEdition(BuiltInEditions.Lgg2011);
        var custom = template.WithMilestone(template.Find(MilestoneIds.CouncilComments)! with { Title = title });
        var plan = new TimelinePlanner(WorkingDayCalendar.EnglandAndWales, custom).PlanFromOnSiteStart(new LocalDate(2011, 10, 3));

        var text = TimelineIcsWriter.Write(plan, Clock);
        var ics = IcsDocument.Parse(text);

        Assert.Contains(@"SUMMARY:Council’s comments\; the draft\, the data\\and the case audit", text.Replace("\r\n ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(ics.PhysicalLines, line => line.StartsWith(' '));
        Assert.Equal(title, ics.Events.Single(e => Value(e, "UID").StartsWith("council-comments.", StringComparison.Ordinal)).Single(p => p.Name == "SUMMARY").Text);
        Assert.DoesNotContain(ics.Calendar, p => p.Name == "X-WR-CALNAME");
    }

    private static string Value(IEnumerable<IcsProperty> properties, string name) => properties.Single(p => p.Name == name).Value;

    private static LocalDate Basic(string value) => LocalDatePattern.CreateWithInvariantCulture("uuuuMMdd").Parse(value).Value;
}
