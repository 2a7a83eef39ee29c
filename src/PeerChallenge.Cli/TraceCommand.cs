using System.CommandLine;
using System.Globalization;
using PeerChallenge.Domain;
using PeerChallenge.Domain.Evidence;
using PeerChallenge.Domain.Findings;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Privacy;

namespace PeerChallenge.Cli;

/// <summary>
/// <c>peer-challenge trace FILE [FINDING-ID]</c>: how each finding (or one) was reached, finding to evidence to sources
/// and documents, as a tree for people or as W3C PROV-JSON. The team is shown by role only, never by name or id.
/// </summary>
internal static class TraceCommand
{
    private const string Name = "peer-challenge trace";

    internal static readonly string[] Examples =
    [
        "peer-challenge trace docs/examples/rotherham-2011.json",
        "peer-challenge trace docs/examples/rotherham-2011.json f-6",
        "peer-challenge trace record.json --format prov-json > findings.prov.json",
    ];

    internal static Command Create(Terminal terminal)
    {
        var file = new Argument<string>("FILE") { Description = "A challenge record JSON file; '-' reads standard input." };
        var finding = new Argument<string?>("FINDING-ID")
        {
            Description = "Only this finding (its id, for example f-6); without it, every finding of the record.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = FormatOption.Create(
            "Output format: text (a tree for people: each finding, the evidence it rests on with its method, date, the roles that gathered it, the group heard, "
                + "its summary and documents, and its independent sources) or prov-json (W3C PROV-JSON: findings, evidence and documents as entities, "
                + "the gathering of each evidence item as an activity of its method, team roles and groups heard as agents; no summaries).",
            "text",
            "prov-json");

        var command = new Command(
            "trace",
            "Show how each finding of a record was reached: the evidence it rests on, who that evidence came from (as a group) and which team roles gathered it, "
                + "the documents it draws on, and its independent sources as the triangulation rule counts them (PC0903). Evidence or documents the record does not have "
                + "are shown as not in the record. The team is shown by role, never by name or id. Evidence summaries are free text: text prints them only after "
                + "the personal-data scanner's redaction (as 'redact' does, the team's own names added), and prov-json leaves them out; every other free text "
                + "(statements, titles, groups) is redacted the same way. Exit code 0: shown (a record with errors gets a note on standard error); "
                + "2: the file cannot be read, or FINDING-ID is not the id of one of its findings.")
        {
            file,
            finding,
            format,
        };
        command.SetAction(parseResult => Run(parseResult.GetValue(file)!, parseResult.GetValue(finding), parseResult.GetValue(format)!, terminal));
        return command;
    }

    private static int Run(string file, string? findingId, string format, Terminal terminal)
    {
        if (!RecordInput.TryRead(Name, file, terminal, out var record))
        {
            return ExitCodes.UsageOrUnreadable;
        }

        var findings = record.Findings;
        if (findingId is not null)
        {
            findings = [.. record.Findings.Where(f => f.Id == findingId).Take(1)];
            if (findings.Count == 0)
            {
                var known = record.Findings.Count == 0
                    ? "the record has no findings"
                    : $"the ids are: {TerminalText.Escape(string.Join(", ", record.Findings.Select(f => f.Id).Distinct(StringComparer.Ordinal)))}";
                terminal.Error.WriteLine($"{Name}: '{TerminalText.Escape(findingId)}' is not the id of a finding of this record; {known}.");
                return ExitCodes.UsageOrUnreadable;
            }
        }

        RecordInput.NoteErrors(Name, file, record, terminal, "the trace shows what the record has.");

        var edition = record.EditionDefinition ?? (EditionCatalog.BuiltIn.TryFind(record.Edition, out var builtIn) ? builtIn : null);
        var traces = FindingTrace.Of(findings, record.Evidence, record.Documents, record.Team);
        var redactor = new PersonalDataRedactor(TeamAwareScanner(record), RedactionOperator.Replace);
        if (format == "prov-json")
        {
            terminal.Output.Write(FindingTraceProvJsonWriter.Write(traces, edition, record.Id.Value, redactor));
        }
        else
        {
            WriteText(traces, record, edition, redactor, findingId is null, terminal.Output);
        }

        return ExitCodes.Ok;
    }

    /// <summary>
    /// The default scanner with the team's own names added to its gazetteer (every word of a name but the last as a
    /// forename, the last as a surname), so that a summary that names a team member loses the name even when the
    /// gazetteer does not list it.
    /// </summary>
    private static PersonalDataScanner TeamAwareScanner(ChallengeRecord record)
    {
        var words = record.Team.Select(m => m.Name)
            .Where(n => !string.IsNullOrWhiteSpace(n))
            .Select(n => n!.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(w => w.Trim('*', '.', ','))
                .Where(w => w.Length > 1 && w[0] != '#')
                .ToList())
            .Where(w => w.Count > 0)
            .ToList();
        if (words.Count == 0)
        {
            return PersonalDataScanner.Default;
        }

        var names = PersonalDataScannerOptions.Default.Names
            .WithForenames(words.SelectMany(w => w.Count == 1 ? w : w[..^1]))
            .WithSurnames(words.Where(w => w.Count > 1).Select(w => w[^1]));
        return new PersonalDataScanner(PersonalDataScannerOptions.Default with { Names = names });
    }

