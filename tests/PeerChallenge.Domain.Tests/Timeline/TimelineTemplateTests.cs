using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Timeline;

namespace PeerChallenge.Domain.Tests.Timeline;

public sealed class TimelineTemplateTests
{
    private static readonly MilestoneDefinition Root = new() { Id = MilestoneIds.OnSiteStart, Title = "Day 1", Phase = TimelinePhase.OnSite };
    private static readonly MilestoneDefinition LeadIn = new() { Id = MilestoneIds.LeadInStart, Title = "Lead-in", Phase = TimelinePhase.LeadIn, Anchor = MilestoneIds.OnSiteStart, Offset = MilestoneOffset.Weeks(-8), Adjustment = WorkingDayAdjustment.None };
    private static readonly MilestoneDefinition End = new() { Id = MilestoneIds.OnSiteEnd, Title = "Last day", Phase = TimelinePhase.OnSite, Anchor = MilestoneIds.OnSiteStart, Offset = MilestoneOffset.WorkingDays(4) };

    [Fact]
    public void The2011TemplateIsADependencyGraphInDependencyOrder()
    {
        var template = TimelineTemplate.ForEdition(BuiltInEditions.Lgg2011);

        Assert.Equal(8, template.LeadInWeeks);
        Assert.Equal(5, template.OnSiteDays);
        Assert.Equal(MilestoneIds.OnSiteStart, template.Milestones[0].Id);
        var seen = new HashSet<string>();
        Assert.All(template.Milestones, m =>
        {
            Assert.True(m.Anchor is null || seen.Contains(m.Anchor), $"{m.Id} comes before its anchor {m.Anchor}");
            seen.Add(m.Id);
        });
        Assert.Equal(MilestoneIds.CouncilComments, template.Find(MilestoneIds.FinalReport)!.Anchor);
        Assert.Equal(MilestoneOffset.Weeks(4), template.Find(MilestoneIds.DraftReport)!.Offset);
    }

    [Fact]
    public void ACycleIsRejected()
    {
        MilestoneDefinition[] milestones =
        [
            Root, LeadIn, End,
            new() { Id = "a", Title = "A", Phase = TimelinePhase.AfterVisit, Anchor = "b", Offset = MilestoneOffset.Weeks(1) },
            new() { Id = "b", Title = "B", Phase = TimelinePhase.AfterVisit, Anchor = "a", Offset = MilestoneOffset.Weeks(1) },
        ];

        var error = Assert.Throws<ArgumentException>(() => TimelineTemplate.Create(milestones));

        Assert.Equal("The milestones 'a', 'b' hang on each other in a cycle, so no date can be worked out for them. (Parameter 'milestones')", error.Message);
    }

    [Theory]
    [InlineData("duplicate", "Two milestones have the id 'on-site-end'. (Parameter 'milestones')")]
    [InlineData("missing-anchor", "The milestone 'report' hangs on 'nowhere', which is not a milestone of the template. (Parameter 'milestones')")]
    [InlineData("second-root", "The milestone 'report' has no anchor; only 'on-site-start' is the root, every other milestone hangs on another. (Parameter 'milestones')")]
    [InlineData("no-lead-in", "A template needs the milestone 'lead-in-start', hanging on 'on-site-start' by a negative number of weeks. (Parameter 'milestones')")]
    public void ABrokenGraphIsRejectedWithAClearMessage(string fault, string message)
    {
        var report = new MilestoneDefinition { Id = "report", Title = "Report", Phase = TimelinePhase.AfterVisit, Anchor = MilestoneIds.OnSiteEnd, Offset = MilestoneOffset.Weeks(4) };
        MilestoneDefinition[] milestones = fault switch
        {
            "duplicate" => [Root, LeadIn, End, End],
            "missing-anchor" => [Root, LeadIn, End, report with { Anchor = "nowhere" }],
            "second-root" => [Root, LeadIn, End, report with { Anchor = null }],
            _ => [Root, End, report],
        };

        var error = Assert.Throws<ArgumentException>(() => TimelineTemplate.Create(milestones));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void AMilestoneCanBeReplacedWithoutChangingTheOriginal()
    {
        var template = TimelineTemplate.ForEdition(BuiltInEditions.Lgg2011);
        var sixMonths = template.WithMilestone(template.Find(MilestoneIds.ProgressReview)! with { Offset = MilestoneOffset.Weeks(26) });

        var plan = new TimelinePlanner(WorkingDayCalendar.EnglandAndWales, sixMonths).PlanFromOnSiteStart(new NodaTime.LocalDate(2011, 10, 3));

        // 26 weeks after Friday 7 October 2011 is Good Friday 2012; after Easter Monday the next working day is Tuesday 10 April.
        Assert.Equal(new NodaTime.LocalDate(2012, 4, 10), plan.DateOf(MilestoneIds.ProgressReview));
        Assert.Equal(MilestoneOffset.Weeks(52), template.Find(MilestoneIds.ProgressReview)!.Offset);
        Assert.Throws<ArgumentException>(() => template.WithMilestone(template.Find(MilestoneIds.DraftReport)! with { Anchor = MilestoneIds.FinalReport }));
    }

    [Fact]
    public void OffsetsDescribeThemselves()
    {
        Assert.Equal("-8 weeks", MilestoneOffset.Weeks(-8).ToString());
        Assert.Equal("+1 working day", MilestoneOffset.WorkingDays(1).ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => MilestoneOffset.Weeks(521));
    }
}
