namespace PeerChallenge.Cli;

/// <summary>Short, plain reasons for the exceptions a file read throws.</summary>
internal static class FileErrors
{
    /// <summary>"no such file.", "permission denied." or the exception's message.</summary>
    internal static string Reason(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file.",
        UnauthorizedAccessException => "permission denied.",
        _ => e.Message,
    };
}
