namespace PeerChallenge.Domain.Tests;

/// <summary>Finds files of the repository (docs, examples, schemas) from the test's output folder.</summary>
internal static class RepositoryFiles
{
    internal static string Root { get; } = FindRoot();

    internal static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    internal static string Read(params string[] parts) => File.ReadAllText(PathOf(parts));

    /// <summary>True when approval tests should overwrite the approved file instead of failing (set PEER_CHALLENGE_ACCEPT=1 locally, never in CI).</summary>
    internal static bool Accepting => Environment.GetEnvironmentVariable("PEER_CHALLENGE_ACCEPT") == "1"
        && Environment.GetEnvironmentVariable("CI") != "true";

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PeerChallenge.Domain.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (PeerChallenge.Domain.sln) was not found above " + AppContext.BaseDirectory);
    }
}
