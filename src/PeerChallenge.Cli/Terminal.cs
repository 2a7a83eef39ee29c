namespace PeerChallenge.Cli;

/// <summary>Where a command reads and writes: the process's console in use, string writers and memory streams in tests.</summary>
/// <param name="Output">Standard output: results only, so they can be piped.</param>
/// <param name="Error">Standard error: messages for the person at the keyboard.</param>
/// <param name="OpenInput">
/// Opens standard input as bytes, read when a command is given <c>-</c> as its file. Bytes, not text: a command decodes
/// them itself, strictly, so input that is not UTF-8 is refused exactly as it is in a file.
/// </param>
internal sealed record Terminal(TextWriter Output, TextWriter Error, Func<Stream> OpenInput)
{
    /// <summary>
    /// Whether standard error is a terminal a person watches (not redirected to a file or a pipe): only then do long
    /// runs show progress there. False unless said, as in tests.
    /// </summary>
    internal bool ErrorIsInteractive { get; init; }

    /// <summary>The process's own console.</summary>
    internal static Terminal Console() => new(System.Console.Out, System.Console.Error, System.Console.OpenStandardInput)
    {
        ErrorIsInteractive = !System.Console.IsErrorRedirected,
    };
}
