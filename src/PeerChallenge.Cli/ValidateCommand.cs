using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain;
using PeerChallenge.Domain.Serialization;

namespace PeerChallenge.Cli;

/// <summary>
/// <c>peer-challenge validate FILE... [--recursive] [--format text|json]</c>: reads and validates records, reporting every
/// issue. A folder stands for the <c>.json</c> files in it; files are checked in parallel, results come in the order
/// of the inputs, and an exception from the library for one file is an error for that file only.
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
        "peer-challenge validate docs/examples/rotherham-2011.json --as-of 2012-10-01",
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
        var format = FormatOption.Create("Output format: text (for people) or json (an array of {file, code, severity, path, message}; severity is error, warning or information).", "text", "json");
        var asOf = new Option<string>("--as-of")
        {
            Description = "Check the record as of this day (yyyy-MM-dd): actions of the action plan not done and past their due date on it are flagged (PC0919). "
                + "Without it, overdue actions are not judged; the tool never uses today's date on its own.",
            HelpName = "DATE",
        };

        var command = new Command("validate", "Read and validate peer challenge records. Exit code 0: valid (warnings and notes allowed); 1: at least one error; 2: a file cannot be read as a record.")
        {
            files,
            recursive,
            format,
            asOf,
        };
        command.SetAction(parseResult => Run(parseResult.GetValue(files)!, parseResult.GetValue(recursive), parseResult.GetValue(format)!, parseResult.GetValue(asOf), terminal));
        return command;
    }

    /// <summary>
    /// The reader, replaceable for the current flow of execution only (tests use it to make the library throw for one
    /// file): given the file's name and its content, at most the size limit plus one byte.
    /// </summary>
    internal static readonly AsyncLocal<Func<string, Stream, ChallengeReadResult<ChallengeRecord>>?> ReaderOverride = new();

    /// <summary>More files than this show progress on standard error, when it is a terminal.</summary>
    internal const int ProgressThreshold = 50;

    private static int Run(string[] inputs, bool recursive, string format, string? asOfText, Terminal terminal)
    {
        NodaTime.LocalDate? asOf = null;
        if (asOfText is not null)
        {
            if (!DateOption.TryRead("validate", "--as-of", asOfText, terminal, out var day))
            {
                return ExitCodes.UsageOrUnreadable;
            }

            asOf = day;
        }

        var stopwatch = Stopwatch.StartNew();
        var items = new List<Item>();
        foreach (var input in inputs)
        {
            Expand(input, recursive, items);
        }

        var fileCount = items.Count(i => i.File is not null);
        var validator = asOf is null ? new ChallengeRecordValidator() : new ChallengeRecordValidator(ChallengeValidationOptions.Default with { AsOf = asOf });
        using var report = new Report(terminal, format == "json", items.Count, fileCount, terminal.ErrorIsInteractive && fileCount > ProgressThreshold);
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };

        // Files are handed out one at a time in input order; a file more than the report's window ahead of the next
        // one to print waits, so the results held at once stay few however many files there are.
        try
        {
            Parallel.ForEach(Partitioner.Create(Enumerable.Range(0, items.Count), EnumerablePartitionerOptions.NoBuffering), options, index =>
            {
                if (!report.WaitForTurn(index))
                {
                    return;
                }

                var item = items[index];
                report.Complete(index, item.File is { } file ? Check(file, validator, terminal) : FileResult.Problem(item.Problem!));
            });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is IOException))
        {
            // Check never throws: only writing the results can (a full disk).
            terminal.Error.WriteLine($"{Name}: cannot write the results: {Escape(ex.InnerExceptions[0].Message.TrimEnd('.'))}.");
            return ExitCodes.UsageOrUnreadable;
        }

        return report.Finish(stopwatch.Elapsed);
    }

    /// <summary>
    /// Adds the files an input stands for: itself, or for a folder its <c>.json</c> files sorted by path (ordinal). A
    /// folder without any, or one that cannot be listed, adds the message saying so (for standard error) instead.
    /// </summary>
    private static void Expand(string input, bool recursive, List<Item> items)
    {
        if (input == "-" || !Directory.Exists(input))
        {
            items.Add(new Item(input, null));
            return;
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
            items.Add(new Item(null, $"{Name}: cannot open the folder '{Escape(input)}': {Escape(Reason(ex))}."));
            return;
        }

        if (files.Count == 0)
        {
            items.Add(new Item(null, $"{Name}: the folder '{Escape(input)}' has no .json files{(recursive ? " (searched with its subfolders)" : " (subfolders are not searched without --recursive)")}."));
        }

        items.AddRange(files.Select(f => new Item(f, null)));
    }

    /// <summary>
    /// The file's result. Never throws: a file that cannot be opened or read, or an exception from the library, is a
    /// result with its message for standard error.
    /// </summary>
    private static FileResult Check(string file, ChallengeRecordValidator validator, Terminal terminal)
    {
        Stream source;
        try
        {
            source = file == "-" ? terminal.OpenInput() : File.OpenRead(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return FileResult.Failed(file, Outcome.CannotRead, $"{Name}: cannot open '{Escape(file)}': {Escape(Reason(ex))}.");
        }

        try
        {
            // Standard input has the file's limit: one byte over it is enough to know the document is too large.
            var bounded = new BoundedReadStream(source, ChallengeReaderOptions.Default.MaxDocumentBytes + 1);
            ChallengeReadResult<ChallengeRecord> read;
            try
            {
                read = ReaderOverride.Value is { } reader ? reader(file, bounded) : ChallengeRecordReader.Read(bounded);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return FileResult.Failed(file, Outcome.CannotRead, $"{Name}: cannot read '{Escape(file)}': {Escape(Reason(ex))}.");
            }

            return !read.Succeeded
                ? new FileResult(file, Outcome.Unreadable, read.Issues, null)
                : FileResult.Of(file, [.. read.Issues, .. validator.ValidateRecord(read.Value)]);
        }
#pragma warning disable CA1031 // Any exception from the library is reported for its file; the other files go on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return FileResult.Failed(file, Outcome.InternalError, $"{Name}: {Escape(file)}: internal error while checking ({ex.GetType().FullName}); please report it.");
        }
        finally
        {
            // Standard input belongs to the terminal, not to this file.
            if (file != "-")
            {
                source.Dispose();
            }
        }
    }

    private static string Reason(Exception ex) => ex switch
    {
        FileNotFoundException or DirectoryNotFoundException => "the file does not exist",
        UnauthorizedAccessException => "permission denied",
        _ => ex.Message.TrimEnd('.'),
    };

    private static string Escape(string text) => TerminalText.Escape(text);

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    /// <summary>An input as it is checked: a file, or a message about a folder that stands for no file.</summary>
    private sealed record Item(string? File, string? Problem);

    private enum Outcome
    {
        Valid,
        Invalid,

        /// <summary>Opened, but not a record: the reader's issues say why.</summary>
        Unreadable,

        /// <summary>Could not be opened or read at all: a message on standard error.</summary>
        CannotRead,

        InternalError,

        /// <summary>Not a file: a folder that stands for none.</summary>
        Problem,
    }

    /// <summary>What the report says of a file, in its turn: issues on standard output, or a message on standard error.</summary>
    private sealed record FileResult(string File, Outcome Outcome, IReadOnlyList<ValidationIssue> Issues, string? Message)
    {
        internal static FileResult Of(string file, IReadOnlyList<ValidationIssue> issues) =>
            new(file, issues.Any(i => i.IsError) ? Outcome.Invalid : Outcome.Valid, issues, null);

        internal static FileResult Failed(string file, Outcome outcome, string message) => new(file, outcome, [], message);

        internal static FileResult Problem(string message) => new(string.Empty, Outcome.Problem, [], message);

        internal int ExitCode => Outcome switch
        {
            Outcome.Valid => ExitCodes.Ok,
            Outcome.Invalid => ExitCodes.Invalid,
            _ => ExitCodes.UsageOrUnreadable,
        };
    }

    /// <summary>
    /// Prints results in input order as soon as the next one is done, holding at most <see cref="Window"/> results;
    /// keeps the worst exit code, the counts for the summary and, on a terminal, a progress line on standard error.
    /// </summary>
    private sealed class Report : IDisposable
    {
        private readonly object _gate = new();
        private readonly Terminal _terminal;
        private readonly JsonOutput.Streamed? _json;
        private readonly FileResult?[] _done;
        private readonly int _fileCount;
        private readonly bool _showProgress;
        private readonly int[] _counts = new int[Enum.GetValues<Outcome>().Length];
        private int _next;
        private int _filesPrinted;
        private int _exitCode;
        private int _progressLength;
        private bool _stopped;

        internal Report(Terminal terminal, bool json, int itemCount, int fileCount, bool showProgress)
        {
            _terminal = terminal;
            _done = new FileResult?[itemCount];
            _fileCount = fileCount;
            _showProgress = showProgress;
            if (json)
            {
                _json = new JsonOutput.Streamed(terminal.Output);
                _json.Writer.WriteStartArray();
            }
        }

        /// <summary>How far ahead of the next result to print a file may be checked.</summary>
        private static int Window => Math.Max(64, 8 * Environment.ProcessorCount);

        /// <summary>Waits until item <paramref name="index"/> is within the window; false when the run has stopped.</summary>
        internal bool WaitForTurn(int index)
        {
            lock (_gate)
            {
                while (index >= _next + Window && !_stopped)
                {
                    Monitor.Wait(_gate);
                }

                return !_stopped;
            }
        }

        /// <summary>Keeps item <paramref name="index"/>'s result and prints every result now next in order.</summary>
        internal void Complete(int index, FileResult result)
        {
            lock (_gate)
            {
                try
                {
                    _done[index] = result;
                    while (_next < _done.Length && _done[_next] is { } next)
                    {
                        _done[_next++] = null;
                        Print(next);
                    }
                }
                catch
                {
                    // Output cannot be written (a closed pipe, a full disk): nobody waits for a turn that will not come.
                    _stopped = true;
                    throw;
                }
                finally
                {
                    Monitor.PulseAll(_gate);
                }
            }
        }

        /// <summary>Ends the output, writes the summary when there was more than one file, and returns the exit code.</summary>
        internal int Finish(TimeSpan elapsed)
        {
            if (_json is not null)
            {
                _json.Writer.WriteEndArray();
                _json.End();
            }

            ClearProgress();
            if (_fileCount > 1)
            {
                _terminal.Error.WriteLine(Summary(elapsed));
            }

            _terminal.Output.Flush();
            return _exitCode;
        }

        public void Dispose() => _json?.Dispose();

        private string Summary(TimeSpan elapsed)
        {
            var internalErrors = _counts[(int)Outcome.InternalError];
            var unreadable = _counts[(int)Outcome.Unreadable] + _counts[(int)Outcome.CannotRead];
            var internalPart = internalErrors > 0 ? $", {Plural(internalErrors, "internal error")}" : string.Empty;
            return string.Create(
                CultureInfo.InvariantCulture,
                $"{Name}: {_fileCount} files: {_counts[(int)Outcome.Valid]} valid, {_counts[(int)Outcome.Invalid]} not valid, {unreadable} cannot be read{internalPart} ({elapsed.TotalSeconds:0.0} s)");
        }

        private void Print(FileResult result)
        {
            _counts[(int)result.Outcome]++;
            _exitCode = Math.Max(_exitCode, result.ExitCode);
            ClearProgress();
            if (result.Message is not null)
            {
                _terminal.Error.WriteLine(result.Message);
            }
            else if (_json is not null)
            {
                WriteJson(result, _json);
            }
            else
            {
                WriteText(result, _terminal.Output);
            }

            if (result.Outcome != Outcome.Problem)
            {
                _filesPrinted++;
                ShowProgress();
            }
        }

        private void ShowProgress()
        {
            if (!_showProgress)
            {
                return;
            }

            var line = $"{Name}: checked {_filesPrinted} of {_fileCount} files";
            _terminal.Error.Write($"\r{line}");
            _terminal.Error.Flush();
            _progressLength = line.Length;
        }

        private void ClearProgress()
        {
            if (_progressLength > 0)
            {
                _terminal.Error.Write($"\r{new string(' ', _progressLength)}\r");
                _progressLength = 0;
            }
        }

        /// <summary>
        /// The file's verdict and counts, then one line per issue. Information (what a rule could not check) is a
        /// "note": counted apart, and only when there is any, never as a warning or an error.
        /// </summary>
        private static void WriteText(FileResult result, TextWriter output)
        {
            var errors = result.Issues.Count(i => i.Severity == IssueSeverity.Error);
            var warnings = result.Issues.Count(i => i.Severity == IssueSeverity.Warning);
            var notes = result.Issues.Count(i => i.Severity == IssueSeverity.Information);
            var verdict = result.Outcome switch
            {
                Outcome.Unreadable => "cannot be read as a peer challenge record",
                Outcome.Valid => "valid",
                _ => "not valid",
            };
            var notesPart = notes > 0 ? $", {Plural(notes, "note")}" : string.Empty;
            output.WriteLine($"{Escape(result.File)}: {verdict} ({Plural(errors, "error")}, {Plural(warnings, "warning")}{notesPart})");
            foreach (var issue in result.Issues)
            {
                output.WriteLine($"  {Label(issue.Severity),-7} {issue.Code}  {(issue.Path.IsRoot ? "/" : Escape(issue.Path.ToString()))}  {Escape(issue.Message)}");
            }
        }

        /// <summary>How text output names a severity: <c>error</c>, <c>warning</c>, or <c>note</c> for information.</summary>
        private static string Label(IssueSeverity severity) => severity == IssueSeverity.Information ? "note" : severity.Code;

        private static void WriteJson(FileResult result, JsonOutput.Streamed json)
        {
            var writer = json.Writer;
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

            json.Send();
        }
    }
}
