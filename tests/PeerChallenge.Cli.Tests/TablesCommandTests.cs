using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using nietras.SeparatedValues;

namespace PeerChallenge.Cli.Tests;

/// <summary>
/// <c>peer-challenge tables</c>: the questionnaire and case audit tables of a record after disclosure control, in text,
/// JSON and CSV, with the marking of what they were made from.
/// </summary>
public sealed class TablesCommandTests
{
    private static readonly string Example = RepositoryFiles.PathOf("docs", "examples", "rotherham-2011.json");

    private static readonly string[] Scale = ["agree", "neither", "disagree"];

    /// <summary>
    /// Rotherham 2011 with a staff questionnaire of one scale question and one free-text question: 20 social workers
    /// (10 agree, 7 neither, 3 disagree), 12 team managers (8 agree, 4 neither) and 3 police officers (all agree); and,
    /// unless left out, a case audit of 8 cases graded on two criteria, all involving children's social care.
    /// </summary>
    private static string Record(string? questionnaireMarking = "protect", string? auditMarking = null, bool withAudit = true, string socialWorkers = "social workers")
    {
        var record = JsonNode.Parse(File.ReadAllText(Example))!.AsObject();
        record["schemaVersion"] = "1.1.0";
        foreach (var part in new[] { "questionnaires", "caseAudit" })
        {
            record.Remove(part);
        }

        var responses = new JsonArray();
        void Add(string group, string agency, string option, int count)
        {
            for (var i = 0; i < count; i++)
            {
                responses.Add(new JsonObject
                {
                    ["id"] = $"r-{responses.Count + 1}",
                    ["respondent"] = new JsonObject { ["roleGroup"] = group, ["agencyType"] = agency },
                    ["answers"] = new JsonArray(
                        new JsonObject { ["question"] = "q1", ["option"] = option },
                        new JsonObject { ["question"] = "q2", ["text"] = "More joint training." }),
                });
            }
        }

        Add(socialWorkers, "local authority", "agree", 10);
        Add(socialWorkers, "local authority", "neither", 7);
        Add(socialWorkers, "local authority", "disagree", 3);
        Add("team managers", "local authority", "agree", 8);
        Add("team managers", "local authority", "neither", 4);
        Add("police officers", "police", "agree", 3);
        var questionnaire = new JsonObject
        {
            ["id"] = "staff",
            ["title"] = "Staff questionnaire",
            ["questions"] = new JsonArray(
                new JsonObject
                {
                    ["id"] = "q1",
                    ["text"] = "I understand the thresholds.",
                    ["options"] = new JsonArray([.. Scale.Select(o => (JsonNode)new JsonObject { ["code"] = o, ["label"] = char.ToUpperInvariant(o[0]) + o[1..] })]),
                },
                new JsonObject { ["id"] = "q2", ["text"] = "What would improve early help?" }),
            ["responses"] = responses,
        };
        if (questionnaireMarking is not null)
        {
            questionnaire["marking"] = questionnaireMarking;
        }

        record["questionnaires"] = new JsonArray(questionnaire);
        if (withAudit)
        {
            var cases = new JsonArray();
            for (var i = 0; i < 8; i++)
            {
                cases.Add(new JsonObject
                {
                    ["pseudonym"] = $"case-{i:x16}",
                    ["agencies"] = new JsonArray("children's social care"),
                    ["grades"] = new JsonArray(
                        new JsonObject { ["criterion"] = "information-sharing", ["grade"] = i < 6 ? "good" : "adequate" },
                        new JsonObject { ["criterion"] = "timeliness", ["grade"] = "good" }),
                });
            }

            var audit = new JsonObject
            {
                ["criteria"] = new JsonArray(new JsonObject { ["id"] = "information-sharing" }, new JsonObject { ["id"] = "timeliness" }),
                ["cases"] = cases,
            };
            if (auditMarking is not null)
            {
                audit["marking"] = auditMarking;
            }

            record["caseAudit"] = audit;
        }

        return record.ToJsonString();
    }

