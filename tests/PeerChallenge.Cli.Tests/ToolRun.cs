using System.Text;

namespace PeerChallenge.Cli.Tests;

/// <summary>Runs the tool in-process with captured output, as a person at a terminal would see it.</summary>
internal sealed record ToolRun(int ExitCode, string Output, string Error)
{
    internal static ToolRun Of(params string[] args) => WithInput(string.Empty, args);

    /// <summary>Runs with <paramref name="input"/>, as UTF-8 bytes, on standard input.</summary>
    internal static ToolRun WithInput(string input, params string[] args) => WithInput(Encoding.UTF8.GetBytes(input), args);

    /// <summary>Runs with exactly <paramref name="input"/> on standard input.</summary>
    internal static ToolRun WithInput(byte[] input, params string[] args) => WithInput(() => new MemoryStream(input, writable: false), args);

    /// <summary>Runs with the stream <paramref name="openInput"/> gives as standard input.</summary>
    internal static ToolRun WithInput(Func<Stream> openInput, params string[] args) => With(openInput, errorIsInteractive: false, args);

    /// <summary>Runs as if standard error were (or were not) a terminal a person watches.</summary>
    internal static ToolRun With(Func<Stream> openInput, bool errorIsInteractive, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CommandLineApp.Run(args, new Terminal(output, error, openInput) { ErrorIsInteractive = errorIsInteractive });
        return new ToolRun(exitCode, output.ToString(), error.ToString());
    }
}
