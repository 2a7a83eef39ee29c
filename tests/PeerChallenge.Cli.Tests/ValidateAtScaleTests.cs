using System.Text;
using System.Text.Json;
using PeerChallenge.Domain.Serialization;

namespace PeerChallenge.Cli.Tests;

/// <summary>
/// <c>validate</c> under hostile or heavy input: an exception from the library for one file, standard input without
/// end or not UTF-8, values that would forge lines or reach the terminal raw, many files in parallel.
/// </summary>
public sealed class ValidateAtScaleTests : IDisposable
{
    private static readonly string Example = RepositoryFiles.PathOf("docs", "examples", "rotherham-2011.json");

    private static readonly string TeamComposition = RepositoryFiles.PathOf("docs", "examples", "invalid", "team-composition.json");

    private readonly string _folder = Directory.CreateTempSubdirectory("validate-at-scale-tests-").FullName;

    public void Dispose()
    {
        ValidateCommand.ReaderOverride.Value = null;
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void An_exception_from_the_library_for_one_file_is_an_error_for_that_file_and_the_others_are_reported()
    {
        var crash = Copy(Example, "crash.json");
        var missing = Path.Combine(_folder, "missing.json");
        ValidateCommand.ReaderOverride.Value = (file, stream) => file == crash
            ? throw new InvalidOperationException("simulated")
            : ChallengeRecordReader.Read(stream);

        var run = ToolRun.Of("validate", Example, crash, missing, TeamComposition);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"{Example}: valid (0 errors, 0 warnings)", $"{TeamComposition}: not valid (4 errors, 0 warnings)"], Lines(run.Output).Where(l => !l.StartsWith(' ')));
        Assert.Matches(
            $"^peer-challenge validate: {Regex(crash)}: internal error while checking \\(System\\.InvalidOperationException\\); please report it\\.\\n"
            + $"peer-challenge validate: cannot open '{Regex(missing)}': the file does not exist\\.\\n"
            + @"peer-challenge validate: 4 files: 1 valid, 1 not valid, 1 cannot be read, 1 internal error \(\d+\.\d s\)\n$",
            run.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_crash_alone_exits_2_and_a_crash_beside_errors_exits_2()
    {
        ValidateCommand.ReaderOverride.Value = (_, _) => throw new NotImplementedException();

        var alone = ToolRun.Of("validate", Example);

        Assert.Equal((2, string.Empty), (alone.ExitCode, alone.Output));
        Assert.Equal($"peer-challenge validate: {Example}: internal error while checking (System.NotImplementedException); please report it.\n", alone.Error.ReplaceLineEndings("\n"));

        var crash = Copy(Example, "crash.json");
        ValidateCommand.ReaderOverride.Value = (file, stream) => file == crash ? throw new NotImplementedException() : ChallengeRecordReader.Read(stream);
        Assert.Equal(2, ToolRun.Of("validate", TeamComposition, crash).ExitCode);
        Assert.Equal(1, ToolRun.Of("validate", TeamComposition, Example).ExitCode);
    }

    [Fact]
    public void Standard_input_over_the_size_limit_stops_reading_one_byte_past_it_and_gives_PC0002()
    {
        var endless = new EndlessStream((byte)' ');

        var run = ToolRun.WithInput(() => endless, "validate", "-");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(ChallengeReaderOptions.Default.MaxDocumentBytes + 1, endless.BytesRead);
        Assert.Equal(
            "-: cannot be read as a peer challenge record (1 error, 0 warnings)\n"
            + "  error   PC0002  /  The document is larger than the limit of 16,777,216 bytes, so it was not read.\n",
            run.Output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Standard_input_at_the_size_limit_is_read()
    {
        var json = File.ReadAllBytes(Example);
        var padded = new byte[ChallengeReaderOptions.Default.MaxDocumentBytes];
        padded.AsSpan().Fill((byte)' ');
        json.CopyTo(padded, 0);

        var run = ToolRun.WithInput(padded, "validate", "-");

        Assert.Equal((0, "-: valid (0 errors, 0 warnings)\n"), (run.ExitCode, run.Output.ReplaceLineEndings("\n")));
    }

    [Fact]
    public void Standard_input_that_is_not_UTF8_is_refused_as_the_same_file_is()
    {
        var bytes = Encoding.UTF8.GetBytes(File.ReadAllText(Example).Replace("Rotherham", "Rother\u00E9ham", StringComparison.Ordinal));
        var latin1 = Encoding.Latin1.GetBytes(Encoding.UTF8.GetString(bytes));
        var file = Path.Combine(_folder, "latin1.json");
        File.WriteAllBytes(file, latin1);

        var fromInput = ToolRun.WithInput(latin1, "validate", "-");
        var fromFile = ToolRun.Of("validate", file);

        Assert.Equal(2, fromInput.ExitCode);
        Assert.Equal(
            "-: cannot be read as a peer challenge record (1 error, 0 warnings)\n"
            + "  error   PC0001  /  The file is not UTF-8 text, so it cannot be JSON. Save it as UTF-8 and try again.\n",
            fromInput.Output.ReplaceLineEndings("\n"));
        Assert.Equal((fromFile.ExitCode, fromFile.Output.Replace(file, "-", StringComparison.Ordinal)), (fromInput.ExitCode, fromInput.Output));
        Assert.Equal(0, ToolRun.WithInput(bytes, "validate", "-").ExitCode);
    }

    [Fact]
    public void Control_characters_from_the_record_are_escaped_so_one_issue_is_one_line()
    {
        var forged = File.ReadAllText(TeamComposition).Replace("\"tm-2\"", "\"tm-2\\n  error   PC9999  /  forged\\u001B[2J\\u0007\\u009B\"", StringComparison.Ordinal);

        var run = ToolRun.WithInput(forged, "validate", "-");

        Assert.Equal(1, run.ExitCode);
        var lines = Lines(run.Output);
        Assert.Equal(5, lines.Count);
        Assert.Contains(
            "  error   PC0204  /team/1/electedMember  Team member 'tm-2\\n  error   PC9999  /  forged\\u001B[2J\\u0007\\u009B' is the Member Peer",
            run.Output,
            StringComparison.Ordinal);
        Assert.DoesNotContain(run.Output, c => c is '\u001B' or '\u0007' or '\u009B');
    }

    [Fact]
    public void Json_output_keeps_the_exact_value_and_escapes_control_characters()
    {
        var forged = File.ReadAllText(TeamComposition).Replace("\"tm-2\"", "\"tm-2\\n\\u001B[2J\\u0007\\u007F\\u009B\"", StringComparison.Ordinal);

        var run = ToolRun.WithInput(forged, "validate", "-", "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain(run.Output, c => char.IsControl(c) && c is not '\n' and not '\r');
        using var document = JsonDocument.Parse(run.Output);
        Assert.StartsWith("Team member 'tm-2\n\u001B[2J\u0007\u007F\u009B' is the Member Peer", document.RootElement[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_name_with_control_characters_is_escaped_in_results_and_messages()
    {
        var odd = Copy(Example, "odd\nname\u001B.json");
        var missing = Path.Combine(_folder, "gone\r\u0007.json");

        var run = ToolRun.Of("validate", odd, missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"{Path.Combine(_folder, "odd\\nname\\u001B.json")}: valid (0 errors, 0 warnings)"], Lines(run.Output));
        Assert.StartsWith($"peer-challenge validate: cannot open '{Path.Combine(_folder, "gone\\r\\u0007.json")}': the file does not exist.\n", run.Error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Many_files_are_reported_in_input_order_whatever_order_they_finish_in()
    {
        var records = Directory.CreateDirectory(Path.Combine(_folder, "records")).FullName;
        var expected = new List<string>();
        for (var i = 0; i < 300; i++)
        {
            var source = i % 3 == 0 ? TeamComposition : Example;
            var path = Copy(source, Path.Combine("records", $"r{i:D3}.json"));
            expected.Add($"{path}: {(i % 3 == 0 ? "not valid (4 errors, 0 warnings)" : "valid (0 errors, 0 warnings)")}");
        }

        // Early files finish last: every tenth file waits until the file after it is done.
        var done = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>();
        ValidateCommand.ReaderOverride.Value = (file, stream) =>
        {
            var result = ChallengeRecordReader.Read(stream);
            var number = int.Parse(Path.GetFileNameWithoutExtension(file)[1..], System.Globalization.CultureInfo.InvariantCulture);
            if (number % 10 == 0 && Environment.ProcessorCount > 1)
            {
                SpinWait.SpinUntil(() => done.ContainsKey(Path.Combine(records, $"r{number + 1:D3}.json")), TimeSpan.FromSeconds(5));
            }

            done[file] = true;
            return result;
        };

        var run = ToolRun.Of("validate", records, "--format", "text");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(expected, Lines(run.Output).Where(l => !l.StartsWith(' ')));
        Assert.Matches(@"^peer-challenge validate: 300 files: 200 valid, 100 not valid, 0 cannot be read \(\d+\.\d s\)\n$", run.Error.ReplaceLineEndings("\n"));

        var json = ToolRun.Of("validate", records, "--format", "json");
        using var document = JsonDocument.Parse(json.Output);
        Assert.Equal(
            expected.Where((_, i) => i % 3 == 0).Select(l => l.Split(": ")[0]),
            document.RootElement.EnumerateArray().Select(i => i.GetProperty("file").GetString()).Distinct());
    }

    [Fact]
    public void A_single_file_has_no_summary()
    {
        var run = ToolRun.Of("validate", TeamComposition);

        Assert.Equal((1, string.Empty), (run.ExitCode, run.Error));
    }

    [Fact]
    public void Progress_shows_on_standard_error_only_when_it_is_a_terminal_and_there_are_more_than_50_files()
    {
        var records = Directory.CreateDirectory(Path.Combine(_folder, "records")).FullName;
        for (var i = 0; i < 51; i++)
        {
            Copy(Example, Path.Combine("records", $"r{i:D2}.json"));
        }

        var onTerminal = ToolRun.With(() => Stream.Null, errorIsInteractive: true, "validate", records);
        var redirected = ToolRun.With(() => Stream.Null, errorIsInteractive: false, "validate", records);
        var few = ToolRun.With(() => Stream.Null, errorIsInteractive: true, "validate", Example, Example);

        Assert.Equal((0, 0, 0), (onTerminal.ExitCode, redirected.ExitCode, few.ExitCode));
        Assert.Equal(onTerminal.Output, redirected.Output);
        const string last = "peer-challenge validate: checked 51 of 51 files";
        Assert.Contains($"\rpeer-challenge validate: checked 1 of 51 files\r", onTerminal.Error, StringComparison.Ordinal);
        Assert.Contains($"\r{last}\r{new string(' ', last.Length)}\rpeer-challenge validate: 51 files: 51 valid", onTerminal.Error, StringComparison.Ordinal);
        Assert.Matches(@"^peer-challenge validate: 51 files: 51 valid, 0 not valid, 0 cannot be read \(\d+\.\d s\)\n$", redirected.Error.ReplaceLineEndings("\n"));
        Assert.Matches(@"^peer-challenge validate: 2 files: 2 valid, 0 not valid, 0 cannot be read \(\d+\.\d s\)\n$", few.Error.ReplaceLineEndings("\n"));
    }

    private static List<string> Lines(string output) => [.. output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n')];

    private static string Regex(string text) => System.Text.RegularExpressions.Regex.Escape(text);

    private string Copy(string source, string name)
    {
        var path = Path.Combine(_folder, name);
        File.Copy(source, path);
        return path;
    }
}
