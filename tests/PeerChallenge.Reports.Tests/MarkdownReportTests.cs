using Markdig;

namespace PeerChallenge.Reports.Tests;

/// <summary>The Markdown report: the same sections as the page, the marking first and last, the record's text kept as text.</summary>
public sealed class MarkdownReportTests
{
    private static readonly string Text = MarkdownReportWriter.Write(Reports.Rotherham2011);

    [Fact]
    public void The_marking_is_the_first_and_the_last_line()
    {
        var lines = Text.TrimEnd('\n').Split('\n');
        Assert.Equal("**PROTECT**", lines[0]);
        Assert.Equal("**PROTECT**", lines[^1]);
    }

    [Fact]
    public void It_has_the_sections_of_the_page_in_order()
    {
        var headings = Text.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            ["## Key messages", "## Findings by theme", "## Strengths and areas per theme", "## Timeline", "## Action plan", "## The peer team", "## Methods and evidence", "## About this report"],
            headings);
    }

    [Fact]
    public void Its_tables_parse_as_tables_with_the_findings_counts()
    {
        var html = Markdown.ToHtml(Text, new MarkdownPipelineBuilder().UsePipeTables().Build());
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var chart = page.QuerySelectorAll("table").First(t => t.QuerySelector("th")!.TextContent == "Theme");
        var row = chart.QuerySelectorAll("tbody tr").Single(r => r.Children[0].TextContent == "Service Delivery and Effective Practice");
        Assert.Equal(["1", "2"], row.Children.Skip(1).Select(c => c.TextContent));
        var entries = Reports.Rotherham2011.ActionPlan!.Entries.Count(e => e.Actions.Count > 0);
        Assert.Equal(entries, page.QuerySelectorAll("table").Count(t => t.QuerySelector("th")!.TextContent == "Action"));
        Assert.Equal(Reports.Rotherham2011.ActionPlan.Entries.Sum(e => e.Actions.Count), page.QuerySelectorAll("table").Where(t => t.QuerySelector("th")!.TextContent == "Action").Sum(t => t.QuerySelectorAll("tbody tr").Length));
    }

    [Theory]
    [InlineData("a | b", "a \\| b")]
    [InlineData("*x* _y_ `z`", "\\*x\\* \\_y\\_ \\`z\\`")]
    [InlineData("[a](http://b) <i>", "\\[a\\](http://b) \\<i>")]
    [InlineData("&amp; & #1 > 2 ~x~~", "\\&amp; & #1 > 2 ~x\\~~")]
    [InlineData("line\nbreak", "line break")]
    [InlineData("# not a heading", "\\# not a heading")]
    [InlineData("> not a quote", "\\> not a quote")]
    [InlineData("- not a list", "\\- not a list")]
    [InlineData("12. not a list", "12\\. not a list")]
    [InlineData("2011-12 a - b 3.5", "2011-12 a - b 3.5")]
    [InlineData("3.5 million", "3.5 million")]
    public void Values_are_escaped_so_they_stay_text_and_nothing_else_is(string value, string expected) =>
        Assert.Equal(expected, Templating.MarkdownTemplateContext.Escape(value));
}
