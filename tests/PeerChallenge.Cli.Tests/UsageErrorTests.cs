namespace PeerChallenge.Cli.Tests;

/// <summary>
/// Mistakes on the command line are told on standard error as git and gh tell them, with the closest command or option,
/// exit code 2 and nothing on standard output; they are never taken for file names.
/// </summary>
public sealed class UsageErrorTests
{
    private static readonly string Example = RepositoryFiles.PathOf("docs", "examples", "rotherham-2011.json");

    [Theory]
    [InlineData(new[] { "validate", "f.json", "--fromat", "json" }, "unknown option '--fromat'. Did you mean '--format'?", "validate")]
    [InlineData(new[] { "validate", "--fromat", "json", "f.json" }, "unknown option '--fromat'. Did you mean '--format'?", "validate")]
    [InlineData(new[] { "validate", "f.json", "-format", "json" }, "unknown option '-format'. Did you mean '--format'?", "validate")]
    [InlineData(new[] { "validate", "f.json", "--recursve" }, "unknown option '--recursve'. Did you mean '--recursive'?", "validate")]
    [InlineData(new[] { "validate", "f.json", "--halp" }, "unknown option '--halp'. Did you mean '--help'?", "validate")]
    [InlineData(new[] { "validate", "f.json", "--on-site", "2011-10-03" }, "unknown option '--on-site'.", "validate")]
    [InlineData(new[] { "validate", "-x" }, "unknown option '-x'.", "validate")]
    [InlineData(new[] { "plan", "--onsite", "2011-10-03" }, "unknown option '--onsite'. Did you mean '--on-site'?", "plan")]
    [InlineData(new[] { "plan", "--on-site", "2011-10-03", "--editon", "lga-2012" }, "unknown option '--editon'. Did you mean '--edition'?", "plan")]
    [InlineData(new[] { "holidays", "--form", "2012-01-01", "--to", "2012-12-31" }, "unknown option '--form'. Did you mean '--from'?", "holidays")]
    [InlineData(new[] { "schema", "--nmae", "edition" }, "unknown option '--nmae'. Did you mean '--name'?", "schema")]
    [InlineData(new[] { "redact", "--operater", "mask", "-" }, "unknown option '--operater'. Did you mean '--operator'?", "redact")]
    [InlineData(new[] { "redact", "--fromat" }, "unknown option '--fromat'.", "redact")]
    [InlineData(new[] { "--verison" }, "unknown option '--verison'. Did you mean '--version'?", null)]
    public void An_unknown_option_is_an_error_with_the_closest_option(string[] args, string message, string? command)
    {
        var run = ToolRun.Of(args);

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
        Assert.Equal(
            $"peer-challenge: {message}\nRun 'peer-challenge help{(command is null ? string.Empty : " " + command)}' for usage.\n",
            run.Error.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("valdate", "'valdate' is not a command. Did you mean 'validate'?")]
    [InlineData("validata", "'validata' is not a command. Did you mean 'validate'?")]
    [InlineData("plna", "'plna' is not a command. Did you mean 'plan'?")]
    [InlineData("holiday", "'holiday' is not a command. Did you mean 'holidays'?")]
    [InlineData("shcema", "'shcema' is not a command. Did you mean 'schema'?")]
    [InlineData("hlep", "'hlep' is not a command. Did you mean 'help'?")]
    [InlineData("convert", "'convert' is not a command.")]
    [InlineData("x.json", "'x.json' is not a command.")]
    public void An_unknown_command_is_an_error_with_the_closest_command(string command, string message)
    {
        var run = ToolRun.Of(command, "x.json");

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
        Assert.Equal($"peer-challenge: {message}\nRun 'peer-challenge help' for usage.\n", run.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_dash_is_standard_input_and_words_after_a_double_dash_are_files()
    {
        var stdin = ToolRun.WithInput(File.ReadAllText(Example), "validate", "-");
        var afterDoubleDash = ToolRun.Of("validate", "--", "-x.json");

        Assert.Equal((0, "-: valid (0 errors, 0 warnings)\n"), (stdin.ExitCode, stdin.Output.ReplaceLineEndings("\n")));
        Assert.Equal((2, string.Empty), (afterDoubleDash.ExitCode, afterDoubleDash.Output));
        Assert.Equal("peer-challenge validate: cannot open '-x.json': the file does not exist.\n", afterDoubleDash.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void An_option_value_that_starts_with_a_dash_is_still_a_value()
    {
        var run = ToolRun.WithInput("tel 0114 273 4567\n", "redact", "-", "--operator", "mask", "--mask-char", "-");
        var pattern = ToolRun.WithInput("Reviewed -CR-004512.", "redact", "-", "--case-ref-pattern", "-CR-######");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal("tel -------------\n", run.Output);
        Assert.Equal((0, "Reviewed [CASE_REF]."), (pattern.ExitCode, pattern.Output));
    }

    [Fact]
    public void An_argument_too_many_is_an_error()
    {
        var run = ToolRun.Of("redact", "a.txt", "b.txt");

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
        Assert.Equal("peer-challenge: unexpected argument 'b.txt'.\nRun 'peer-challenge help redact' for usage.\n", run.Error.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData(new[] { "validate" }, "Required argument 'FILE...' missing for command: 'validate'.", "validate")]
    [InlineData(new[] { "validate", "--format", "xml", "x.json" }, "Argument 'xml' not recognized. Must be one of: 'text' 'json'", "validate")]
    [InlineData(new[] { "holidays", "--from", "2012-01-01" }, "Option '--to' is required.", "holidays")]
    [InlineData(new[] { "redact" }, "Required argument 'FILE' missing for command: 'redact'.", "redact")]
    public void Other_parse_errors_are_one_line_each_then_the_help_pointer(string[] args, string message, string command)
    {
        var run = ToolRun.Of(args);

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
        Assert.Equal($"peer-challenge: {message}\nRun 'peer-challenge help {command}' for usage.\n", run.Error.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("format", "format", 0)]
    [InlineData("fromat", "format", 1)]
    [InlineData("valdate", "validate", 1)]
    [InlineData("plna", "plan", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    public void Edit_distance_counts_a_swap_of_neighbours_as_one_edit(string a, string b, int distance)
    {
        Assert.Equal(distance, UsageError.EditDistance(a, b));
        Assert.Equal(distance, UsageError.EditDistance(b, a));
    }

    [Fact]
    public void Equally_close_candidates_are_all_offered_and_one_letter_is_never_a_typo()
    {
        Assert.Equal(" Did you mean 'plan' or 'slam'?", UsageError.DidYouMean("plam", ["plan", "slam", "validate"]));
        Assert.Equal(" Did you mean 'a1', 'a2' or 'a3'?", UsageError.DidYouMean("a0", ["a1", "a2", "a3"]));
        Assert.Equal(string.Empty, UsageError.DidYouMean("-x", ["-r", "-h"]));
        Assert.Equal(string.Empty, UsageError.DidYouMean("--zzzzzz", ["--from", "--to", "--format"]));
    }
}
