using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NodaTime;
using PeerChallenge.Domain.Evidence;
using PeerChallenge.Domain.Findings;

namespace PeerChallenge.Reports.Tests;

/// <summary>The HTML page of the 2011 example: self-contained, structured for a screen reader, marked, and saying what the record says.</summary>
public sealed class HtmlReportTests
{
    private static readonly IDocument Page = new HtmlParser().ParseDocument(HtmlReportWriter.Write(Reports.Rotherham2011, new ReportOptions { AsOf = new LocalDate(2012, 9, 1) }));

    [Fact]
    public void The_page_needs_nothing_from_the_network()
    {
        Assert.Empty(Page.QuerySelectorAll("script, link, img, iframe, object, embed, video, audio, source"));
        Assert.DoesNotContain(Page.All, e => e.Attributes.Any(a => a.Name is "src" or "srcset" or "poster" || (a.Name == "href" && !a.Value.StartsWith('#'))));
        Assert.DoesNotContain("url(", string.Concat(Page.QuerySelectorAll("style").Select(s => s.TextContent)), StringComparison.Ordinal);
        Assert.DoesNotContain("@import", string.Concat(Page.QuerySelectorAll("style").Select(s => s.TextContent)), StringComparison.Ordinal);
        var policy = Page.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content");
        Assert.StartsWith("default-src 'none'", policy, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_go_down_one_level_at_a_time_and_there_is_one_h1()
    {
        var levels = Page.QuerySelectorAll("h1, h2, h3, h4").Select(h => h.LocalName[1] - '0').ToList();
        Assert.Equal(1, levels[0]);
        Assert.Single(levels, l => l == 1);
        Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"h{pair.First} is followed by h{pair.Second}"));
        Assert.Equal("en-GB", Page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void Every_chart_has_a_text_alternative_and_its_numbers_in_a_table()
    {
        var charts = Page.QuerySelectorAll("svg").ToList();
        Assert.Equal(2, charts.Count);
        Assert.All(charts, svg =>
        {
            Assert.Equal("img", svg.GetAttribute("role"));
            var ids = svg.GetAttribute("aria-labelledby")!.Split(' ');
            Assert.All(ids, id => Assert.False(string.IsNullOrWhiteSpace(svg.QuerySelector($"#{id}")!.TextContent)));
            Assert.NotNull(svg.ParentElement!.ParentElement!.QuerySelector("table"));
        });
        var description = Page.GetElementById("chart-desc")!.TextContent;
        Assert.Contains("Service Delivery and Effective Practice: 1 strengths, 2 areas for consideration.", description, StringComparison.Ordinal);
        Assert.All(Page.QuerySelectorAll("table"), t => Assert.NotNull(t.QuerySelector("caption")));
        Assert.All(Page.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
    }

    [Fact]
    public void The_marking_is_at_the_top_and_bottom_of_the_page_and_of_every_printed_page()
    {
        var markings = Page.QuerySelectorAll("p.marking").Select(p => p.TextContent).ToList();
        Assert.Equal(["PROTECT", "PROTECT"], markings);
        Assert.Same(Page.Body!.FirstElementChild, Page.QuerySelectorAll("p.marking")[0]);
        var style = Page.QuerySelector("style")!.TextContent;
        Assert.Contains("@top-center { content: \"PROTECT\"", style, StringComparison.Ordinal);
        Assert.Contains("@bottom-center { content: \"PROTECT\"", style, StringComparison.Ordinal);
        Assert.EndsWith("(PROTECT)", Page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void The_team_is_shown_by_role_and_home_organisation_never_by_name()
    {
        var team = Page.QuerySelector("table.team")!;
        Assert.Equal(Reports.Rotherham2011.Team.Count, team.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("Wakefield Metropolitan District Council", team.TextContent, StringComparison.Ordinal);
        Assert.All(Reports.Rotherham2011.Team, m => Assert.DoesNotContain(m.Name!, Page.DocumentElement.OuterHtml, StringComparison.Ordinal));
    }

    [Fact]
    public void Overdue_actions_are_flagged_against_the_date_given_and_none_without_one()
    {
        var overdue = Page.QuerySelectorAll("tr[data-action]").Where(tr => tr.QuerySelector(".overdue") is not null).Select(tr => tr.GetAttribute("data-action")).ToList();
        var expected = Reports.Rotherham2011.ActionPlan!.OverdueOn(new LocalDate(2012, 9, 1)).Select(a => (string?)a.Id).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, overdue);

        var undated = new HtmlParser().ParseDocument(HtmlReportWriter.Write(Reports.Rotherham2011));
        Assert.Empty(undated.QuerySelectorAll(".overdue"));
        Assert.All(undated.QuerySelectorAll("tr[data-action]"), tr => Assert.NotNull(tr.QuerySelector($".status-{tr.GetAttribute("data-status")}")));
    }

    [Fact]
    public void Evidence_counts_follow_the_disclosure_profile()
    {
        var dfe = Page.QuerySelector("table.evidence-counts")!;
        Assert.Contains(dfe.QuerySelectorAll("td"), td => td.TextContent == "c");
        var lenient = new DisclosureProfile("test-1", "Threshold of 1", 1, false, 1, "c", false);
        var page = new HtmlParser().ParseDocument(HtmlReportWriter.Write(Reports.Rotherham2011, new ReportOptions { Disclosure = lenient }));
        var cells = page.QuerySelectorAll("table.evidence-counts tbody tr").Last().QuerySelectorAll("td").Select(td => td.TextContent).ToList();
        Assert.Equal(Reports.Rotherham2011.Evidence.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), cells[^1]);
        Assert.DoesNotContain("c", cells);
    }

    [Fact]
    public void Text_from_the_record_is_encoded_wherever_it_goes()
    {
        const string hostile = "</style><script>alert('x')</script><b onclick=\"x\">&amp;";
        var record = Reports.Rotherham2011 with
        {
            Title = hostile,
            Findings = [.. Reports.Rotherham2011.Findings.Select((f, i) => i == 0 ? f with { Statement = hostile } : f)],
        };
        var html = HtmlReportWriter.Write(record);
        var page = new HtmlParser().ParseDocument(html);
        Assert.Empty(page.QuerySelectorAll("script, b"));
        Assert.Equal(hostile, page.QuerySelector("h1")!.TextContent);
        Assert.Equal(hostile, page.QuerySelector($"li.finding[data-finding='{record.Findings[0].Id}'] .statement")!.TextContent);
        Assert.Single(page.QuerySelectorAll("style"));
    }

    [Fact]
    public void A_theme_the_report_does_not_cover_says_why()
    {
        var record = Reports.Rotherham2011 with
        {
            Findings = [.. Reports.Rotherham2011.Findings.Where(f => f.Themes.Count == 0 || f.Themes[0].ToString() != "managing-resources")],
            Report = Reports.Rotherham2011.Report! with { ThemesNotCovered = [new ThemeOmission { Theme = Domain.Framework.ThemeCode.Parse("managing-resources"), Reason = "The council asked for it to be left out." }] },
        };
        var page = new HtmlParser().ParseDocument(HtmlReportWriter.Write(record));
        var section = page.QuerySelectorAll("section.theme").Single(s => s.GetAttribute("data-theme") == "managing-resources");
        Assert.Contains("The report does not cover this theme: The council asked for it to be left out.", section.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_with_nothing_after_the_visit_still_renders_every_section()
    {
        var record = Reports.Rotherham2011 with { Findings = [], Feedback = null, Report = null, ActionPlan = null, Evidence = [], Team = [] };
        var page = new HtmlParser().ParseDocument(HtmlReportWriter.Write(record));
        Assert.Equal(
            ["Contents", "Key messages", "Findings by theme", "Strengths and areas per theme", "Timeline", "Action plan", "The peer team", "Methods and evidence"],
            page.QuerySelectorAll("h2").Select(h => h.TextContent));
        Assert.Contains("not in the record yet", page.GetElementById("action-plan")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }
}
