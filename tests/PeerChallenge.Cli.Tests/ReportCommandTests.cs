using System.IO.Compression;

namespace PeerChallenge.Cli.Tests;

/// <summary><c>peer-challenge report</c>: the record's report as HTML or Markdown on standard output or in a file, and as a Word document in a file.</summary>
public sealed class ReportCommandTests
{
    private static readonly string Example = RepositoryFiles.PathOf("docs", "examples", "rotherham-2011.json");

    [Fact]
    public void Html_is_the_default_and_goes_to_standard_output()
    {
        var run = ToolRun.Of("report", Example);
        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.StartsWith("<!DOCTYPE html>", run.Output, StringComparison.Ordinal);
        Assert.Equal(16, CountOf(run.Output, "<li class=\"finding\""));
    }

    [Fact]
    public void Markdown_goes_to_standard_output_with_the_marking_first()
    {
        var run = ToolRun.Of("report", Example, "--format", "md");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("**PROTECT**\n\n# ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void As_of_flags_overdue_actions_and_a_bad_date_is_a_usage_error()
    {
        Assert.Contains("Actions overdue on 1 September 2012: 2.", ToolRun.Of("report", Example, "--format", "md", "--as-of", "2012-09-01").Output, StringComparison.Ordinal);
        Assert.DoesNotContain("overdue", ToolRun.Of("report", Example, "--format", "md").Output, StringComparison.Ordinal);
        var bad = ToolRun.Of("report", Example, "--as-of", "1 September");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--as-of '1 September' is not a date", bad.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Docx_is_written_to_the_file_given_and_is_a_word_package()
    {
        var folder = Directory.CreateTempSubdirectory("report-");
        try
        {
            var path = Path.Combine(folder.FullName, "sub", "report.docx");
            var run = ToolRun.Of("report", Example, "--format", "docx", "--out", path);
            Assert.Equal((0, string.Empty), (run.ExitCode, run.Output));
            Assert.Contains("wrote ", run.Error, StringComparison.Ordinal);
            using var zip = ZipFile.OpenRead(path);
            Assert.Contains(zip.Entries, e => e.FullName == "word/document.xml");
            Assert.Contains(zip.Entries, e => e.FullName.StartsWith("word/header", StringComparison.Ordinal));
            Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!, "*.tmp"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Docx_from_standard_input_needs_an_out_path()
    {
        var run = ToolRun.WithInput(File.ReadAllText(Example), "report", "-", "--format", "docx");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("give --out PATH", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_file_or_an_unknown_format_exits_2()
    {
        Assert.Equal(2, ToolRun.Of("report", Path.Combine(Path.GetTempPath(), "no-such-record.json")).ExitCode);
        var format = ToolRun.Of("report", Example, "--format", "pdf");
        Assert.Equal(2, format.ExitCode);
    }

    [Fact]
    public void A_record_with_errors_is_still_reported_with_a_note()
    {
        var invalid = RepositoryFiles.PathOf("docs", "examples", "invalid", "report-and-action-plan.json");
        var run = ToolRun.Of("report", invalid, "--format", "md");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("note:", run.Error, StringComparison.Ordinal);
        Assert.Contains("## Findings by theme", run.Output, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string value) => (text.Length - text.Replace(value, string.Empty, StringComparison.Ordinal).Length) / value.Length;
}
