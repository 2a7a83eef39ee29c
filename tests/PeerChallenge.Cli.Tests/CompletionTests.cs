namespace PeerChallenge.Cli.Tests;

/// <summary>
/// The <c>[suggest:POSITION] "COMMAND LINE"</c> directive that dotnet-suggest calls for tab completion: the words that
/// can stand at POSITION, one a line, on standard output, exit 0.
/// </summary>
public sealed class CompletionTests
{
    [Theory]
    [InlineData("valid", new[] { "validate" })]
    [InlineData("plan --format ", new[] { "ics", "json", "mermaid", "text" })]
    [InlineData("schema --name ed", new[] { "edition" })]
    [InlineData("redact - --operator ", new[] { "mask", "pseudonym", "replace" })]
    public void Suggest_lists_what_can_come_next(string commandLine, string[] expected)
    {
        var run = ToolRun.Of($"[suggest:{commandLine.Length}]", commandLine);

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal(expected, run.Output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Suggest_lists_the_commands_for_help()
    {
        var run = ToolRun.Of("[suggest:5]", "help ");

        Assert.Equal(0, run.ExitCode);
        Assert.Subset(
            new HashSet<string>(run.Output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n')),
            new HashSet<string> { "help", "holidays", "plan", "redact", "schema", "validate" });
    }

    [Fact]
    public void Suggest_lists_a_commands_options()
    {
        var run = ToolRun.Of("[suggest:11]", "validate --");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["--as-of", "--format", "--help", "--recursive"], run.Output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
    }
}
