using System.Text.Json;

namespace PeerChallenge.Cli.Tests;

public sealed class ValidateCommandTests
{
    private static readonly string Example = RepositoryFiles.PathOf("docs", "examples", "rotherham-2011.json");

    private static string Invalid(string name) => RepositoryFiles.PathOf("docs", "examples", "invalid", name);

    [Fact]
    public void The_Rotherham_example_is_valid_and_exits_0()
    {
        var run = ToolRun.Of("validate", Example);

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal($"{Example}: valid (0 errors, 0 warnings)\n", run.Output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_record_with_errors_exits_1_and_lists_each_with_its_path()
    {
        var run = ToolRun.Of("validate", Invalid("team-composition.json"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("not valid (4 errors, 0 warnings)", run.Output, StringComparison.Ordinal);
        Assert.Contains("error   PC0204  /team/1/electedMember  Team member 'tm-2' is the Member Peer, who must be an elected member (a councillor)", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("malformed-json.json")]
    [InlineData("unreadable-shape.json")]
    public void A_file_that_cannot_be_read_as_a_record_exits_2(string name)
    {
        var run = ToolRun.Of("validate", Invalid(name));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot be read as a peer challenge record", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_exits_2_with_a_clear_message_on_standard_error()
    {
        var run = ToolRun.Of("validate", "no-such-file.json");

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
        Assert.Equal("peer-challenge validate: cannot open 'no-such-file.json': the file does not exist.\n", run.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_missing_file_among_others_is_on_standard_error_and_the_others_are_still_reported()
    {
        var run = ToolRun.Of("validate", "no-such-file.json", Example, "--format", "json");

        Assert.Equal(2, run.ExitCode);
        Assert.Matches(
            @"^peer-challenge validate: cannot open 'no-such-file\.json': the file does not exist\.\n"
            + @"peer-challenge validate: 2 files: 1 valid, 0 not valid, 1 cannot be read \(\d+\.\d s\)\n$",
            run.Error.ReplaceLineEndings("\n"));
        Assert.Equal(0, JsonDocument.Parse(run.Output).RootElement.GetArrayLength());
    }

    [Fact]
    public void Several_files_exit_with_the_worst_outcome()
    {
        Assert.Equal(1, ToolRun.Of("validate", Example, Invalid("no-team-leader.json")).ExitCode);
        Assert.Equal(2, ToolRun.Of("validate", Invalid("no-team-leader.json"), Invalid("malformed-json.json"), Example).ExitCode);
    }

    [Fact]
    public void Json_format_is_an_array_of_issues_with_file_code_severity_path_and_message()
    {
        var file = Invalid("no-team-leader.json");
        var run = ToolRun.Of("validate", file, Example, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        var issue = Assert.Single(document.RootElement.EnumerateArray());
        Assert.Equal(["file", "code", "severity", "path", "message"], issue.EnumerateObject().Select(p => p.Name));
        Assert.Equal(file, issue.GetProperty("file").GetString());
        Assert.Equal("PC0201", issue.GetProperty("code").GetString());
        Assert.Equal("error", issue.GetProperty("severity").GetString());
        Assert.Equal("/team", issue.GetProperty("path").GetString());
    }

    [Fact]
    public void Json_format_of_a_valid_file_is_an_empty_array()
    {
        var run = ToolRun.Of("validate", "--format", "json", Example);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(run.Output).RootElement.ValueKind);
        Assert.Equal(0, JsonDocument.Parse(run.Output).RootElement.GetArrayLength());
    }

    [Fact]
    public void Warnings_alone_exit_0()
    {
        var json = File.ReadAllText(Example).Replace("\"role\": \"off-site-peer\"", "\"role\": \"officer-peer\"", StringComparison.Ordinal)
            .Replace("\"onSite\": false", "\"onSite\": true", StringComparison.Ordinal);

        var run = ToolRun.WithInput(json, "validate", "-", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        Assert.All(document.RootElement.EnumerateArray(), i => Assert.Equal("warning", i.GetProperty("severity").GetString()));
        Assert.Contains(document.RootElement.EnumerateArray(), i => i.GetProperty("code").GetString() == "PC0208");
        Assert.Equal("-", document.RootElement[0].GetProperty("file").GetString());
    }

    [Fact]
    public void Standard_input_is_read_with_a_dash()
    {
        var run = ToolRun.WithInput("{\"schemaVersion\": \"1.0.0\"", "validate", "-");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("PC0001", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("validate", "--format", "xml", "x.json")]
    [InlineData("no-such-command")]
    public void Usage_errors_exit_2_with_a_message(params string[] args)
    {
        var run = ToolRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("peer-challenge: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void As_of_a_day_flags_the_actions_of_the_action_plan_overdue_on_it()
    {
        var before = ToolRun.Of("validate", Example, "--as-of", "2012-04-01");
        var after = ToolRun.Of("validate", Example, "--as-of", "2012-10-01", "--format", "json");

        Assert.Equal((0, $"{Example}: valid (0 errors, 0 warnings)\n"), (before.ExitCode, before.Output.ReplaceLineEndings("\n")));
        Assert.Equal(0, after.ExitCode);
        var paths = System.Text.Json.Nodes.JsonNode.Parse(after.Output)!.AsArray().Select(i => (i!["code"]!.GetValue<string>(), i["path"]!.GetValue<string>())).ToList();

        // a-1.2 (due 31 July 2012, on track), a-2.1 (due 30 September 2012, at risk) and a-5.1 (due 30 June 2012, off track);
        // done actions and those due later are not overdue.
        Assert.Equal(
            [("PC0919", "/actionPlan/entries/0/actions/1/status"), ("PC0919", "/actionPlan/entries/1/actions/0/status"), ("PC0919", "/actionPlan/entries/4/actions/0/status")],
            paths);
    }

    [Fact]
    public void An_as_of_that_is_not_a_date_is_a_usage_error()
    {
        var run = ToolRun.Of("validate", Example, "--as-of", "1/10/2012");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--as-of '1/10/2012' is not a date", run.Error, StringComparison.Ordinal);
    }
}
