using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PeerChallenge.Cli.Tests;

/// <summary>
/// The tool as it ships, in a process of its own: it runs with invariant globalization (no culture data, as the native
/// AOT tool does), which the in-process tests cannot show. A record of a past review with vague dates must validate there.
/// </summary>
public sealed class PastReviewProcessTests
{
    [Fact]
    public void The_tool_validates_a_past_review_with_vague_dates_under_invariant_globalization()
    {
        using (var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "peer-challenge.runtimeconfig.json"))))
        {
            Assert.True(config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").GetProperty("System.Globalization.Invariant").GetBoolean());
        }

        var record = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("docs", "examples", "rotherham-2011.json")))!.AsObject();
        record["schemaVersion"] = "1.1.0";
        record["kind"] = "past-review";
        record["timeline"] = new JsonObject { ["leadInStart"] = "2009-11", ["onSiteStart"] = "2010-01" };
        record["ofstedNotificationKnown"] = "not-known";
        record.Remove("ofstedNotification");
        record["sources"] = new JsonArray(new JsonObject { ["id"] = "src-1", ["title"] = "Feedback slides of the safeguarding peer review", ["published"] = "2010-01" });
        var file = Path.Combine(Path.GetTempPath(), $"past-review-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, record.ToJsonString());
        try
        {
            var run = Run("validate", file);

            Assert.DoesNotContain("internal error", run.Output + run.Error, StringComparison.Ordinal);
            Assert.Equal(0, run.ExitCode);
            Assert.Contains("PC0311", run.Output, StringComparison.Ordinal);
            Assert.Contains("only as January 2010", run.Output, StringComparison.Ordinal);
            Assert.Contains("PC0312", run.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static ToolRun Run(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "peer-challenge.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "the tool did not finish in two minutes");
        return new ToolRun(process.ExitCode, output, error.GetAwaiter().GetResult());
    }
}