    private static JsonObject Json(ToolRun run)
    {
        Assert.Equal(0, run.ExitCode);
        return JsonNode.Parse(run.Output)!.AsObject();
    }

    private static JsonObject Table(JsonObject output, string id) =>
        output["tables"]!.AsArray().Select(t => t!.AsObject()).Single(t => (string?)t["id"] == id);

    private static string[] Cells(JsonObject table, string row) =>
        [.. table["rows"]!.AsArray().Single(r => (string?)r!["label"] == row)!["cells"]!.AsArray().Select(c => c!.ToJsonString().Trim('"'))];

    [Fact]
    public void The_json_has_the_profile_the_marking_and_one_cell_per_column_in_every_row()
    {
        var output = Json(ToolRun.WithInput(Record(), "tables", "-", "--format", "json"));

        Assert.Equal("dfe", (string?)output["profile"]);
        Assert.Equal("protect", (string?)output["marking"]);
        Assert.Equal(["staff-by-group", "staff-q1-by-group", "case-audit-by-criterion", "case-audit-by-agency"], output["tables"]!.AsArray().Select(t => (string?)t!["id"]));
        foreach (var table in output["tables"]!.AsArray().Select(t => t!.AsObject()))
        {
            var columns = table["columns"]!.AsArray().Select(c => (string?)c).ToList();
            Assert.Equal("Total", columns[^1]);
            Assert.Equal("Total", (string?)table["rows"]!.AsArray()[^1]!["label"]);
            Assert.All(table["rows"]!.AsArray(), r => Assert.Equal(columns.Count, r!["cells"]!.AsArray().Count));
            Assert.All(table["rows"]!.AsArray().SelectMany(r => r!["cells"]!.AsArray()), c => Assert.True(c!.GetValueKind() is JsonValueKind.Number || (string?)c == "c"));
        }
    }

    [Fact]
    public void Counts_of_1_to_5_and_the_cells_that_would_give_them_away_are_shown_as_c_under_dfe()
    {
        var output = Json(ToolRun.WithInput(Record(), "tables", "-", "--format", "json"));

        var byGroup = Table(output, "staff-by-group");
        Assert.Equal(["Responses", "Total"], byGroup["columns"]!.AsArray().Select(c => (string?)c));
        Assert.Equal(["c", "c"], Cells(byGroup, "police officers"));
        Assert.Equal(["20", "20"], Cells(byGroup, "social workers"));
        Assert.Equal(["35", "35"], Cells(byGroup, "Total"));

        var question = Table(output, "staff-q1-by-group");
        Assert.Equal("I understand the thresholds. (by role group)", (string?)question["title"]);
        Assert.Equal(["Agree", "Neither", "Disagree", "Total"], question["columns"]!.AsArray().Select(c => (string?)c));
        Assert.Equal("c", Cells(question, "social workers")[2]);
        Assert.Equal("c", Cells(question, "police officers")[0]);

        // The free-text question gives no table; a question's own distribution is the Total row of its table by group.
        Assert.DoesNotContain(output["tables"]!.AsArray(), t => ((string?)t!["id"])!.Contains("q2", StringComparison.Ordinal));
        Assert.DoesNotContain(output["tables"]!.AsArray(), t => (string?)t!["id"] == "staff-q1");
    }

    [Fact]
    public void Under_nhs_small_counts_are_stars_and_every_other_count_is_a_multiple_of_5()
    {
        var output = Json(ToolRun.WithInput(Record(), "tables", "-", "--profile", "nhs", "--format", "json"));

        Assert.Equal("nhs", (string?)output["profile"]);
        var cells = output["tables"]!.AsArray().SelectMany(t => t!["rows"]!.AsArray()).SelectMany(r => r!["cells"]!.AsArray()).ToList();
        Assert.Contains(cells, c => c!.GetValueKind() == JsonValueKind.String);
        Assert.All(cells, c => Assert.True(c!.GetValueKind() == JsonValueKind.Number ? (int)c % 5 == 0 : (string?)c == "*"));
        Assert.Equal(["35", "35"], Cells(Table(output, "staff-by-group"), "Total"));
    }

