using System.Text.Json;
using PeerChallenge.Domain.Serialization;

namespace PeerChallenge.Domain.Tests.Examples;

public sealed class InvalidExampleTests
{
    public static TheoryData<string> Files => [.. Expected().Keys.Order()];

    [Fact]
    public void Every_invalid_example_is_listed_with_its_expected_codes()
    {
        var onDisk = Directory.GetFiles(RepositoryFiles.PathOf("docs", "examples", "invalid"), "*.json")
            .Select(f => Path.GetFileName(f)!)
            .Where(f => f != "expected-issues.json")
            .Order();

        Assert.Equal(onDisk, Expected().Keys.Order());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Invalid_example_raises_the_codes_it_must(string file)
    {
        var (exitCode, mustRaise) = Expected()[file];
        var read = ChallengeRecordReader.Read(File.ReadAllBytes(RepositoryFiles.PathOf("docs", "examples", "invalid", file)));
        var issues = read.Succeeded ? [.. read.Issues, .. new ChallengeRecordValidator().ValidateRecord(read.Value)] : read.Issues;

        Assert.Equal(exitCode == 2, !read.Succeeded);
        Assert.Contains(issues, i => i.IsError);
        Assert.Superset(mustRaise.ToHashSet(), issues.Select(i => i.Code.Code).ToHashSet());
        Assert.All(issues, i => Assert.NotNull(IssueCodes.Find(i.Code.Code)));
    }

    internal static Dictionary<string, (int ExitCode, string[] MustRaise)> Expected()
    {
        using var document = JsonDocument.Parse(RepositoryFiles.Read("docs", "examples", "invalid", "expected-issues.json"));
        return document.RootElement.EnumerateObject().ToDictionary(
            p => p.Name,
            p => (p.Value.GetProperty("exitCode").GetInt32(), p.Value.GetProperty("mustRaise").EnumerateArray().Select(c => c.GetString()!).ToArray()));
    }
}
