using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using FsCheck.Xunit;
using Markdig;

namespace PeerChallenge.Reports.Tests;

/// <summary>
/// What must hold of every rendering of any record: every finding appears exactly once, the chart's counts equal the
/// findings listed, and every recommendation reaches the action plan view.
/// </summary>
public sealed class RenderingProperties
{
    private static readonly HtmlParser Parser = new();

    [Property(MaxTest = 40, Arbitrary = [typeof(Arbitraries)])]
    public void Every_finding_appears_exactly_once_in_the_html(GeneratedReport generated)
    {
        var page = Parser.ParseDocument(HtmlReportWriter.Write(generated.Record));
        var text = Reports.Squash(page.Body!.TextContent);
        Assert.All(generated.Record.Findings, f =>
        {
            Assert.Single(page.QuerySelectorAll("li.finding"), li => li.GetAttribute("data-finding") == f.Id);
            Assert.Equal(1, Reports.Occurrences(text, f.Statement));
        });
        Assert.Equal(generated.Record.Findings.Count, page.QuerySelectorAll("li.finding").Length);
        Assert.Empty(page.QuerySelectorAll("main script, main b, main a[href^='http']"));
    }

    [Property(MaxTest = 40, Arbitrary = [typeof(Arbitraries)])]
    public void Every_finding_appears_exactly_once_in_the_markdown(GeneratedReport generated)
    {
        var markdown = MarkdownReportWriter.Write(generated.Record);
        var html = Markdown.ToHtml(markdown, new MarkdownPipelineBuilder().UsePipeTables().Build());
        var page = Parser.ParseDocument(html);
        var text = Reports.Squash(page.Body!.TextContent);
        Assert.All(generated.Record.Findings, f => Assert.Equal(1, Reports.Occurrences(text, f.Statement)));
        Assert.Empty(page.QuerySelectorAll("script, b, a, code, h1 ~ h1"));
        Assert.DoesNotContain(page.QuerySelectorAll("em"), em => em.TextContent.Contains("not emphasis", StringComparison.Ordinal) || em.TextContent.StartsWith("not_", StringComparison.Ordinal));
    }

    [Property(MaxTest = 25, Arbitrary = [typeof(Arbitraries)])]
    public void Every_finding_appears_exactly_once_in_the_word_document(GeneratedReport generated)
    {
        using var stream = new MemoryStream(Reports.Word(generated.Record));
        using var document = WordprocessingDocument.Open(stream, false);
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
        var text = string.Join("\n", paragraphs);
        Assert.All(generated.Record.Findings, f => Assert.Equal(1, Reports.Occurrences(text, f.Statement)));
    }

    [Property(MaxTest = 40, Arbitrary = [typeof(Arbitraries)])]
    public void The_chart_counts_equal_the_findings_listed_under_each_theme(GeneratedReport generated)
    {
        var page = Parser.ParseDocument(HtmlReportWriter.Write(generated.Record));
        var bars = page.QuerySelectorAll("svg.findings-chart rect.bar").ToList();
        var max = Math.Max(1, bars.Select(b => int.Parse(b.GetAttribute("data-count")!)).DefaultIfEmpty(0).Max());
        foreach (var bar in bars)
        {
            var theme = bar.GetAttribute("data-theme");
            var kind = bar.GetAttribute("data-kind");
            var count = int.Parse(bar.GetAttribute("data-count")!);
            var section = page.QuerySelectorAll("section.theme").Single(s => s.GetAttribute("data-theme") == theme);
            Assert.Equal(section.QuerySelectorAll("li.finding").Count(li => li.GetAttribute("data-kind") == kind), count);
            Assert.Equal(count * 420.0 / max, double.Parse(bar.GetAttribute("width")!, System.Globalization.CultureInfo.InvariantCulture), 1);
        }

        var nonRecommendations = generated.Record.Findings.Count(f => f.Kind != "recommendation");
        Assert.Equal(nonRecommendations, bars.Sum(b => int.Parse(b.GetAttribute("data-count")!)));
        var cells = page.QuerySelectorAll("table.chart-numbers tbody td").Select(td => int.Parse(td.TextContent)).ToList();
        Assert.Equal(bars.Select(b => int.Parse(b.GetAttribute("data-count")!)), cells);
    }

    [Property(MaxTest = 40, Arbitrary = [typeof(Arbitraries)])]
    public void Every_recommendation_reaches_the_action_plan_view(GeneratedReport generated)
    {
        var recommendations = generated.Record.Findings.Where(f => f.Kind == "recommendation").ToList();
        var page = Parser.ParseDocument(HtmlReportWriter.Write(generated.Record));
        var plan = page.QuerySelector("section[aria-labelledby='action-plan']")!;
        Assert.All(recommendations, r =>
        {
            var view = Assert.Single(plan.QuerySelectorAll("section.recommendation-plan"), s => s.GetAttribute("data-recommendation") == r.Id);
            var link = view.QuerySelector("h3 a")!.GetAttribute("href")!;
            Assert.Equal(r.Id, page.GetElementById(link[1..])!.GetAttribute("data-finding"));
            Assert.Contains($"Recommendation {r.Number}", view.TextContent, StringComparison.Ordinal);
        });

        var markdown = MarkdownReportWriter.Write(generated.Record);
        var actionPlan = markdown[markdown.IndexOf("\n## Action plan\n", StringComparison.Ordinal)..markdown.IndexOf("\n## The peer team\n", StringComparison.Ordinal)];
        Assert.All(recommendations, r => Assert.Contains($"\n### Recommendation {r.Number}", actionPlan, StringComparison.Ordinal));
        Assert.Contains("f-not-a-finding", plan.TextContent, StringComparison.Ordinal);
    }
}