    [Fact]
    public void Threshold_10_suppresses_zero_too()
    {
        var output = Json(ToolRun.WithInput(Record(), "tables", "-", "--profile", "threshold-10", "--format", "json"));

        // Team managers never disagreed: a zero, suppressed under threshold-10; and no number below 10 is shown.
        Assert.Equal("c", Cells(Table(output, "staff-q1-by-group"), "team managers")[2]);
        var cells = output["tables"]!.AsArray().SelectMany(t => t!["rows"]!.AsArray()).SelectMany(r => r!["cells"]!.AsArray());
        Assert.All(cells, c => Assert.True(c!.GetValueKind() == JsonValueKind.String ? (string?)c == "c" : (int)c >= 10));
    }

    [Fact]
    public void The_marking_is_the_highest_of_the_questionnaire_and_the_audit_and_each_table_keeps_its_own()
    {
        var output = Json(ToolRun.WithInput(Record("not-protectively-marked", "restricted"), "tables", "-", "--format", "json"));

        Assert.Equal("restricted", (string?)output["marking"]);
        Assert.Equal("not-protectively-marked", (string?)Table(output, "staff-by-group")["marking"]);
        Assert.Equal("restricted", (string?)Table(output, "case-audit-by-criterion")["marking"]);
    }

    [Fact]
    public void With_nothing_marked_the_marking_is_null()
    {
        var output = Json(ToolRun.WithInput(Record(questionnaireMarking: null), "tables", "-", "--format", "json"));

        Assert.True(output.ContainsKey("marking"));
        Assert.Null(output["marking"]);
    }

