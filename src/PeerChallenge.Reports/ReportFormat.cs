namespace PeerChallenge.Reports;

/// <summary>The renderings of a report.</summary>
public enum ReportFormat
{
    /// <summary>One self-contained HTML page (inline CSS and SVG, no network), readable on a phone and printable.</summary>
    Html = 0,

    /// <summary>Markdown (CommonMark with pipe tables), the same content as the page, the charts as tables.</summary>
    Markdown = 1,

    /// <summary>A Word document (<c>.docx</c>) with real headings, a table of contents and the marking in header and footer.</summary>
    Word = 2,
}
