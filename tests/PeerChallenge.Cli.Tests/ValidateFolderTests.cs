using System.Text.Json;

namespace PeerChallenge.Cli.Tests;

/// <summary><c>validate</c> given folders: the .json files directly in them, in name order, in the order of the inputs.</summary>
public sealed class ValidateFolderTests : IDisposable
{
    private static readonly string Example = RepositoryFiles.PathOf("docs", "examples", "rotherham-2011.json");

    private readonly string _folder = Directory.CreateTempSubdirectory("validate-folder-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_folder_stands_for_its_json_files_in_ordinal_name_order()
    {
        var records = Folder("records");
        Copy(Example, records, "c.json");
        Copy(Example, records, "B.json");
        Copy(Example, records, "a.json");
        File.WriteAllText(Path.Combine(records, "notes.txt"), "not a record");

        var run = ToolRun.Of("validate", records);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(Summary(3, 3, 0, 0), run.Error);
        Assert.Equal(
            [
                $"{Path.Combine(records, "B.json")}: valid (0 errors, 0 warnings)",
                $"{Path.Combine(records, "a.json")}: valid (0 errors, 0 warnings)",
                $"{Path.Combine(records, "c.json")}: valid (0 errors, 0 warnings)",
            ],
            Lines(run.Output));
    }

    [Fact]
    public void Results_come_in_the_order_of_the_inputs()
    {
        var records = Folder("records");
        Copy(Example, records, "x.json");
        var single = Copy(Example, _folder, "single.json");

        var run = ToolRun.Of("validate", single, records, single);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([single, Path.Combine(records, "x.json"), single], Lines(run.Output).Select(l => l.Split(": ")[0]));
    }

    [Fact]
    public void Subfolders_are_not_searched_without_recursive()
    {
        var records = Folder("records");
        Copy(Example, records, "top.json");
        var nested = Folder(Path.Combine("records", "2012"));
        File.WriteAllText(Path.Combine(nested, "broken.json"), "{");

        var run = ToolRun.Of("validate", records);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([$"{Path.Combine(records, "top.json")}: valid (0 errors, 0 warnings)"], Lines(run.Output));
    }

    [Fact]
    public void Recursive_takes_the_json_files_of_subfolders_too()
    {
        var records = Folder("records");
        Copy(Example, records, "top.json");
        var nested = Folder(Path.Combine("records", "2012"));
        File.WriteAllText(Path.Combine(nested, "broken.json"), "{");

        var run = ToolRun.Of("validate", "--recursive", records, "--format", "json");

        Assert.Equal(2, run.ExitCode);
        Assert.Matches(Summary(2, 1, 0, 1), run.Error);
        var files = JsonDocument.Parse(run.Output).RootElement.EnumerateArray().Select(i => i.GetProperty("file").GetString()).Distinct();
        Assert.Equal([Path.Combine(nested, "broken.json")], files);
    }

    [Fact]
    public void A_folder_without_json_files_is_said_on_standard_error_and_exits_2()
    {
        var empty = Folder("empty");
        File.WriteAllText(Path.Combine(empty, "readme.txt"), "nothing here");

        var run = ToolRun.Of("validate", empty);

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
        Assert.Equal(
            $"peer-challenge validate: the folder '{empty}' has no .json files (subfolders are not searched without --recursive).\n",
            run.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_folder_without_json_files_does_not_hide_the_other_results()
    {
        var empty = Folder("empty");

        var run = ToolRun.Of("validate", empty, Example);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"{Example}: valid (0 errors, 0 warnings)"], Lines(run.Output));
        Assert.Contains($"the folder '{empty}' has no .json files", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_path_that_does_not_exist_is_not_taken_for_a_folder()
    {
        var missing = Path.Combine(_folder, "missing");

        var run = ToolRun.Of("validate", missing);

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
        Assert.Equal($"peer-challenge validate: cannot open '{missing}': the file does not exist.\n", run.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_invalid_examples_folder_gives_the_worst_exit_code_and_no_access_denied_message()
    {
        var run = ToolRun.Of("validate", RepositoryFiles.PathOf("docs", "examples", "invalid"));

        Assert.Equal(2, run.ExitCode);
        Assert.Matches(Summary(9, 0, 6, 3), run.Error);
        Assert.DoesNotContain("denied", run.Output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("malformed-json.json: cannot be read as a peer challenge record", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_past_reviews_folder_is_valid_and_says_what_could_not_be_checked_as_information_notes()
    {
        var past = RepositoryFiles.PathOf("docs", "examples", "past");

        var run = ToolRun.Of("validate", past);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(Summary(2, 2, 0, 0), run.Error);
        Assert.Equal(
            [
                $"{Path.Combine(past, "manchester-2013.json")}: valid (0 errors, 0 warnings, 3 notes)",
                $"{Path.Combine(past, "northumberland-2010.json")}: valid (0 errors, 0 warnings, 1 note)",
            ],
            Lines(run.Output));
        Assert.Contains("  note    PC0311  /timeline  The last on-site day is not known (the visit is given as from 4 February 2013)", run.Output, StringComparison.Ordinal);
    }

    /// <summary>The summary line, alone on standard error, of a run of several files.</summary>
    private static string Summary(int files, int valid, int notValid, int cannotBeRead) =>
        $@"^peer-challenge validate: {files} files: {valid} valid, {notValid} not valid, {cannotBeRead} cannot be read \(\d+\.\d s\)\r?\n$";

    private static List<string> Lines(string output) => [.. output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Where(l => !l.StartsWith(' '))];

    private static string Copy(string source, string folder, string name)
    {
        var path = Path.Combine(folder, name);
        File.Copy(source, path);
        return path;
    }

    private string Folder(string name) => Directory.CreateDirectory(Path.Combine(_folder, name)).FullName;
}
