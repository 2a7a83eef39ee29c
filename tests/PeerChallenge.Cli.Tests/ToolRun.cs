namespace PeerChallenge.Cli.Tests;

/// <summary>Runs the tool in-process with captured output, as a person at a terminal would see it.</summary>
internal sealed record ToolRun(int ExitCode, string Output, string Error)
{
    internal static ToolRun Of(params string[] args) => WithInput(string.Empty, args);

    internal static ToolRun WithInput(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CommandLineApp.Run(args, new Terminal(output, error, new StringReader(input)));
        return new ToolRun(exitCode, output.ToString(), error.ToString());
    }
}
