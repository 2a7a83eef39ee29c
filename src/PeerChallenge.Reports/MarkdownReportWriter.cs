using PeerChallenge.Domain;
using PeerChallenge.Reports.Templating;

namespace PeerChallenge.Reports;

/// <summary>
/// Renders a record's report as Markdown (CommonMark with pipe tables): the content of <see cref="HtmlReportWriter"/>,
/// with the charts as their tables of numbers and the marking as the first and last line.
/// </summary>
/// <remarks>Every value from the record is escaped so it stays text: emphasis, links, HTML and table pipes cannot be injected.</remarks>
public static class MarkdownReportWriter
{
    /// <summary>Renders the report of a record as Markdown.</summary>
    /// <param name="record">The record.</param>
    /// <param name="options">How to render; null for <see cref="ReportOptions.Default"/>.</param>
    /// <returns>The Markdown text, lines ending in <c>\n</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public static string Write(ChallengeRecord record, ReportOptions? options = null) =>
        TemplateRendering.Render(ReportTemplates.Markdown, new MarkdownTemplateContext(), record, options).ReplaceLineEndings("\n");
}