    private static void WriteText(IReadOnlyList<FindingTrace> traces, ChallengeRecord record, Edition? edition, PersonalDataRedactor redactor, bool all, TextWriter output)
    {
        string Free(string? text) => TerminalText.Escape(string.IsNullOrEmpty(text) ? text : redactor.Redact(text));

        var title = TerminalText.Escape(record.Title ?? record.Id.ToString());
        output.WriteLine(all
            ? $"How the findings were reached: {title} ({Plural(traces.Count, "finding")})"
            : $"How the finding {TerminalText.Escape(traces[0].Finding.Id)} was reached: {title}");
        if (traces.Count == 0)
        {
            output.WriteLine();
            output.WriteLine("No findings: the record has none.");
        }

        foreach (var trace in traces)
        {
            var finding = trace.Finding;
            output.WriteLine();
            output.WriteLine($"{TerminalText.Escape(trace.Label)}: {Free(finding.Statement)}");
            if (finding.Priority is { } priority)
            {
                output.WriteLine($"  priority: {priority.Code}");
            }

            if (finding.Themes.Count > 0)
            {
                output.WriteLine($"  themes: {TerminalText.Escape(string.Join("; ", finding.Themes.Select(t => edition?.FindTheme(t)?.Name ?? t.Value)))}");
            }

            if (finding.LinesOfEnquiry.Count > 0)
            {
                output.WriteLine($"  lines of enquiry: {TerminalText.Escape(string.Join(", ", finding.LinesOfEnquiry))}");
            }

            if (trace.Evidence.Count == 0)
            {
                output.WriteLine("  cites no evidence");
            }

            foreach (var step in trace.Evidence)
            {
                WriteStep(step, edition, Free, output);
            }

            var sources = trace.IndependentSources;
            var counted = sources.Count == 0
                ? string.Empty
                : $" ({string.Join("; ", sources.Select(s => $"{Method(s[0].Item!.Method)} {string.Join(", ", s.Select(e => TerminalText.Escape(e.Id)))}"))})";
            var missing = trace.EvidenceNotInRecord.Count == 0
                ? string.Empty
                : $"; not counted, not in the record: {TerminalText.Escape(string.Join(", ", trace.EvidenceNotInRecord))}";
            var few = sources.Count < 2 ? "; fewer than the two a finding should rest on (PC0903)" : string.Empty;
            output.WriteLine($"  independent sources: {sources.Count.ToString(CultureInfo.InvariantCulture)}{counted}{missing}{few}");
        }
    }

    private static void WriteStep(TracedEvidence step, Edition? edition, Func<string?, string> free, TextWriter output)
    {
        if (step.Item is not { } item)
        {
            output.WriteLine($"  <- {TerminalText.Escape(step.Id)}: not in the record");
            return;
        }

        var roles = step.GatheredBy.Select(r => edition?.FindRole(r)?.Name ?? r.Value.Replace('-', ' ')).ToList();
        if (step.GatherersNotInTeam > 0)
        {
            roles.Add(step.GatherersNotInTeam == 1 ? "1 gatherer not on the team" : $"{step.GatherersNotInTeam} gatherers not on the team");
        }

        var gathered = roles.Count == 0 ? "gatherers not recorded" : $"gathered by {string.Join(", ", roles)}";
        var date = item.Date is { } known ? known.ToString() : "undated";
        output.WriteLine($"  <- {TerminalText.Escape(step.Id)} {Method(item.Method)}, {date}, {TerminalText.Escape(gathered)}");
        const string Indent = "       ";
        if (step.Source is { } source)
        {
            var agency = string.IsNullOrWhiteSpace(source.AgencyType) ? string.Empty : $" ({free(source.AgencyType)})";
            var size = source.GroupSize is { } n ? $", group of {n.ToString(CultureInfo.InvariantCulture)}" : string.Empty;
            output.WriteLine($"{Indent}heard: {free(source.RoleGroup)}{agency}{size}");
        }

        if (!string.IsNullOrWhiteSpace(item.Summary))
        {
            output.WriteLine($"{Indent}summary: {free(item.Summary)}");
        }

        foreach (var traced in step.Documents)
        {
            if (traced.Document is not { } document)
            {
                output.WriteLine($"{Indent}<- {TerminalText.Escape(traced.Id)}: not in the record");
                continue;
            }

            var details = new[] { document.Kind.DisplayName.ToLowerInvariant(), document.Date?.ToString(), document.Marking?.DisplayName }.Where(d => d is not null);
            output.WriteLine($"{Indent}<- {TerminalText.Escape(traced.Id)} \"{free(document.Title)}\" ({string.Join(", ", details)})");
        }
    }

    private static string Method(EvidenceMethod method) => method.DisplayName.ToLowerInvariant();

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count.ToString(CultureInfo.InvariantCulture)} {noun}s";
}
