namespace PeerChallenge.Domain.Tests.Record;

public sealed class PartValidatorCacheTests
{
    [Fact]
    public void The_validators_of_an_edition_are_built_once()
    {
        var cache = new PartValidatorCache(ChallengeValidationOptions.Default);
        var lgg = new EditionResolution(BuiltInEditions.Lgg2011, IsCatalogued: true);

        Assert.Same(cache.For(lgg), cache.For(lgg));
        Assert.NotSame(cache.For(lgg), cache.For(lgg with { Edition = BuiltInEditions.LgaPeerReview2012 }));
        Assert.Same(cache.For(new EditionResolution(null, false)), cache.For(new EditionResolution(null, false)));
    }

    [Fact]
    public void Editions_defined_in_records_are_kept_by_value_up_to_a_bound()
    {
        var cache = new PartValidatorCache(ChallengeValidationOptions.Default);
        EditionResolution Defined(int i) => new(BuiltInEditions.Lgg2011 with { Code = EditionCode.Parse($"custom-{i}") }, IsCatalogued: false);

        Assert.Same(cache.For(Defined(1)), cache.For(Defined(1)));
        for (var i = 2; i <= PartValidatorCache.MaxDefinedEditions + 5; i++)
        {
            _ = cache.For(Defined(i));
        }

        Assert.Same(cache.For(Defined(1)), cache.For(Defined(1)));
        Assert.NotSame(cache.For(Defined(PartValidatorCache.MaxDefinedEditions + 5)), cache.For(Defined(PartValidatorCache.MaxDefinedEditions + 5)));
    }

    [Fact]
    public void One_validator_gives_the_same_issues_from_many_threads()
    {
        var validator = new ChallengeRecordValidator();
        var records = Enumerable.Range(0, 64).Select(i => i % 2 == 0
            ? TestRecords.Rotherham2011
            : TestRecords.Rotherham2011 with { Team = [.. TestRecords.Rotherham2011.Team.Skip(1)], Edition = i % 4 == 1 ? EditionCode.LgaPeerReview2012 : EditionCode.Lgg2011 }).ToArray();
        var expected = records.Select(r => string.Join("\n", validator.ValidateRecord(r))).ToArray();

        var actual = new string[records.Length];
        Parallel.For(0, records.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => actual[i] = string.Join("\n", validator.ValidateRecord(records[i])));

        Assert.Equal(expected, actual);
        Assert.Contains(expected, e => e.Contains("PC0201", StringComparison.Ordinal));
    }
}
