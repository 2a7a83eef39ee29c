using FsCheck;
using FsCheck.Fluent;

namespace PeerChallenge.Reports.Tests;

/// <summary>Generators of the report properties.</summary>
public static class Arbitraries
{
    public static Arbitrary<GeneratedReport> GeneratedReports() =>
        (from seed in Gen.Choose(0, int.MaxValue - 1)
         from findings in Gen.Choose(0, 40)
         select new GeneratedReport(seed, findings)).ToArbitrary();
}
