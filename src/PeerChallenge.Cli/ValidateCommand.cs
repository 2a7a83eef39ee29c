using System.CommandLine;
using System.Text.Json;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain;
using PeerChallenge.Domain.Serialization;

namespace PeerChallenge.Cli;

/// <summary>
/// <c>peer-challenge validate FILE... [--recursive] [--format text|json]</c>: reads and validates records, reporting every
/// issue. A folder stands for the <c>.json</c> files in it; results come in the order of the inputs.
/// </summary>
internal static class ValidateCommand
{
    private const string Name = "peer-challenge validate";

    /// <summary>The examples at the end of <c>validate --help</c>.</summary>
    internal static readonly string[] Examples =
    [
        "peer-challenge validate docs/examples/rotherham-2011.json",
        "peer-challenge validate records --recursive --format json",
        "peer-challenge validate - < record.json",
    ];

    internal static Command Create(Terminal terminal)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Challenge record JSON files, or folders: a folder stands for the .json files directly in it, "
                + "in name order (not its subfolders, unless --recursive). '-' reads standard input.",
            Arity = ArgumentArity.OneOrMore,
            // Shown in the command list of the root help as 'validate <FILE...>'.
            HelpName = "FILE...",
        };
        var recursive = new Option<bool>("--recursive", "-r")
        {
            Description = "In a folder, take the .json files of its subfolders too, at any depth.",
        };
        var format = FormatOption.Create("Output format: text (for people) or json (an array of {file, code, severity, path, message}).", "text", "json");

        var command = new Command("validate", "Read and validate peer challenge records. Exit code 0: valid (warnings allowed); 1: at least one error; 2: a file cannot be read as a record.")
        {
            files,
            recursive,
            format,
        };
        command.SetAction(parseResult => Run(parseResult.GetValue(files)!, parseResult.GetValue(recursive), parseResult.GetValue(format)!, terminal));
        return command;
    }

    private static int Run(string[] inputs, bool recursive, string format, Terminal terminal)
    {
        var validator = new ChallengeRecordValidator();
        var unreadable = false;
        var results = new List<FileResult>();
        foreach (var file in inputs.SelectMany(input => Expand(input, recursive, terminal, ref unreadable)))
        {
            var result = Check(file, validator, terminal);
            if (result is null)
            {
                unreadable = true;
            }
            else
            {
                results.Add(result);
            }
        }

        if (format == "json")
        {
            WriteJson(results, terminal.Output);
        }
        else
        {
            WriteText(results, terminal.Output);
        }

        return unreadable || results.Any(r => !r.Readable) ? ExitCodes.UsageOrUnreadable
            : results.Any(r => r.Issues.Any(i => i.IsError)) ? ExitCodes.Invalid
            : ExitCodes.Ok;
    }

    /// <summary>
    /// The files an input stands for: itself, or for a folder its <c>.json</c> files sorted by path (ordinal). A
    /// folder without any, or one that cannot be listed, is reported on standard error and stands for nothing.
    /// </summary>
    private static List<string> Expand(string input, bool recursive, Terminal terminal, ref bool unreadable)
    {
        if (input == "-" || !Directory.Exists(input))
        {
            return [input];
        }

        List<string> files;
        try
        {
            files = [.. Directory.EnumerateFiles(input, "*", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
                .Where(f => string.Equals(Path.GetExtension(f), ".json", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            terminal.Error.WriteLine($"{Name}: cannot open the folder '{input}': {Reason(ex)}.");
            unreadable = true;
            return [];
        }

        if (files.Count == 0)
        {
            terminal.Error.WriteLine($"{Name}: the folder '{input}' has no .json files{(recursive ? " (searched with its subfolders)" : " (subfolders are not searched without --recursive)")}.");
            unreadable = true;
        }

        return files;
    }

    /// <summary>The file's result, or null when it cannot be opened (said on standard error).</summary>
    private static FileResult? Check(string file, ChallengeRecordValidator validator, Terminal terminal)
    {
        ChallengeReadResult<ChallengeRecord> read;
        try
        {
            if (file == "-")
            {
                read = ChallengeRecordReader.Read(terminal.Input.ReadToEnd());
            }
            else
            {
                using var stream = File.OpenRead(file);
                read = ChallengeRecordReader.Read(stream);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            terminal.Error.WriteLine($"{Name}: cannot open '{file}': {Reason(ex)}.");
            return null;
        }

        if (!read.Succeeded)
        {
            return new FileResult(file, false, read.Issues);
        }

        return new FileResult(file, true, [.. read.Issues, .. validator.ValidateRecord(read.Value)]);
    }

    private static string Reason(Exception ex) => ex switch
    {
        FileNotFoundException or DirectoryNotFoundException => "the file does not exist",
        UnauthorizedAccessException => "permission denied",
        _ => ex.Message.TrimEnd('.'),
    };

    private static void WriteText(List<FileResult> results, TextWriter output)
    {
        foreach (var result in results)
        {
            var errors = result.Issues.Count(i => i.IsError);
            var warnings = result.Issues.Count - errors;
            var verdict = !result.Readable ? "cannot be read as a peer challenge record"
                : errors == 0 ? "valid"
                : "not valid";
            output.WriteLine($"{result.File}: {verdict} ({Plural(errors, "error")}, {Plural(warnings, "warning")})");
            foreach (var issue in result.Issues)
            {
                output.WriteLine($"  {issue.Severity.Code,-7} {issue.Code}  {(issue.Path.IsRoot ? "/" : issue.Path.ToString())}  {issue.Message}");
            }
        }
    }

    private static void WriteJson(List<FileResult> results, TextWriter output) => JsonOutput.Write(output, writer =>
        {
            writer.WriteStartArray();
            foreach (var result in results)
            {
                foreach (var issue in result.Issues)
                {
                    writer.WriteStartObject();
                    writer.WriteString("file", result.File);
                    writer.WriteString("code", issue.Code.Code);
                    writer.WriteString("severity", issue.Severity.Code);
                    writer.WriteString("path", issue.Path.ToString());
                    writer.WriteString("message", issue.Message);
                    writer.WriteEndObject();
                }
            }

            writer.WriteEndArray();
        });

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private sealed record FileResult(string File, bool Readable, IReadOnlyList<ValidationIssue> Issues);
}
