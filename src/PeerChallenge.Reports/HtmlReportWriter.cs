using PeerChallenge.Domain;
using PeerChallenge.Reports.Templating;

namespace PeerChallenge.Reports;

/// <summary>
/// Renders a record's report as one self-contained HTML page: inline CSS and SVG, no script and no request to the
/// network (its Content-Security-Policy forbids them), readable on a phone, printable on A4 with the security marking
/// at the top and bottom of every page, and accessible (headings in order, real tables, each chart with a text
/// alternative and its numbers in a table).
/// </summary>
/// <remarks>
/// Sections: key messages, findings by theme (each finding once, under its first theme), a chart of strengths against
/// areas per theme, the timeline as a Gantt chart, the action plan with statuses, the team by role and home
/// organisation (never names), methods and evidence counts after disclosure control, and the report's history. Every
/// value from the record is HTML-encoded by the template context, not by the template. The marking is the highest of
/// the record's documents, questionnaires and case audit; with none, the lowest of the scheme in use at the report's date.
/// </remarks>
public static class HtmlReportWriter
{
    /// <summary>Renders the report of a record as HTML.</summary>
    /// <param name="record">The record.</param>
    /// <param name="options">How to render; null for <see cref="ReportOptions.Default"/>.</param>
    /// <returns>The page, a complete HTML document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public static string Write(ChallengeRecord record, ReportOptions? options = null) =>
        TemplateRendering.Render(ReportTemplates.Html, new HtmlTemplateContext(), record, options);
}
