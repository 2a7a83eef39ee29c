namespace PeerChallenge.Cli.Tests;

/// <summary>
/// The rule every command keeps: results on standard output (so they can be piped or redirected), messages for the
/// person at the keyboard (usage errors, files that cannot be opened, progress) on standard error.
/// </summary>
public sealed class OutputStreamTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("output-stream-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("validate", "no-such-file.json")]
    [InlineData("redact", "no-such-file.txt")]
    [InlineData("plan", "--on-site", "2011-10-01")]
    [InlineData("holidays", "--from", "2012-01-01", "--to", "2011-01-01")]
    [InlineData("schema", "--name", "nope")]
    [InlineData("validate", "x.json", "--fromat", "json")]
    [InlineData("nope")]
    public void Errors_go_to_standard_error_only(params string[] args)
    {
        var run = ToolRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.StartsWith("peer-challenge", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_out_reports_progress_on_standard_error_and_prints_nothing()
    {
        var run = ToolRun.Of("schema", "--out", _folder);

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Output));
        Assert.Equal(
            [$"wrote {Path.Combine(_folder, "challenge-record.schema.json")}", $"wrote {Path.Combine(_folder, "edition.schema.json")}"],
            run.Error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Schema_out_to_a_file_is_an_error_on_standard_error()
    {
        var file = Path.Combine(_folder, "a-file");
        File.WriteAllText(file, string.Empty);

        var run = ToolRun.Of("schema", "--out", file);

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
        Assert.StartsWith($"peer-challenge schema: cannot write to '{file}': ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_is_a_result_on_standard_output()
    {
        var run = ToolRun.Of("--version");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Output);
    }
}
