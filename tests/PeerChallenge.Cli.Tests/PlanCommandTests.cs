using System.Text.Json;

namespace PeerChallenge.Cli.Tests;

public sealed class PlanCommandTests
{
    [Fact]
    public void Text_plan_of_the_2011_brief()
    {
        var run = ToolRun.Of("plan", "--on-site", "2011-10-03");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        var lines = run.Output.Split('\n');
        Assert.Equal("Lead-in:  from Monday 8 August 2011 (8 weeks)", lines[1]);
        Assert.Equal("On site:  Monday 3 October 2011 to Friday 7 October 2011 (5 working days)", lines[2]);
        Assert.Contains("  2011-10-03  Mon  On site, day 1: opening meeting of senior managers from partner agencies", lines);
        Assert.Contains("  2011-10-07  Fri  Last day on site: feedback presentation and workshop on the findings", lines);
        Assert.Contains("  2011-11-04  Fri  Written feedback (draft report) sent to the council", lines);
        Assert.Contains("  On-site days: 2011-10-03, 2011-10-04, 2011-10-05, 2011-10-06, 2011-10-07", lines);
    }

    [Fact]
    public void Json_plan_is_the_same_from_either_end()
    {
        var fromVisit = ToolRun.Of("plan", "--on-site", "2011-10-03", "--format", "json");
        var fromLeadIn = ToolRun.Of("plan", "--lead-in-start", "2011-08-08", "--format", "json");

        Assert.Equal(0, fromVisit.ExitCode);
        Assert.Equal(fromVisit.Output, fromLeadIn.Output);
        var root = JsonDocument.Parse(fromVisit.Output).RootElement;
        Assert.Equal("lgg-2011", root.GetProperty("edition").GetString());
        Assert.Equal("2011-08-08", root.GetProperty("leadInStart").GetString());
        Assert.Equal("2011-10-07", root.GetProperty("onSiteEnd").GetString());
        Assert.Equal(["2011-10-03", "2011-10-04", "2011-10-05", "2011-10-06", "2011-10-07"], root.GetProperty("onSiteDays").EnumerateArray().Select(d => d.GetString()));
        var review = root.GetProperty("milestones").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "progress-review");
        Assert.Equal(("2012-10-05", "after-visit"), (review.GetProperty("date").GetString(), review.GetProperty("phase").GetString()));
    }

    [Fact]
    public void A_bank_holiday_in_the_week_is_noted_and_the_visit_runs_on()
    {
        var run = ToolRun.Of("plan", "--on-site", "2012-05-30");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("On site:  Wednesday 30 May 2012 to Thursday 7 June 2012 (5 working days)", run.Output, StringComparison.Ordinal);
        Assert.Contains("Note:     Queen’s Diamond Jubilee (2012-06-05) falls in the visit, which runs on past it.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ics_is_crlf_with_one_all_day_event_per_milestone()
    {
        var run = ToolRun.Of("plan", "--on-site", "2011-10-03", "--format", "ics");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("END:VCALENDAR\r\n", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", run.Output.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        var lines = run.Output.Split("\r\n");
        Assert.All(lines, l => Assert.True(System.Text.Encoding.UTF8.GetByteCount(l) <= 75, l));
        var uids = lines.Where(l => l.StartsWith("UID:", StringComparison.Ordinal)).ToList();
        Assert.Equal(13, uids.Count);
        Assert.Equal(13, uids.Distinct().Count());
        Assert.Equal(13, lines.Count(l => l.StartsWith("DTSTAMP:", StringComparison.Ordinal) && l.EndsWith('Z')));
        Assert.Contains("DTSTART;VALUE=DATE:20111003", lines);
        Assert.Contains("DTEND;VALUE=DATE:20111004", lines);
    }

    [Fact]
    public void Mermaid_is_a_gantt_block()
    {
        var run = ToolRun.Of("plan", "--on-site", "2011-10-03", "--format", "mermaid", "--edition", "lga-2012");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("```mermaid\ngantt\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("    dateFormat YYYY-MM-DD\n", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("```\n", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--on-site", "2011-10-01" }, "peer-challenge plan: --on-site 2011-10-01 is a Saturday; the on-site visit must start on a working day.")]
    [InlineData(new[] { "--on-site", "2011-10-02" }, "peer-challenge plan: --on-site 2011-10-02 is a Sunday; the on-site visit must start on a working day.")]
    [InlineData(new[] { "--on-site", "2011-08-29" }, "peer-challenge plan: --on-site 2011-08-29 is a bank holiday, Summer bank holiday; the on-site visit must start on a working day.")]
    [InlineData(new[] { "--on-site", "3 October 2011" }, "peer-challenge plan: --on-site '3 October 2011' is not a date. Write dates as yyyy-MM-dd, for example 2011-10-03.")]
    [InlineData(new[] { "--on-site", "2011-02-29" }, "peer-challenge plan: --on-site '2011-02-29' is not a date. Write dates as yyyy-MM-dd, for example 2011-10-03.")]
    [InlineData(new[] { "--lead-in-start", "2011-08-07" }, "peer-challenge plan: --lead-in-start 2011-08-07 is a Sunday; the lead-in must start on a weekday.")]
    [InlineData(new[] { "--on-site", "1990-10-01" }, "peer-challenge plan: --on-site 1990-10-01 is outside the working-day calendar, which covers 1995 to 2099.")]
    [InlineData(new[] { "--on-site", "2099-10-05" }, "peer-challenge plan: the plan from 2099-10-05 runs outside the working-day calendar, which covers 1995 to 2099.")]
    [InlineData(new[] { "--on-site", "2011-10-03", "--edition", "lgg-1999" }, "peer-challenge plan: 'lgg-1999' is not a known edition. Use one of: lgg-2011, lga-2012.")]
    [InlineData(new string[0], "peer-challenge plan: give either --on-site DATE (the first on-site day) or --lead-in-start DATE, not both and not neither.")]
    [InlineData(new[] { "--on-site", "2011-10-03", "--lead-in-start", "2011-08-08" }, "peer-challenge plan: give either --on-site DATE (the first on-site day) or --lead-in-start DATE, not both and not neither.")]
    public void Bad_input_is_a_clear_message_and_exit_code_2(string[] options, string message)
    {
        var run = ToolRun.Of(["plan", .. options]);

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
        Assert.Equal(message + Environment.NewLine, run.Error);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var run = ToolRun.Of("plan", "--on-site", "2011-10-03", "--format", "pdf");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("pdf", run.Error, StringComparison.Ordinal);
    }
}
