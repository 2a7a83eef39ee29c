namespace PeerChallenge.Cli;

/// <summary>Where a command reads and writes: the process's console in use, string writers in tests.</summary>
/// <param name="Output">Standard output: results only, so they can be piped.</param>
/// <param name="Error">Standard error: messages for the person at the keyboard.</param>
/// <param name="Input">Standard input, read when a command is given <c>-</c> as its file.</param>
internal sealed record Terminal(TextWriter Output, TextWriter Error, TextReader Input);