    [Fact]
    public void Text_shows_the_marking_at_the_top_and_the_bottom_and_each_table_with_its_id_and_title()
    {
        var run = ToolRun.WithInput(Record(), "tables", "-");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        var lines = run.Output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal("PROTECT", lines[0]);
        Assert.Equal("PROTECT", lines[^1]);
        Assert.Contains(lines, l => l.StartsWith("Disclosure profile dfe (Department for Education): counts 1 to 5 shown as c", StringComparison.Ordinal));
        Assert.Contains("staff-by-group: Responses to Staff questionnaire by role group", lines);
        var total = lines.First(l => l.TrimStart().StartsWith("Total", StringComparison.Ordinal) && l.Contains("35", StringComparison.Ordinal));
        Assert.EndsWith("35", total, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_is_one_file_with_a_line_per_cell_that_a_csv_reader_reads_back_to_the_json_tables()
    {
        var csv = ToolRun.WithInput(Record(), "tables", "-", "--format", "csv");
        var json = Json(ToolRun.WithInput(Record(), "tables", "-", "--format", "json"));

        Assert.Equal((0, string.Empty), (csv.ExitCode, csv.Error));
        var cells = new List<(string Table, string Marking, string Row, string Column, string Value)>();
        using (var reader = Sep.Reader(o => o with { Unescape = true }).FromText(csv.Output))
        {
            Assert.Equal(["table", "title", "marking", "row", "column", "value"], reader.Header.ColNames);
            foreach (var row in reader)
            {
                cells.Add((row["table"].ToString(), row["marking"].ToString(), row["row"].ToString(), row["column"].ToString(), row["value"].ToString()));
            }
        }

        var expected = json["tables"]!.AsArray().SelectMany(t => t!["rows"]!.AsArray().SelectMany(r => r!["cells"]!.AsArray().Select((c, j) =>
            ((string)t["id"]!, (string?)t["marking"] ?? string.Empty, (string)r["label"]!, (string)t["columns"]![j]!, c!.ToJsonString().Trim('"')))));
        Assert.Equal(expected, cells);
    }

    [Fact]
    public void Csv_text_a_spreadsheet_would_run_as_a_formula_gets_an_apostrophe()
    {
        var run = ToolRun.WithInput(Record(socialWorkers: "=HYPERLINK(\"http://x\")"), "tables", "-", "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromText(run.Output);
        var rows = reader.Enumerate(r => r["row"].ToString()).ToList();
        Assert.Contains("'=HYPERLINK(\"http://x\")", rows);
        Assert.DoesNotContain(rows, r => r.StartsWith('='));
    }

    [Fact]
    public void A_record_without_questionnaires_or_audit_says_there_are_no_tables()
    {
        var record = JsonNode.Parse(Record())!.AsObject();
        record.Remove("questionnaires");
        record.Remove("caseAudit");
        var input = record.ToJsonString();

        var text = ToolRun.WithInput(input, "tables", "-");
        var json = Json(ToolRun.WithInput(input, "tables", "-", "--format", "json"));
        var csv = ToolRun.WithInput(input, "tables", "-", "--format", "csv");

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("No tables: the record has no questionnaire responses and no graded case audit.", text.Output, StringComparison.Ordinal);
        Assert.Empty(json["tables"]!.AsArray());
        Assert.Null(json["marking"]);
        Assert.Equal("table,title,marking,row,column,value", csv.Output.TrimEnd());
    }

    [Fact]
    public void The_2011_example_gives_its_questionnaire_and_audit_tables_marked_protect()
    {
        var output = Json(ToolRun.Of("tables", Example, "--format", "json"));

        Assert.Equal("protect", (string?)output["marking"]);
        var byGroup = output["tables"]![0]!.AsObject();
        Assert.EndsWith("-by-group", (string?)byGroup["id"], StringComparison.Ordinal);
        Assert.Equal(5, byGroup["rows"]!.AsArray().Count - 1);
        Assert.Equal(["60", "60"], Cells(byGroup, "Total"));
        Assert.Contains(output["tables"]!.AsArray(), t => (string?)t!["id"] == "case-audit-by-criterion");
        Assert.Contains(output["tables"]!.AsArray(), t => (string?)t!["id"] == "case-audit-by-agency");
        Assert.All(output["tables"]!.AsArray(), t => Assert.Equal("protect", (string?)t!["marking"]));
    }

    [Fact]
    public void A_group_called_Total_is_refused_with_exit_1_and_a_message()
    {
        var run = ToolRun.WithInput(Record(socialWorkers: "Total"), "tables", "-");

        Assert.Equal((1, string.Empty), (run.ExitCode, run.Output));
        Assert.Contains("is called 'Total', which the tables keep for their totals", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_with_errors_gets_a_note_on_standard_error_and_its_tables()
    {
        var record = JsonNode.Parse(Record())!.AsObject();
        record["questionnaires"]![0]!["responses"]![0]!["answers"]![0]!["option"] = "maybe";

        var run = ToolRun.WithInput(record.ToJsonString(), "tables", "-", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("note: - has 1 error ('peer-challenge validate' lists them)", run.Error, StringComparison.Ordinal);
        Assert.Equal("34", Cells(Table(JsonNode.Parse(run.Output)!.AsObject(), "staff-q1-by-group"), "Total")[^1]);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("[]")]
    public void A_file_that_is_not_a_record_exits_2_with_the_reason(string input)
    {
        var run = ToolRun.WithInput(Encoding.UTF8.GetBytes(input), "tables", "-");

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
        Assert.Contains("cannot be read as a peer challenge record", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_exits_2()
    {
        var run = ToolRun.Of("tables", "no-such-file.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot open 'no-such-file.json': the file does not exist", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_profile_is_a_usage_error()
    {
        var run = ToolRun.Of("tables", Example, "--profile", "ons");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("ons", run.Error, StringComparison.Ordinal);
    }
}
