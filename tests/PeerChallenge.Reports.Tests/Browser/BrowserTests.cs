using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;
using NodaTime;

namespace PeerChallenge.Reports.Tests.Browser;

/// <summary>The 2011 report as a reader sees it in a real browser: on screen, on a phone and printed.</summary>
public sealed class BrowserTests
{
    private static readonly string Html = HtmlReportWriter.Write(Reports.Rotherham2011, new ReportOptions { AsOf = new LocalDate(2012, 9, 1) });

    [Fact]
    public async Task Every_finding_is_on_the_page_exactly_once_and_no_request_leaves_it()
    {
        var (playwright, browser, page, requests) = await Chromium.OpenAsync(Html);
        using (playwright)
        await using (browser)
        {
            var text = Reports.Squash(await page.InnerTextAsync("body"));
            Assert.All(Reports.Rotherham2011.Findings, f => Assert.Equal(1, Reports.Occurrences(text, f.Statement)));
            Assert.Equal(Reports.Rotherham2011.Findings.Count, await page.Locator("li.finding").CountAsync());
            Assert.True(await page.Locator("li.finding").Last.IsVisibleAsync());
            Assert.Empty(requests);
        }
    }

    [Fact]
    public async Task The_chart_bars_are_as_long_as_their_counts_and_the_counts_are_the_findings_listed()
    {
        var (playwright, browser, page, _) = await Chromium.OpenAsync(Html);
        using (playwright)
        await using (browser)
        {
            var json = await page.EvaluateAsync<JsonElement>(
                """
                () => [...document.querySelectorAll('svg.findings-chart rect.bar')].map(bar => ({
                    count: Number(bar.dataset.count),
                    width: bar.getBBox().width,
                    listed: document.querySelectorAll(`section.theme[data-theme="${bar.dataset.theme}"] li.finding[data-kind="${bar.dataset.kind}"]`).length,
                }))
                """);
            var bars = json.EnumerateArray().Select(b => (Count: b.GetProperty("count").GetInt32(), Width: b.GetProperty("width").GetDouble(), Listed: b.GetProperty("listed").GetInt32())).ToList();
            Assert.Equal(10, bars.Count);
            var max = bars.Max(b => b.Count);
            Assert.All(bars, b =>
            {
                Assert.Equal(b.Listed, b.Count);
                Assert.Equal(b.Count * 420.0 / max, b.Width, 0.5);
            });
            Assert.Equal(Reports.Rotherham2011.Findings.Count(f => f.Kind != "recommendation"), bars.Sum(b => b.Count));
        }
    }

    [Fact]
    public async Task On_a_phone_the_page_does_not_scroll_sideways()
    {
        var (playwright, browser, page, _) = await Chromium.OpenAsync(Html, width: 360);
        using (playwright)
        await using (browser)
        {
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.True(width <= 360, $"The page is {width}px wide on a 360px screen.");
        }
    }

    [Fact]
    public async Task Printed_every_page_has_the_marking_at_its_top_and_bottom()
    {
        var pdftotext = new[] { "/usr/bin/pdftotext", "/usr/local/bin/pdftotext" }.FirstOrDefault(File.Exists);
        if (pdftotext is null)
        {
            const string message = "pdftotext (Debian's poppler-utils) is not installed: it reads the printed pages' text.";
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                Assert.Fail(message);
            }

            Assert.Skip(message);
        }

        var (playwright, browser, page, _) = await Chromium.OpenAsync(Html);
        using (playwright)
        await using (browser)
        {
            var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, DisplayHeaderFooter = false });
            var file = Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}.pdf");
            await File.WriteAllBytesAsync(file, pdf, TestContext.Current.CancellationToken);
            try
            {
                using var process = Process.Start(new ProcessStartInfo(pdftotext!, ["-layout", file, "-"]) { RedirectStandardOutput = true })!;
                var text = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
                await process.WaitForExitAsync(TestContext.Current.CancellationToken);
                var pages = text.Split('\f').Where(p => p.Trim().Length > 0).ToList();
                Assert.True(pages.Count > 3, $"The report printed on {pages.Count} pages.");
                Assert.All(pages.Select((p, i) => (Lines: p.Split('\n').Where(l => l.Trim().Length > 0).ToList(), Number: i + 1)), p =>
                {
                    Assert.Equal("PROTECT", p.Lines[0].Trim());
                    Assert.StartsWith("PROTECT", p.Lines[^1].Trim(), StringComparison.Ordinal);
                    Assert.EndsWith($"Page {p.Number} of {pages.Count}", p.Lines[^1].Trim(), StringComparison.Ordinal);
                });
            }
            finally
            {
                File.Delete(file);
            }
        }
    }
}
