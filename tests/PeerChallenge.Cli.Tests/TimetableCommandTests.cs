using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PeerChallenge.Cli.Tests;

/// <summary>
/// <c>peer-challenge timetable</c>: the on-site week of a record per day, per team member and per group heard, its
/// coverage, its checks, and the calendar and chart made from it.
/// </summary>
public sealed partial class TimetableCommandTests
{
    private static readonly string Example = RepositoryFiles.PathOf("docs", "examples", "rotherham-2011.json");

    private static JsonObject ExampleJson() => JsonNode.Parse(File.ReadAllText(Example))!.AsObject();

    private static JsonArray Sessions(JsonObject record) => record["timetable"]!["sessions"]!.AsArray();

    private static string[] Lines(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');

    [GeneratedRegex(@"\[(?<id>[^\]]+)\]$")]
    private static partial Regex SessionId();

    [Fact]
    public void By_day_every_session_is_shown_once_under_its_day_in_order_and_the_checks_find_nothing()
    {
        var run = ToolRun.Of("timetable", Example);

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        var lines = Lines(run.Output);
        Assert.StartsWith("Timetable: Improving safeguarding of children in Rotherham", lines[0], StringComparison.Ordinal);
        Assert.Equal("On site Monday 3 October 2011 to Friday 7 October 2011: 40 sessions.", lines[1]);
        Assert.Equal(
            ["Monday 3 October 2011", "Tuesday 4 October 2011", "Wednesday 5 October 2011", "Thursday 6 October 2011", "Friday 7 October 2011"],
            lines.Skip(2).Where(l => l.EndsWith("October 2011", StringComparison.Ordinal) && !l.StartsWith(' ')));
        var shown = lines.Select(l => SessionId().Match(l)).Where(m => m.Success).Select(m => m.Groups["id"].Value).ToList();
        Assert.Equal(Sessions(ExampleJson()).Select(s => (string)s!["id"]!).Order(StringComparer.Ordinal), shown.Order(StringComparer.Ordinal));
        Assert.Equal("Checks: the timetable rules find nothing wrong.", lines[^1]);
        Assert.Contains(lines, l => l.Contains("09:00-10:30  Opening meeting", StringComparison.Ordinal));
    }

    [Fact]
    public void By_member_each_team_member_has_their_sessions_and_the_off_site_peer_none_on_site()
    {
        var record = ExampleJson();
        var run = ToolRun.Of("timetable", Example, "--by", "member");

        Assert.Equal(0, run.ExitCode);
        var headings = Lines(run.Output).Where(l => Regex.IsMatch(l, @"^\S.*: \d+ sessions?$")).ToList();
        Assert.Equal(record["team"]!.AsArray().Count, headings.Count);
        foreach (var member in record["team"]!.AsArray())
        {
            var id = (string)member!["id"]!;
            var expected = Sessions(record).Count(s => s!["teamMembers"]!.AsArray().Any(m => (string?)m == id));
            Assert.Contains(headings, h => h.StartsWith((string?)member["name"] ?? id, StringComparison.Ordinal) && h.EndsWith($": {expected} session{(expected == 1 ? string.Empty : "s")}", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void By_group_the_groups_the_brief_names_are_each_heard()
    {
        var run = ToolRun.Of("timetable", Example, "--by", "group");

        Assert.Equal(0, run.ExitCode);
        var lines = Lines(run.Output);
        foreach (var group in new[] { "senior officer", "elected member", "partner agency", "front-line staff" })
        {
            Assert.Contains(lines, l => l.StartsWith(group + ": ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Json_by_day_has_the_days_in_order_every_session_with_its_fields_and_no_issues()
    {
        var run = ToolRun.Of("timetable", Example, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var output = JsonNode.Parse(run.Output)!.AsObject();
        Assert.Equal("day", (string?)output["by"]);
        var groups = output["groups"]!.AsArray();
        Assert.Equal(["2011-10-03", "2011-10-04", "2011-10-05", "2011-10-06", "2011-10-07"], groups.Select(g => (string?)g!["key"]));
        var sessions = groups.SelectMany(g => g!["sessions"]!.AsArray()).ToList();
        Assert.Equal(40, sessions.Count);
        Assert.All(sessions, s => Assert.StartsWith(((string?)s!.Parent!.Parent!["key"])!, (string?)s["start"], StringComparison.Ordinal));
        var first = sessions[0]!;
        Assert.Equal(("s-01", "opening-meeting", "2011-10-03T09:00", "2011-10-03T10:30"), ((string?)first["id"], (string?)first["kind"], (string?)first["start"], (string?)first["end"]));
        Assert.Equal("partner-agency", (string?)first["participants"]![0]!["roleGroup"]);
        Assert.Empty(output["issues"]!.AsArray());
    }

    [Fact]
    public void Member_keeps_only_that_peers_sessions_in_every_format()
    {
        var record = ExampleJson();
        var expected = Sessions(record).Where(s => s!["teamMembers"]!.AsArray().Any(m => (string?)m == "tm-4")).Select(s => (string)s!["id"]!).ToList();

        var json = JsonNode.Parse(ToolRun.Of("timetable", Example, "--format", "json", "--member", "tm-4").Output)!;
        var mermaid = ToolRun.Of("timetable", Example, "--format", "mermaid", "--member", "tm-4").Output;

        Assert.Equal(expected, json["groups"]!.AsArray().SelectMany(g => g!["sessions"]!.AsArray()).Select(s => (string)s!["id"]!));
        Assert.Equal(expected.Count, Lines(mermaid).Count(l => l.Contains(" :2011-10-0", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_unknown_member_is_a_usage_error_that_lists_the_ids()
    {
        var run = ToolRun.Of("timetable", Example, "--member", "tm-99");

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
        Assert.Contains("'tm-99' is not the id of a team member of this record; the ids are: tm-1,", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_is_a_matrix_of_themes_and_lines_of_enquiry_by_day_with_the_gaps_marked()
    {
        var record = ExampleJson();
        foreach (var session in Sessions(record))
        {
            var lines = session!["linesOfEnquiry"]!.AsArray();
            foreach (var line in lines.Where(l => (string?)l == "loe-2").ToList())
            {
                lines.Remove(line);
            }
        }

        var text = ToolRun.WithInput(record.ToJsonString(), "timetable", "-", "--coverage");
        var json = JsonNode.Parse(ToolRun.WithInput(record.ToJsonString(), "timetable", "-", "--coverage", "--format", "json").Output)!;

        Assert.Equal(0, text.ExitCode);
        var lines2 = Lines(text.Output);
        Assert.Contains(lines2, l => l.Contains("Mon 3", StringComparison.Ordinal) && l.Contains("Fri 7", StringComparison.Ordinal) && l.EndsWith("Total", StringComparison.Ordinal));
        Assert.Matches(@"^  loe-2\s+-\s+-\s+-\s+-\s+-\s+0  GAP$", Assert.Single(lines2, l => l.StartsWith("  loe-2", StringComparison.Ordinal)));
        Assert.Equal("Gaps: loe-2.", lines2[^1]);
        Assert.Equal(["2011-10-03", "2011-10-04", "2011-10-05", "2011-10-06", "2011-10-07"], json["days"]!.AsArray().Select(d => (string?)d));
        Assert.Equal(["loe-2"], json["gaps"]!.AsArray().Select(g => (string?)g));
        Assert.All(json["themes"]!.AsArray(), t => Assert.Equal(5, t!["sessionsPerDay"]!.AsArray().Count));
        var loe1 = json["linesOfEnquiry"]!.AsArray().Single(l => (string?)l!["code"] == "loe-1")!;
        Assert.Equal((int)loe1["sessions"]!, loe1["sessionsPerDay"]!.AsArray().Sum(n => (int)n!));
        Assert.False((bool)loe1["gap"]!);
    }

    [Fact]
    public void A_double_booked_peer_is_listed_in_the_checks_and_in_the_json_issues()
    {
        var record = ExampleJson();
        var sessions = Sessions(record);
        var clash = sessions[1]!.DeepClone().AsObject();
        clash["id"] = "s-clash";
        clash["place"] = "Library, meeting room";
        sessions.Add(clash);

        var text = ToolRun.WithInput(record.ToJsonString(), "timetable", "-");
        var json = JsonNode.Parse(ToolRun.WithInput(record.ToJsonString(), "timetable", "-", "--format", "json").Output)!;

        Assert.Equal(0, text.ExitCode);
        Assert.Contains(Lines(text.Output), l => l.StartsWith("  error   PC0801  /timetable/sessions/40", StringComparison.Ordinal));
        Assert.Contains(json["issues"]!.AsArray(), i => (string?)i!["code"] == "PC0801" && (string?)i["severity"] == "error");
    }

    [Fact]
    public void Mermaid_is_a_gantt_chart_with_a_section_per_day_and_a_bar_per_session()
    {
        var run = ToolRun.Of("timetable", Example, "--format", "mermaid");

        Assert.Equal(0, run.ExitCode);
        var lines = Lines(run.Output);
        Assert.Equal(["```mermaid", "gantt"], lines[..2]);
        Assert.Equal("```", lines[^1]);
        Assert.Equal(5, lines.Count(l => l.StartsWith("    section ", StringComparison.Ordinal)));
        var bars = lines.Where(l => l.Contains(" :2011-10-0", StringComparison.Ordinal)).ToList();
        Assert.Equal(40, bars.Count);
        Assert.All(bars, b => Assert.Matches(@"^    [^:;#]+ :\d{4}-\d\d-\d\d \d\d:\d\d, \d{4}-\d\d-\d\d \d\d:\d\d$", b));
        Assert.Contains("    09.00 Opening meeting with partner agency, senior officer (s-01) :2011-10-03 09:00, 2011-10-03 10:30", lines);
    }

    [Fact]
    public void Ics_has_one_event_per_session_confidential_in_europe_london()
    {
        var run = ToolRun.Of("timetable", Example, "--format", "ics");
        var mine = ToolRun.Of("timetable", Example, "--format", "ics", "--member", "tm-4");

        Assert.Equal(0, run.ExitCode);
        var lines = Lines(run.Output);
        Assert.Equal("BEGIN:VCALENDAR", lines[0]);
        Assert.Equal(40, lines.Count(l => l == "BEGIN:VEVENT"));
        Assert.Equal(40, lines.Count(l => l == "CLASS:CONFIDENTIAL"));
        Assert.Contains("TZID:Europe/London", lines);
        var expected = Sessions(ExampleJson()).Count(s => s!["teamMembers"]!.AsArray().Any(m => (string?)m == "tm-4"));
        Assert.Equal(expected, Lines(mine.Output).Count(l => l == "BEGIN:VEVENT"));
    }

    [Fact]
    public void A_record_without_a_timetable_exits_1_and_says_how_to_add_one()
    {
        var record = ExampleJson();
        record.Remove("timetable");

        var run = ToolRun.WithInput(record.ToJsonString(), "timetable", "-");

        Assert.Equal((1, string.Empty), (run.ExitCode, run.Output));
        Assert.Contains("- has no timetable: add the on-site sessions as timetable.sessions", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ics")]
    [InlineData("mermaid")]
    public void Coverage_is_text_or_json_only(string format)
    {
        var run = ToolRun.Of("timetable", Example, "--coverage", "--format", format);

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
        Assert.Contains($"--coverage prints text or json, not {format}", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_record_exits_2()
    {
        var run = ToolRun.WithInput("{}", "timetable", "-");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot be read as a peer challenge record", run.Error, StringComparison.Ordinal);
    }
}
