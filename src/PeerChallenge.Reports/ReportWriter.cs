using System.Text;
using PeerChallenge.Domain;

namespace PeerChallenge.Reports;

/// <summary>Writes a record's report in any of its formats to a stream: the one entry point for a tool that lets the user choose.</summary>
public static class ReportWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the report of a record to a stream: HTML and Markdown as UTF-8 without a byte order mark, Word as a <c>.docx</c> package.</summary>
    /// <param name="record">The record.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">The stream to write to; left open.</param>
    /// <param name="options">How to render; null for <see cref="ReportOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public static void Write(ChallengeRecord record, ReportFormat format, Stream output, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(output);
        switch (format)
        {
            case ReportFormat.Html:
                WriteText(HtmlReportWriter.Write(record, options), output);
                break;
            case ReportFormat.Markdown:
                WriteText(MarkdownReportWriter.Write(record, options), output);
                break;
            case ReportFormat.Word:
                WordReportWriter.Write(record, output, options);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "The format is html, markdown or word.");
        }
    }

    private static void WriteText(string text, Stream output)
    {
        var bytes = Utf8.GetBytes(text);
        output.Write(bytes, 0, bytes.Length);
    }
}
