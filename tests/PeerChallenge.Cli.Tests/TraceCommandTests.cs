using System.Text.Json;
using System.Text.Json.Nodes;
using PeerChallenge.Domain;
using PeerChallenge.Domain.Findings;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Privacy;
using PeerChallenge.Domain.Serialization;

namespace PeerChallenge.Cli.Tests;

/// <summary>
/// <c>peer-challenge trace</c>: how each finding of a record was reached, as a tree for people and as W3C PROV-JSON, with
/// the team shown by role only and what the record does not have shown as such.
/// </summary>
public sealed class TraceCommandTests
{
    private static readonly string Example = RepositoryFiles.PathOf("docs", "examples", "rotherham-2011.json");

    private static readonly ChallengeRecord Rotherham = ChallengeRecordReader.Read(File.ReadAllText(Example)).Value!;

    private static JsonObject ExampleJson() => JsonNode.Parse(File.ReadAllText(Example))!.AsObject();

    private static string[] Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

    [Fact]
    public void Text_shows_every_finding_with_its_evidence_sources_documents_and_independent_sources()
    {
        var run = ToolRun.Of("trace", Example);

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        var lines = Lines(run.Output);
        Assert.Equal("How the findings were reached: Improving safeguarding of children in Rotherham Borough Council: Local Government Group peer challenge, 3rd to 7th October 2011 (16 findings)", lines[0]);
        Assert.Equal(16, lines.Count(l => l.StartsWith("  independent sources: ", StringComparison.Ordinal)));
        var block = lines.SkipWhile(l => !l.StartsWith("Recommendation 2 (f-7): ", StringComparison.Ordinal)).TakeWhile(l => l.Length > 0).ToList();
        Assert.Equal(
            [
                "Recommendation 2 (f-7): Develop a performance framework for early intervention so that the council and its partners can show its impact.",
                "  priority: medium",
                "  themes: Vision, Strategy and Leadership; Outcomes",
                "  lines of enquiry: loe-1",
                "  <- ev-1 document review, 2011-09-12, gathered by Off-site Peer",
                "       summary: The self-assessment, the plan and the performance scorecard were read before the visit. The self-assessment is candid about the use of the CAF, and early intervention is the area with the least performance information.",
                "       <- doc-1 \"Children and Young People's Plan 2010-13\" (plan, 2010-04, NOT PROTECTIVELY MARKED)",
                "       <- doc-4 \"Children and young people's services performance scorecard, quarter 1 2011-12\" (performance report, 2011-07, PROTECT)",
                "       <- doc-5 \"Safeguarding children self-assessment for the peer challenge\" (self-assessment, 2011-09-09, PROTECT)",
                "  <- ev-5 interview, 2011-10-03, gathered by Team Leader, Member Peer",
                "       heard: senior managers (local authority), group of 4",
                "       summary: Senior managers described a shared ambition for early intervention. They acknowledged that the decisions of the multi-agency resource panel were not yet linked to a clear view of value for money.",
                "       <- doc-5 \"Safeguarding children self-assessment for the peer challenge\" (self-assessment, 2011-09-09, PROTECT)",
                "  independent sources: 2 (document review ev-1; interview ev-5)",
            ],
            block);
    }

