using BenchmarkDotNet.Running;

namespace PeerChallenge.Domain.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line (see benchmarks/README.md).</summary>
public static class Program
{
    /// <summary>Entry point: <c>dotnet run -c Release --project benchmarks/PeerChallenge.Domain.Benchmarks -- --filter *</c>.</summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
