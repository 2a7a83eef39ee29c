namespace PeerChallenge.Cli;

/// <summary>The <c>peer-challenge</c> tool's entry point.</summary>
internal static class Program
{
    private static int Main(string[] args) => CommandLineApp.Run(args, Terminal.Console());
}
