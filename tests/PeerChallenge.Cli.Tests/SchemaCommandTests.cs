using System.Text.Json;
using PeerChallenge.Domain.Serialization;

namespace PeerChallenge.Cli.Tests;

public sealed class SchemaCommandTests
{
    [Fact]
    public void Prints_the_record_schema_by_default()
    {
        var run = ToolRun.Of("schema");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(RepositoryFiles.Read("docs", "schemas", "challenge-record.schema.json"), run.Output);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", JsonDocument.Parse(run.Output).RootElement.GetProperty("$schema").GetString());
    }

    [Fact]
    public void Prints_the_edition_schema_by_name()
    {
        var run = ToolRun.Of("schema", "--name", "edition");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(ChallengeSchemas.Get(ChallengeSchemas.Edition), run.Output);
    }

    [Fact]
    public void Writes_every_schema_to_a_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "peer-challenge-schemas-" + Guid.NewGuid().ToString("N"));
        try
        {
            var run = ToolRun.Of("schema", "--out", folder);

            Assert.Equal(0, run.ExitCode);
            Assert.Equal(["challenge-record.schema.json", "edition.schema.json"], Directory.GetFiles(folder).Select(f => Path.GetFileName(f)).Order());
            Assert.Equal(RepositoryFiles.Read("docs", "schemas", "edition.schema.json"), File.ReadAllText(Path.Combine(folder, "edition.schema.json")));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
