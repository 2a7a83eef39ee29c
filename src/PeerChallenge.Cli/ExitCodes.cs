namespace PeerChallenge.Cli;

/// <summary>The tool's exit codes, the same for every command.</summary>
internal static class ExitCodes
{
    /// <summary>Success; for <c>validate</c>, every file is valid (warnings and information allowed).</summary>
    internal const int Ok = 0;

    /// <summary>For <c>validate</c>: at least one file has an error.</summary>
    internal const int Invalid = 1;

    /// <summary>The input could not be used: a file cannot be read as a record, a bad argument, a missing key.</summary>
    internal const int UsageOrUnreadable = 2;
}