    [Fact]
    public void A_finding_id_shows_that_finding_only()
    {
        var run = ToolRun.Of("trace", Example, "f-6");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        var lines = Lines(run.Output);
        Assert.StartsWith("How the finding f-6 was reached: Improving safeguarding", lines[0], StringComparison.Ordinal);
        Assert.Equal("Recommendation 1 (f-6): Agree with schools and partners a single understanding of thresholds and of the CAF, and give partners feedback on the referrals they make.", lines[2]);
        Assert.Single(lines, l => l.StartsWith("  independent sources: ", StringComparison.Ordinal));
        Assert.Equal("  independent sources: 3 (questionnaire ev-3; focus group ev-6; focus group ev-12)", lines.Single(l => l.StartsWith("  independent sources: ", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("text")]
    [InlineData("prov-json")]
    public void Neither_format_holds_a_team_member_name_or_id(string format)
    {
        var output = ToolRun.Of("trace", Example, "--format", format).Output;

        Assert.All(Rotherham.Team, m =>
        {
            Assert.DoesNotContain(m.Id, output, StringComparison.Ordinal);
            Assert.DoesNotContain(m.Name!, output, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(m.HomeOrganisation!.Name, output, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public void Prov_json_is_the_domain_writers_document_of_the_record_with_no_summaries()
    {
        var run = ToolRun.Of("trace", Example, "--format", "prov-json");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        var traces = FindingTrace.Of(Rotherham.Findings, Rotherham.Evidence, Rotherham.Documents, Rotherham.Team);
        Assert.Equal(FindingTraceProvJsonWriter.Write(traces, BuiltInEditions.Lgg2011, "LGG-SCPC-2011-ROT"), run.Output.Replace("\r\n", "\n", StringComparison.Ordinal));
        var json = JsonDocument.Parse(run.Output).RootElement;
        var entities = json.GetProperty("entity").EnumerateObject().Select(e => e.Name).ToList();
        Assert.Equal(16, entities.Count(e => e.StartsWith("rec:finding/", StringComparison.Ordinal)));
        Assert.Equal(12, entities.Count(e => e.StartsWith("rec:evidence/", StringComparison.Ordinal)));
        Assert.Equal(12, json.GetProperty("activity").EnumerateObject().Count());
        Assert.All(Rotherham.Evidence, e => Assert.DoesNotContain(e.Summary![..40], run.Output, StringComparison.Ordinal));
    }

    [Fact]
    public void Prov_json_of_one_finding_holds_that_finding_and_what_it_rests_on()
    {
        var json = JsonDocument.Parse(ToolRun.Of("trace", Example, "f-7", "--format", "prov-json").Output).RootElement;

        Assert.Equal(
            ["rec:finding/f-7", "rec:evidence/ev-1", "rec:evidence/ev-5", "rec:document/doc-1", "rec:document/doc-4", "rec:document/doc-5"],
            json.GetProperty("entity").EnumerateObject().Select(e => e.Name));
        Assert.Equal(
            ["rec:role/off-site-peer", "rec:role/team-leader", "rec:role/member-peer", "rec:source/ev-5"],
            json.GetProperty("agent").EnumerateObject().Select(e => e.Name));
    }

    [Fact]
    public void An_unknown_finding_id_is_a_usage_error_that_lists_the_ids()
    {
        var run = ToolRun.Of("trace", Example, "f-99");

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
        Assert.Equal(
            "peer-challenge trace: 'f-99' is not the id of a finding of this record; the ids are: f-1, f-2, f-3, f-4, f-5, f-6, f-7, f-8, f-9, f-10, f-11, f-12, f-13, f-14, f-15, f-16.\n",
            run.Error.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void A_finding_id_of_a_record_without_findings_says_it_has_none()
    {
        var record = ExampleJson();
        foreach (var part in new[] { "findings", "feedback", "report", "actionPlan" })
        {
            record.Remove(part);
        }

        var run = ToolRun.WithInput(record.ToJsonString(), "trace", "-", "f-1");
        var all = ToolRun.WithInput(record.ToJsonString(), "trace", "-");

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
        Assert.Contains("'f-1' is not the id of a finding of this record; the record has no findings.", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, all.ExitCode);
        Assert.Contains("(0 findings)\n\nNo findings: the record has none.\n", all.Output.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void What_the_record_does_not_have_is_shown_as_not_in_the_record_with_a_note_on_standard_error()
    {
        var record = ExampleJson();
        var finding = record["findings"]!.AsArray().Single(f => (string?)f!["id"] == "f-7")!;
        finding["evidence"]!.AsArray().Add("ev-99");
        var review = record["evidence"]!.AsArray().Single(e => (string?)e!["id"] == "ev-1")!;
        review["documents"]!.AsArray().Add("doc-99");
        review["gatheredBy"]!.AsArray().Add("tm-99");

        var run = ToolRun.WithInput(record.ToJsonString(), "trace", "-", "f-7");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("peer-challenge trace: note: - has 3 errors ('peer-challenge validate' lists them); the trace shows what the record has.", run.Error, StringComparison.Ordinal);
        var lines = Lines(run.Output);
        Assert.Contains("  <- ev-1 document review, 2011-09-12, gathered by Off-site Peer, 1 gatherer not on the team", lines);
        Assert.Contains("       <- doc-99: not in the record", lines);
        Assert.Contains("  <- ev-99: not in the record", lines);
        Assert.Contains("  independent sources: 2 (document review ev-1; interview ev-5); not counted, not in the record: ev-99", lines);
        Assert.DoesNotContain("tm-99", run.Output, StringComparison.Ordinal);

        var json = JsonDocument.Parse(ToolRun.WithInput(record.ToJsonString(), "trace", "-", "f-7", "--format", "prov-json").Output).RootElement;
        Assert.Equal("false", json.GetProperty("entity").GetProperty("rec:evidence/ev-99").GetProperty("pc:inRecord").GetProperty("$").GetString());
        Assert.Equal("false", json.GetProperty("entity").GetProperty("rec:document/doc-99").GetProperty("pc:inRecord").GetProperty("$").GetString());
    }

    [Fact]
    public void A_finding_on_one_source_is_said_to_rest_on_fewer_than_two()
    {
        var record = ExampleJson();
        var finding = record["findings"]!.AsArray().Single(f => (string?)f!["id"] == "f-7")!;
        finding["evidence"] = new JsonArray("ev-5");

        var lines = Lines(ToolRun.WithInput(record.ToJsonString(), "trace", "-", "f-7").Output);

        Assert.Contains("  independent sources: 1 (interview ev-5); fewer than the two a finding should rest on (PC0903)", lines);
    }

    [Fact]
    public void A_summary_that_names_a_team_member_loses_the_name_even_one_the_scanner_does_not_know()
    {
        const string Summary = "Twelve case files were read with Zebedee against five criteria.";
        Assert.Equal(Summary, PersonalDataRedactor.Default.Redact(Summary));
        var record = ExampleJson();
        record["team"]![0]!["name"] = "Zebedee Quillfeather";
        record["evidence"]!.AsArray().Single(e => (string?)e!["id"] == "ev-4")!["summary"] = Summary;

        var run = ToolRun.WithInput(record.ToJsonString(), "trace", "-", "f-8");

        Assert.Contains("       summary: Twelve case files were read with [PERSON] against five criteria.", Lines(run.Output));
        Assert.DoesNotContain("Zebedee", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Quillfeather", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_from_the_record_are_escaped_in_text()
    {
        var record = ExampleJson();
        record["findings"]![0]!["statement"] = "Thresholds are understood.\u001B[2J\nSpoofed line";

        var output = ToolRun.WithInput(record.ToJsonString(), "trace", "-", "f-1").Output;

        Assert.Contains(@"Strength (f-1): Thresholds are understood.\u001B[2J\nSpoofed line", Lines(output));
        Assert.DoesNotContain('\u001B', output);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var run = ToolRun.Of("trace", Example, "--format", "json");

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
        Assert.Contains("Run 'peer-challenge help trace' for usage.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_record_exits_2()
    {
        var missing = ToolRun.Of("trace", Path.Combine(Path.GetTempPath(), "no-such-record.json"));
        var empty = ToolRun.WithInput("{}", "trace", "-");

        Assert.Equal((2, string.Empty), (missing.ExitCode, missing.Output));
        Assert.Contains("the file does not exist", missing.Error, StringComparison.Ordinal);
        Assert.Equal((2, string.Empty), (empty.ExitCode, empty.Output));
        Assert.Contains("cannot be read as a peer challenge record", empty.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_examples_of_docs_findings_and_report_are_what_the_tool_prints()
    {
        var doc = RepositoryFiles.Read("docs", "findings-and-report.md").Replace("\r\n", "\n", StringComparison.Ordinal);
        var section = doc[doc.IndexOf("## How a finding was reached: `peer-challenge trace`", StringComparison.Ordinal)..];
        const string Command = "$ peer-challenge trace docs/examples/rotherham-2011.json f-8\n";
        var text = section[(section.IndexOf(Command, StringComparison.Ordinal) + Command.Length)..];
        var json = section[(section.IndexOf("```json\n", StringComparison.Ordinal) + "```json\n".Length)..];

        Assert.Equal(ToolRun.Of("trace", Example, "f-8").Output.Replace("\r\n", "\n", StringComparison.Ordinal), text[..(text.IndexOf("```", StringComparison.Ordinal))]);
        var excerpt = JsonNode.Parse(json[..json.IndexOf("```", StringComparison.Ordinal)])!.AsObject();
        var whole = JsonNode.Parse(ToolRun.Of("trace", Example, "f-8", "--format", "prov-json").Output)!.AsObject();
        Assert.Equal(whole.Select(p => p.Key), excerpt.Select(p => p.Key));
        Assert.All(excerpt.Where(p => p.Key != "prefix"), part => Assert.All(part.Value!.AsObject(), statement =>
            Assert.True(JsonNode.DeepEquals(whole[part.Key]![statement.Key], statement.Value), $"{part.Key} {statement.Key} differs from the tool's")));
        Assert.True(JsonNode.DeepEquals(whole["prefix"], excerpt["prefix"]));
    }

    [Fact]
    public void Help_gives_the_exit_codes_what_is_left_out_and_examples()
    {
        var run = ToolRun.Of("help", "trace");
        var help = run.Output.Replace("\r\n", "\n", StringComparison.Ordinal);

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Contains("Usage:\n  peer-challenge trace <FILE> [<FINDING-ID>] [options]", help, StringComparison.Ordinal);
        Assert.Contains("never by name or id", string.Join(' ', help.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.Contains("prov-json leaves them out", string.Join(' ', help.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.EndsWith("  peer-challenge trace record.json --format prov-json > findings.prov.json\n\n", help, StringComparison.Ordinal);
        Assert.Equal(run, ToolRun.Of("trace", "--help"));
    }
}
