using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PeerChallenge.Domain.Evidence;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Privacy;
using PeerChallenge.Domain.Provenance;

namespace PeerChallenge.Domain.Findings;

/// <summary>
/// Writes the traces of findings (<see cref="FindingTrace"/>) as a W3C PROV-JSON document
/// (https://www.w3.org/submissions/prov-json/): findings, evidence items and documents as entities, the gathering of
/// each evidence item as an activity of its method, the team's roles and the groups heard as agents.
/// </summary>
/// <remarks>
/// <para>
/// The document declares two prefixes: <c>pc</c> (<see cref="TermsNamespace"/>) for the terms, and <c>rec</c> for the
/// record's own things (<see cref="RecordNamespace"/>, with the scope passed in). Its statements:
/// </para>
/// <list type="bullet">
/// <item><description><c>entity</c>: each finding <c>rec:finding/ID</c> (<c>prov:type</c> <c>pc:Finding</c>, its label, kind, statement, number, priority, themes, lines of enquiry and number of independent sources), each evidence item it cites <c>rec:evidence/ID</c> (<c>pc:EvidenceItem</c>), each document those draw on <c>rec:document/ID</c> (<c>pc:Document</c>: title, kind, date, marking); an evidence item or a document not in the record is an entity with <c>pc:inRecord</c> false and nothing else;</description></item>
/// <item><description><c>activity</c>: the gathering of each evidence item in the record, <c>rec:gathering/ID</c>, whose <c>prov:type</c> is its method (<c>pc:interview</c>, <c>pc:focus-group</c>, <c>pc:case-file-reading</c>...), with its date as <c>pc:date</c>;</description></item>
/// <item><description><c>agent</c>: each role that gathered evidence, <c>rec:role/CODE</c> (<c>pc:TeamRole</c>), one per role code and never a member's name or id; and the group each evidence item comes from, <c>rec:source/ID</c> (<c>pc:SourceGroup</c>: role group, agency type, group size);</description></item>
/// <item><description>relations, each keyed by a blank id numbered in order (<c>_:wdf1</c>, <c>_:wdf2</c>...): <c>wasGeneratedBy</c> (evidence by its gathering), <c>used</c> (the gathering used a document), <c>wasAssociatedWith</c> (the gathering and a role, <c>prov:role</c> <c>pc:gatherer</c>), <c>wasAttributedTo</c> (evidence to its source group) and <c>wasDerivedFrom</c> (a finding from its evidence; evidence from its documents, through its gathering).</description></item>
/// </list>
/// <para>
/// Evidence summaries are never written: they are free text that may hold personal data. The other free text (statements,
/// titles, role groups, agency types) passes through a <see cref="PersonalDataRedactor"/> first. Ids are percent-encoded
/// where they hold characters a qualified name cannot. Numbers and booleans are typed literals
/// (<c>{"$": "8", "type": "xsd:int"}</c>), dates <c>xsd:date</c>, <c>xsd:gYearMonth</c> or <c>xsd:gYear</c> as precise as
/// known (an approximate date is its text, <c>2011~</c>). The output is deterministic: the same traces give the same
/// bytes, in the order of the traces and of their evidence, indented by two spaces with <c>\n</c> line ends.
/// </para>
/// </remarks>
public static class FindingTraceProvJsonWriter
{
    /// <summary>The namespace of the terms, prefix <c>pc</c>: <c>urn:peer-challenge:terms:</c>.</summary>
    public const string TermsNamespace = "urn:peer-challenge:terms:";

