namespace PeerChallenge.Cli.Tests;

/// <summary><c>peer-challenge export</c>: the shareable export of a record under a profile, with the manifest's summary on standard error.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private static readonly string Example = RepositoryFiles.PathOf("docs", "examples", "rotherham-2011.json");

    private readonly string _folder = Directory.CreateTempSubdirectory("peer-challenge-export-").FullName;

    private string KeyFile
    {
        get
        {
            var path = Path.Combine(_folder, "council.key");
            File.WriteAllBytes(path, [.. Enumerable.Range(1, 32).Select(i => (byte)i)]);
            return path;
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("partner")]
    [InlineData("publication")]
    public void Exports_the_example_to_a_valid_record_and_summarises_the_manifest(string profile)
    {
        var output = Path.Combine(_folder, "export.json");
        var run = ToolRun.Of("export", Example, "--profile", profile, "--key-file", KeyFile, "--date", "2012-01-16", "--out", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.StartsWith($"export: profile {profile}, 2012-01-16, marking {(profile == "partner" ? "PROTECT" : "NOT PROTECTIVELY MARKED")}, key ", run.Error, StringComparison.Ordinal);
        Assert.Contains("  findings (redact, pseudonymise, widen): kept 16; dropped 0", run.Error, StringComparison.Ordinal);
        var validate = ToolRun.Of("validate", output);
        Assert.Equal(0, validate.ExitCode);

        // The export of the export is the same export.
        var again = ToolRun.Of("export", output, "--profile", profile, "--key-file", KeyFile, "--date", "2013-05-01");
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(File.ReadAllText(output), again.Output);
    }

    [Fact]
    public void Without_a_key_a_profile_that_pseudonymises_is_a_usage_error()
    {
        var run = ToolRun.Of("export", Example, "--profile", "partner");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.StartsWith("peer-challenge export: the profile 'partner' pseudonymises case references and needs the council's key: give --key-file KEY", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_council_profile_is_read_from_json_and_its_mistakes_are_told()
    {
        var profile = Path.Combine(_folder, "ours.json");
        File.WriteAllText(profile, """{ "name": "council-lite", "pseudonymisedKinds": [], "parts": [{ "part": "evidence", "treatments": ["drop"] }] }""");
        var run = ToolRun.Of("export", Example, "--profile", profile);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"profile\": \"council-lite\"", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\"gatheredBy\"", run.Output, StringComparison.Ordinal);
        Assert.Contains("  evidence (drop): kept 0; dropped 12", run.Error, StringComparison.Ordinal);

        File.WriteAllText(profile, """{ "name": "council-lite", "parts": [{ "part": "evidense", "treatments": ["dorp"] }] }""");
        var wrong = ToolRun.Of("export", Example, "--profile", profile);
        Assert.Equal(2, wrong.ExitCode);
        Assert.Contains("/parts/0/part: 'evidense' is not a part of the record.", wrong.Error, StringComparison.Ordinal);
        Assert.Contains("/parts/0/treatments/0: 'dorp' is not a treatment.", wrong.Error, StringComparison.Ordinal);

        File.WriteAllText(profile, """{ "name": "council-lite", "prts": [] }""");
        Assert.Equal(2, ToolRun.Of("export", Example, "--profile", profile).ExitCode);
    }

    [Fact]
    public void An_unknown_profile_name_is_a_usage_error()
    {
        var run = ToolRun.Of("export", Example, "--profile", "public");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("peer-challenge export: 'public' is not a profile: use partner, publication or a profile file ending .json.\n", run.Error.ReplaceLineEndings("\n"));
    }
}
