using System.Text.Json;
using System.Text.Json.Nodes;

namespace PeerChallenge.Cli.Tests;

/// <summary>
/// <c>validate</c> and the third severity, information (what a rule could not check): printed as "note", counted apart,
/// never as a warning or an error, and never changing the exit code.
/// </summary>
public sealed class ValidateInformationTests : IDisposable
{
    private static readonly string Example = RepositoryFiles.PathOf("docs", "examples", "rotherham-2011.json");

    private readonly string _folder = Directory.CreateTempSubdirectory("validate-information-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>
    /// The Rotherham example as a 1.1 record whose team is only partly known (PC0211) and whose visit is given as a month
    /// with no last day (PC0311): information and nothing else.
    /// </summary>
    private static string WithInformation(Action<JsonObject>? change = null)
    {
        var record = JsonNode.Parse(File.ReadAllText(Example))!.AsObject();
        record["schemaVersion"] = "1.1.0";
        record["teamKnown"] = "partly-known";
        record["timeline"]!["onSiteStart"] = "2011-10";
        record["timeline"]!.AsObject().Remove("onSiteEnd");

        // The timetable's rules would add a note of their own (PC0814) about the same vague dates.
        record.Remove("timetable");
        change?.Invoke(record);
        return record.ToJsonString();
    }

    [Fact]
    public void Information_alone_is_printed_as_notes_and_the_record_is_valid_with_exit_0()
    {
        var run = ToolRun.WithInput(WithInformation(), "validate", "-");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        var lines = run.Output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal("-: valid (0 errors, 0 warnings, 2 notes)", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("  note    PC0211  /teamKnown  The record gives only part of the team", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("  note    PC0311  /timeline  The on-site visit is not given as days (only as October 2011, with no last day)", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void One_note_is_singular()
    {
        var run = ToolRun.WithInput(WithInformation(r => r["timeline"] = JsonNode.Parse(File.ReadAllText(Example))!["timeline"]!.DeepClone()), "validate", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("-: valid (0 errors, 0 warnings, 1 note)\n  note    PC0211  ", run.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_gives_information_as_its_severity_and_exits_0()
    {
        var run = ToolRun.WithInput(WithInformation(), "validate", "-", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        Assert.Equal(
            [("PC0211", "information", "/teamKnown"), ("PC0311", "information", "/timeline")],
            document.RootElement.EnumerateArray().Select(i => (i.GetProperty("code").GetString(), i.GetProperty("severity").GetString(), i.GetProperty("path").GetString())));
    }

    [Fact]
    public void Notes_are_counted_apart_from_warnings_and_do_not_change_the_exit_code()
    {
        var run = ToolRun.WithInput(WithInformation(r => r["team"]![0]!["nmae"] = "x"), "validate", "-");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal("-: valid (0 errors, 1 warning, 2 notes)", lines[0]);
        Assert.StartsWith("  warning PC0012  /team/0/nmae  The property 'nmae' is not part of format 1.2", lines[1], StringComparison.Ordinal);
        Assert.Equal(["note", "note"], lines[2..].Select(l => l.Trim().Split(' ')[0]));
    }

    [Fact]
    public void With_an_error_the_record_is_not_valid_and_exits_1_and_the_notes_are_still_apart()
    {
        var run = ToolRun.WithInput(WithInformation(r => r["linesOfEnquiry"]![0]!["themes"] = new JsonArray()), "validate", "-");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("-: not valid (1 error, 0 warnings, 2 notes)\n", run.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_of_records_with_notes_counts_them_as_valid()
    {
        File.WriteAllText(Path.Combine(_folder, "a-past-review.json"), WithInformation());
        File.Copy(Example, Path.Combine(_folder, "b-rotherham.json"));

        var run = ToolRun.Of("validate", _folder);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^peer-challenge validate: 2 files: 2 valid, 0 not valid, 0 cannot be read \(\d+\.\d s\)\r?\n$", run.Error);
        Assert.Equal(
            [$"{Path.Combine(_folder, "a-past-review.json")}: valid (0 errors, 0 warnings, 2 notes)", $"{Path.Combine(_folder, "b-rotherham.json")}: valid (0 errors, 0 warnings)"],
            run.Output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Where(l => !l.StartsWith(' ')));
    }
}
