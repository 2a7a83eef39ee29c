namespace PeerChallenge.Cli.Tests;

/// <summary>Help as a person asks for it: <c>help</c>, <c>help COMMAND</c>, <c>--help</c>, <c>-h</c>, or nothing at all.</summary>
public sealed class HelpTests
{
    public static TheoryData<string> CommandNames => ["validate", "schema", "plan", "holidays", "redact", "help"];

    [Fact]
    public void No_arguments_print_the_root_help_on_standard_output_and_exit_0()
    {
        var run = ToolRun.Of();

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.StartsWith("Description:\n  peer-challenge: validate, plan, redact and report", Normalise(run.Output), StringComparison.Ordinal);
        Assert.Contains("Usage:\n  peer-challenge [command] [options]\n", Normalise(run.Output), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Root_help_is_the_same_however_asked(string ask) => Assert.Equal(ToolRun.Of(), ToolRun.Of(ask));

    [Fact]
    public void Root_help_lists_every_command_with_validate_taking_files()
    {
        var output = Normalise(ToolRun.Of("help").Output);

        // The descriptions start in one column, after the longest command: its width is not this test's business.
        Assert.Matches(@"\n  validate <FILE\.\.\.> +Read and validate peer challenge records\.", output);
        foreach (var command in new[] { "schema", "plan", "holidays", "redact <FILE>", "help <COMMAND>" })
        {
            Assert.Contains($"\n  {command} ", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Root_help_ends_with_examples()
    {
        var output = Normalise(ToolRun.Of("help").Output);

        Assert.EndsWith(
            "Examples:\n  peer-challenge validate docs/examples/rotherham-2011.json\n  peer-challenge plan --on-site 2011-10-03\n  peer-challenge help validate\n\n",
            output,
            StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CommandNames))]
    public void Help_for_a_command_is_on_standard_output_and_the_same_as_its_help_option(string command)
    {
        var help = ToolRun.Of("help", command);

        Assert.Equal((0, string.Empty), (help.ExitCode, help.Error));
        Assert.Contains($"Usage:\n  peer-challenge {command} ", Normalise(help.Output), StringComparison.Ordinal);
        Assert.Equal(help, ToolRun.Of(command, "--help"));
        Assert.Equal(help, ToolRun.Of(command, "-h"));
    }

    [Theory]
    [MemberData(nameof(CommandNames))]
    public void Every_command_help_ends_with_an_examples_section_of_its_own(string command)
    {
        var output = Normalise(ToolRun.Of(command, "--help").Output);

        var examples = output[output.LastIndexOf("\nExamples:\n", StringComparison.Ordinal)..];
        var lines = examples.Trim('\n').Split('\n')[1..];
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.StartsWith($"  peer-challenge {(command == "help" ? "help" : command)}", line, StringComparison.Ordinal));
        Assert.EndsWith("\n\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_help_shows_FILE_with_an_ellipsis_and_the_folder_rule()
    {
        var output = Normalise(ToolRun.Of("validate", "--help").Output);

        Assert.Contains("Usage:\n  peer-challenge validate <FILE>... [options]\n", output, StringComparison.Ordinal);
        Assert.Contains("\n  <FILE...>  Challenge record JSON files, or folders: a folder stands for the .json files directly in it, in name order (not its subfolders, unless --recursive). '-' reads standard input.\n", output, StringComparison.Ordinal);
        Assert.Contains("\n  -r, --recursive ", output, StringComparison.Ordinal);
        Assert.Contains("Examples:\n  peer-challenge validate docs/examples/rotherham-2011.json\n", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plan", "--on-site <DATE>")]
    [InlineData("plan", "--lead-in-start <DATE>")]
    [InlineData("plan", "--edition <CODE>")]
    [InlineData("holidays", "--from <DATE> (REQUIRED)")]
    [InlineData("holidays", "--to <DATE> (REQUIRED)")]
    [InlineData("schema", "--out <DIR>")]
    [InlineData("redact", "--key-file <KEY>")]
    [InlineData("redact", "--mask-char <CHAR>")]
    public void Option_placeholders_are_named_by_meaning(string command, string option)
    {
        var output = Normalise(ToolRun.Of("help", command).Output);

        Assert.Contains($"\n  {option} ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_wins_over_a_mistake_on_the_same_line()
    {
        var run = ToolRun.Of("validate", "--fromat", "--help");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal(ToolRun.Of("help", "validate").Output, run.Output);
    }

    [Fact]
    public void Help_for_an_unknown_command_is_an_error_with_a_suggestion()
    {
        var run = ToolRun.Of("help", "valdate");

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
        Assert.Equal("peer-challenge: 'valdate' is not a command. Did you mean 'validate'?\nRun 'peer-challenge help' for usage.\n", Normalise(run.Error));
    }

    [Fact]
    public void Help_takes_one_command_at_most()
    {
        var run = ToolRun.Of("help", "plan", "validate");

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
        Assert.Equal("peer-challenge: unexpected argument 'validate'.\nRun 'peer-challenge help help' for usage.\n", Normalise(run.Error));
    }

    private static string Normalise(string text) => text.ReplaceLineEndings("\n");
}