    /// <summary>The namespace of the record's things, prefix <c>rec</c>, without a scope: <c>urn:peer-challenge:record:</c>. A scope adds itself and a colon.</summary>
    public const string RecordNamespace = "urn:peer-challenge:record:";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
#if NET9_0_OR_GREATER
        NewLine = "\n",
#endif
    };

    /// <summary>Writes <paramref name="traces"/> as the text of a PROV-JSON document.</summary>
    /// <param name="traces">The traces, for example <see cref="FindingTrace.Of"/> of a record's findings.</param>
    /// <param name="edition">The record's edition, whose role names label the role agents; null (the default) labels them by their codes in words.</param>
    /// <param name="scope">Text that makes the record's ids unique across records, for example the challenge id <c>LGG-SCPC-2011-ROT</c>; null (the default) uses <see cref="RecordNamespace"/> alone.</param>
    /// <param name="redactor">The redaction applied to every free-text value written; null (the default) uses <see cref="PersonalDataRedactor.Default"/>.</param>
    /// <returns>The document's text, ending with a line end.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="traces"/> is null, or one of its items is.</exception>
    public static string Write(IEnumerable<FindingTrace> traces, Edition? edition = null, string? scope = null, PersonalDataRedactor? redactor = null)
    {
        ArgumentNullException.ThrowIfNull(traces);
        var graph = new Graph(edition, redactor ?? PersonalDataRedactor.Default);
        foreach (var trace in traces)
        {
            ArgumentNullException.ThrowIfNull(trace, nameof(traces));
            graph.Add(trace);
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            graph.Write(writer, string.IsNullOrEmpty(scope) ? RecordNamespace : $"{RecordNamespace}{Uri.EscapeDataString(scope)}:");
        }

        var text = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);

        // Before .NET 9 the writer ends indented lines with the platform's line end; values never hold a raw one.
        return text.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    /// <summary>The local part of a qualified name for <paramref name="id"/>: percent-encoded but for letters, digits and <c>-._~</c>, a final dot encoded too.</summary>
    internal static string LocalName(string kind, string id)
    {
        var escaped = Uri.EscapeDataString(id ?? string.Empty);
        return $"{kind}/{(escaped.EndsWith('.') ? escaped[..^1] + "%2E" : escaped)}";
    }

    /// <summary>The statements of the document, gathered from the traces, each thing once, in the order first met.</summary>
    private sealed class Graph(Edition? edition, PersonalDataRedactor redactor)
    {
        private readonly List<FindingTrace> _findings = [];
        private readonly HashSet<string> _findingIds = new(StringComparer.Ordinal);
        private readonly List<TracedEvidence> _evidence = [];
        private readonly HashSet<string> _evidenceIds = new(StringComparer.Ordinal);
        private readonly List<TracedDocument> _documents = [];
        private readonly HashSet<string> _documentIds = new(StringComparer.Ordinal);
        private readonly List<RoleCode> _roles = [];

        internal void Add(FindingTrace trace)
        {
            // A finding id twice (PC0105) is one entity: the first trace of it counts.
            if (!_findingIds.Add(trace.Finding.Id ?? string.Empty))
            {
                return;
            }

            _findings.Add(trace);
            foreach (var step in trace.Evidence.Where(s => _evidenceIds.Add(s.Id)))
            {
                _evidence.Add(step);
                _documents.AddRange(step.Documents.Where(d => _documentIds.Add(d.Id)));
                _roles.AddRange(step.GatheredBy.Where(r => !_roles.Contains(r)));
            }
        }

        internal void Write(Utf8JsonWriter writer, string recordNamespace)
        {
            writer.WriteStartObject();
            writer.WriteStartObject("prefix");
            writer.WriteString("pc", TermsNamespace);
            writer.WriteString("rec", recordNamespace);
            writer.WriteEndObject();

            writer.WriteStartObject("entity");
            foreach (var trace in _findings)
            {
                WriteFinding(writer, trace);
            }

            foreach (var step in _evidence)
            {
                WriteEvidence(writer, step);
            }

            foreach (var document in _documents)
            {
                WriteDocument(writer, document);
            }

            writer.WriteEndObject();

            var gathered = _evidence.Where(e => e.Item is not null).ToList();
            writer.WriteStartObject("activity");
            foreach (var step in gathered)
            {
                writer.WriteStartObject(Gathering(step));
                QualifiedName(writer, "prov:type", "pc:" + step.Item!.Method.Code);
                writer.WriteString("prov:label", $"{step.Item.Method.DisplayName} ({step.Id})");
                Date(writer, step.Item.Date);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();

            writer.WriteStartObject("agent");
            foreach (var role in _roles)
            {
                writer.WriteStartObject(Role(role));
                QualifiedName(writer, "prov:type", "pc:TeamRole");
                writer.WriteString("prov:label", edition?.FindRole(role)?.Name ?? role.Value.Replace('-', ' '));
                writer.WriteString("pc:role", role.Value);
                writer.WriteEndObject();
            }

            foreach (var step in gathered.Where(s => s.Source is not null))
            {
                var source = step.Source!;
                var group = Text(source.RoleGroup);
                var agency = Text(source.AgencyType);
                writer.WriteStartObject(Source(step));
                QualifiedName(writer, "prov:type", "pc:SourceGroup");
                writer.WriteString("prov:label", string.IsNullOrWhiteSpace(agency) ? group : $"{group} ({agency})");
                writer.WriteString("pc:roleGroup", group);
                writer.WriteString("pc:agencyType", agency);
                if (source.GroupSize is { } size)
                {
                    Integer(writer, "pc:groupSize", size);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();

            Relations(writer, "wasGeneratedBy", "_:wgb", gathered.Select(s => new[] { ("prov:entity", Evidence(s.Id)), ("prov:activity", Gathering(s)) }));
            Relations(writer, "used", "_:u", gathered.SelectMany(s => s.Documents.Select(d => new[] { ("prov:activity", Gathering(s)), ("prov:entity", Document(d.Id)) })));
            Relations(writer, "wasAssociatedWith", "_:waw", gathered.SelectMany(s => s.GatheredBy.Select(r => new[] { ("prov:activity", Gathering(s)), ("prov:agent", Role(r)) })), "pc:gatherer");
            Relations(writer, "wasAttributedTo", "_:wat", gathered.Where(s => s.Source is not null).Select(s => new[] { ("prov:entity", Evidence(s.Id)), ("prov:agent", Source(s)) }));
            var fromEvidence = _findings.SelectMany(t => t.Evidence.Select(e => new[] { ("prov:generatedEntity", Finding(t.Finding.Id)), ("prov:usedEntity", Evidence(e.Id)) }));
            var fromDocuments = gathered.SelectMany(s => s.Documents.Select(d => new[] { ("prov:generatedEntity", Evidence(s.Id)), ("prov:usedEntity", Document(d.Id)), ("prov:activity", Gathering(s)) }));
            Relations(writer, "wasDerivedFrom", "_:wdf", fromEvidence.Concat(fromDocuments));
            writer.WriteEndObject();
        }

        private void WriteFinding(Utf8JsonWriter writer, FindingTrace trace)
        {
            var finding = trace.Finding;
            writer.WriteStartObject(Finding(finding.Id));
            QualifiedName(writer, "prov:type", "pc:Finding");
            writer.WriteString("prov:label", trace.Label);
            writer.WriteString("pc:kind", finding.Kind);
            writer.WriteString("pc:statement", Text(finding.Statement));
            if (finding.Number is { } number)
            {
                Integer(writer, "pc:number", number);
            }

            if (finding.Priority is { } priority)
            {
                writer.WriteString("pc:priority", priority.Code);
            }

            Strings(writer, "pc:theme", finding.Themes.Select(t => t.Value));
            Strings(writer, "pc:lineOfEnquiry", finding.LinesOfEnquiry);
            Integer(writer, "pc:independentSources", trace.IndependentSources.Count);
            writer.WriteEndObject();
        }

        private static void WriteEvidence(Utf8JsonWriter writer, TracedEvidence step)
        {
            writer.WriteStartObject(Evidence(step.Id));
            QualifiedName(writer, "prov:type", "pc:EvidenceItem");
            if (step.Item is not { } item)
            {
                Boolean(writer, "pc:inRecord", false);
                writer.WriteEndObject();
                return;
            }

            writer.WriteString("prov:label", $"{item.Method.DisplayName} ({step.Id})");
            writer.WriteString("pc:method", item.Method.Code);
            Date(writer, item.Date);
            Strings(writer, "pc:theme", item.Themes.Select(t => t.Value));
            Strings(writer, "pc:lineOfEnquiry", item.LinesOfEnquiry);
            writer.WriteEndObject();
        }

        private void WriteDocument(Utf8JsonWriter writer, TracedDocument traced)
        {
            writer.WriteStartObject(Document(traced.Id));
            QualifiedName(writer, "prov:type", "pc:Document");
            if (traced.Document is not { } document)
            {
                Boolean(writer, "pc:inRecord", false);
                writer.WriteEndObject();
                return;
            }

            writer.WriteString("prov:label", Text(document.Title));
            writer.WriteString("pc:documentKind", document.Kind.Code);
            Date(writer, document.Date);
            if (document.Marking is { } marking)
            {
                writer.WriteString("pc:marking", marking.Code);
            }

            writer.WriteEndObject();
        }

        /// <summary>Writes one relation object, its statements keyed <c>{prefix}1</c>, <c>{prefix}2</c>...; with <paramref name="role"/>, each has it as <c>prov:role</c>.</summary>
        private static void Relations(Utf8JsonWriter writer, string name, string prefix, IEnumerable<(string Name, string Value)[]> statements, string? role = null)
        {
            writer.WriteStartObject(name);
            var n = 0;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var statement in statements)
            {
                // The same relation twice (a finding citing evidence twice is one step already) is written once.
                if (!seen.Add(string.Join("\n", statement.Select(s => s.Value))))
                {
                    continue;
                }

                writer.WriteStartObject(prefix + (++n).ToString(CultureInfo.InvariantCulture));
                foreach (var (key, value) in statement)
                {
                    writer.WriteString(key, value);
                }

                if (role is not null)
                {
                    QualifiedName(writer, "prov:role", role);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        private string Text(string? text) => string.IsNullOrEmpty(text) ? text ?? string.Empty : redactor.Redact(text);

        private static string Finding(string id) => "rec:" + LocalName("finding", id);

        private static string Evidence(string id) => "rec:" + LocalName("evidence", id);

        private static string Document(string id) => "rec:" + LocalName("document", id);

        private static string Gathering(TracedEvidence step) => "rec:" + LocalName("gathering", step.Id);

        private static string Source(TracedEvidence step) => "rec:" + LocalName("source", step.Id);

        private static string Role(RoleCode role) => "rec:" + LocalName("role", role.Value);

        private static void QualifiedName(Utf8JsonWriter writer, string name, string value)
        {
            writer.WriteStartObject(name);
            writer.WriteString("$", value);
            writer.WriteString("type", "xsd:QName");
            writer.WriteEndObject();
        }

        private static void Integer(Utf8JsonWriter writer, string name, int value) => Typed(writer, name, value.ToString(CultureInfo.InvariantCulture), "xsd:int");

        private static void Boolean(Utf8JsonWriter writer, string name, bool value) => Typed(writer, name, value ? "true" : "false", "xsd:boolean");

        private static void Typed(Utf8JsonWriter writer, string name, string value, string type)
        {
            writer.WriteStartObject(name);
            writer.WriteString("$", value);
            writer.WriteString("type", type);
            writer.WriteEndObject();
        }

        /// <summary>A date as precise as known: <c>xsd:date</c>, <c>xsd:gYearMonth</c> or <c>xsd:gYear</c>; an approximate one as its text (<c>2011~</c>).</summary>
        private static void Date(Utf8JsonWriter writer, PartialDate? date)
        {
            if (date is not { } known)
            {
                return;
            }

            if (known.IsApproximate)
            {
                writer.WriteString("pc:date", known.ToString());
                return;
            }

            Typed(writer, "pc:date", known.ToString(), known.Precision switch
            {
                DatePrecision.Year => "xsd:gYear",
                DatePrecision.Month => "xsd:gYearMonth",
                _ => "xsd:date",
            });
        }

        /// <summary>A list of strings, written only when it has some.</summary>
        private static void Strings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
        {
            var list = values.ToList();
            if (list.Count == 0)
            {
                return;
            }

            writer.WriteStartArray(name);
            foreach (var value in list)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        }
    }
}
