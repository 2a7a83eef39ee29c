using System.CommandLine;
using System.Text.Json;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain;
using PeerChallenge.Domain.Serialization;

namespace PeerChallenge.Cli;

/// <summary><c>peer-challenge validate FILE... [--format text|json]</c>: reads and validates records, reporting every issue.</summary>
internal static class ValidateCommand
{
    internal static Command Create(Terminal terminal)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "One or more challenge record JSON files; '-' reads standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = FormatOption.Create("Output format: text (for people) or json (an array of {file, code, severity, path, message}).", "text", "json");

        var command = new Command("validate", "Read and validate peer challenge records. Exit code 0: valid (warnings allowed); 1: at least one error; 2: a file cannot be read as a record.")
        {
            files,
            format,
        };
        command.SetAction(parseResult => Run(parseResult.GetValue(files)!, parseResult.GetValue(format)!, terminal));
        return command;
    }

    private static int Run(string[] files, string format, Terminal terminal)
    {
        var validator = new ChallengeRecordValidator();
        var results = files.Select(file => Check(file, validator, terminal)).ToList();
        if (format == "json")
        {
            WriteJson(results, terminal.Output);
        }
        else
        {
            WriteText(results, terminal.Output);
        }

        return results.Any(r => !r.Readable) ? ExitCodes.UsageOrUnreadable
            : results.Any(r => r.Issues.Any(i => i.IsError)) ? ExitCodes.Invalid
            : ExitCodes.Ok;
    }

    private static FileResult Check(string file, ChallengeRecordValidator validator, Terminal terminal)
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
            var reason = ex is FileNotFoundException or DirectoryNotFoundException ? "the file does not exist" : ex.Message;
            return new FileResult(file, false, [ReadingIssueCodes.FileUnreadable.At(JsonPointer.Root, $"Cannot open '{file}': {reason}.")]);
        }

        if (!read.Succeeded)
        {
            return new FileResult(file, false, read.Issues);
        }

        return new FileResult(file, true, [.. read.Issues, .. validator.ValidateRecord(read.Value)]);
    }

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
