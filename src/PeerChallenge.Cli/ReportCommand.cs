using System.CommandLine;
using PeerChallenge.Domain.Evidence;
using PeerChallenge.Reports;

namespace PeerChallenge.Cli;

/// <summary>
/// <c>peer-challenge report FILE --format html|md|docx [--out PATH] [--as-of DATE] [--profile PROFILE]</c>: renders the
/// record's report as a self-contained HTML page, Markdown or a Word document.
/// </summary>
internal static class ReportCommand
{
    private const string Name = "peer-challenge report";

    internal static readonly string[] Examples =
    [
        "peer-challenge report docs/examples/rotherham-2011.json --out report.html",
        "peer-challenge report record.json --format docx --out report.docx",
        "peer-challenge report record.json --format md --as-of 2012-09-01 > report.md",
    ];

    internal static Command Create(Terminal terminal)
    {
        var file = new Argument<string>("FILE")
        {
            Description = "A challenge record JSON file; '-' reads standard input.",
        };
        var format = FormatOption.Create(
            "Output format: html (one self-contained page, printable, with charts), md (Markdown) or docx (a Word document with headings, "
                + "a table of contents and the marking in header and footer).",
            "html",
            "md",
            "docx");
        var output = new Option<FileInfo?>("--out", "-o")
        {
            Description = "Write the report to this file instead of standard output. A docx report is always written to a file: "
                + "without --out, to FILE's name with .docx in the current folder.",
            HelpName = "PATH",
        };
        var asOf = new Option<string>("--as-of")
        {
            Description = "Flag the action plan's actions that are overdue on this date (yyyy-MM-dd); without it none is flagged. The report never reads the clock.",
            HelpName = "DATE",
        };
        var profile = new Option<string>("--profile")
        {
            Description = "The disclosure profile of the evidence counts: dfe (counts 1 to 5 shown as c), nhs (1 to 7 as *, others rounded to 5) or threshold-10.",
            DefaultValueFactory = _ => DisclosureProfile.Dfe.Code,
            HelpName = "PROFILE",
        };
        profile.AcceptOnlyFromAmong([.. DisclosureProfile.All.Select(p => p.Code)]);

        var command = new Command(
            "report",
            "Render the record's report: key messages, findings by theme, a chart of strengths and areas, the timeline, the action plan, "
                + "the team (roles and home organisations, no names) and evidence counts after disclosure control, with the security marking. "
                + "Exit code 0: report written (a record with errors gets a note on standard error); 2: the file cannot be read or the output cannot be written.")
        {
            file,
            format,
            output,
            asOf,
            profile,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(file)!,
            parseResult.GetValue(format)!,
            parseResult.GetValue(output),
            parseResult.GetValue(asOf),
            parseResult.GetValue(profile)!,
            terminal));
        return command;
    }

    private static int Run(string file, string format, FileInfo? output, string? asOfText, string profileCode, Terminal terminal)
    {
        var options = new ReportOptions { Disclosure = DisclosureProfile.TryFind(profileCode, out var profile) ? profile : DisclosureProfile.Dfe };
        if (asOfText is not null)
        {
            if (!DateOption.TryRead("report", "--as-of", asOfText, terminal, out var day))
            {
                return ExitCodes.UsageOrUnreadable;
            }

            options = options with { AsOf = day };
        }

        if (format == "docx" && output is null)
        {
            if (file == "-")
            {
                terminal.Error.WriteLine($"{Name}: a docx report is a file, not text: give --out PATH when reading standard input.");
                return ExitCodes.UsageOrUnreadable;
            }

            output = new FileInfo(Path.GetFileNameWithoutExtension(file) + ".docx");
        }

        if (!RecordInput.TryRead(Name, file, terminal, out var record))
        {
            return ExitCodes.UsageOrUnreadable;
        }

        RecordInput.NoteErrors(Name, file, record, terminal, "the report shows the record as it is.");

        var reportFormat = format switch
        {
            "md" => ReportFormat.Markdown,
            "docx" => ReportFormat.Word,
            _ => ReportFormat.Html,
        };
        if (output is null)
        {
            terminal.Output.Write(reportFormat == ReportFormat.Markdown ? MarkdownReportWriter.Write(record, options) : HtmlReportWriter.Write(record, options));
            return ExitCodes.Ok;
        }

        var temporary = output.FullName + ".tmp";
        try
        {
            output.Directory?.Create();
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None))
            {
                ReportWriter.Write(record, reportFormat, stream, options);
            }

            File.Move(temporary, output.FullName, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            terminal.Error.WriteLine($"{Name}: cannot write {TerminalText.Escape(output.FullName)}: {TerminalText.Escape(ex.Message)}");
            return ExitCodes.UsageOrUnreadable;
        }

        terminal.Error.WriteLine($"wrote {TerminalText.Escape(output.FullName)}");
        return ExitCodes.Ok;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do: the message about the first failure is what the user needs.
        }
    }
}
