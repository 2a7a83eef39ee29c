using System.Text.Json;
using PeerChallenge.Domain.Evidence;
using PeerChallenge.Domain.Findings;

namespace PeerChallenge.Domain.Tests.Findings;

/// <summary>
/// <see cref="FindingTraceProvJsonWriter"/>: the traces of findings as W3C PROV-JSON, read back with System.Text.Json
/// and checked as a PROV consumer would read them, and for what must never be in them (the team's names and ids, the
/// evidence summaries).
/// </summary>
public sealed class FindingTraceProvJsonWriterTests
{
    private static readonly ChallengeRecord Rotherham = FindingTraceTests.Rotherham;

    private static readonly IReadOnlyList<FindingTrace> Traces = FindingTrace.Of(Rotherham.Findings, Rotherham.Evidence, Rotherham.Documents, Rotherham.Team);

    private static readonly string Output = FindingTraceProvJsonWriter.Write(Traces, BuiltInEditions.Lgg2011, Rotherham.Id.Value);

    private static readonly JsonElement Document = JsonDocument.Parse(Output).RootElement;

    [Fact]
    public void The_document_has_the_prov_json_objects_and_the_shape_prov_json_requires()
    {
        Assert.Equal(
            ["prefix", "entity", "activity", "agent", "wasGeneratedBy", "used", "wasAssociatedWith", "wasAttributedTo", "wasDerivedFrom"],
            Document.EnumerateObject().Select(p => p.Name));
        Assert.Equal("urn:peer-challenge:terms:", Document.GetProperty("prefix").GetProperty("pc").GetString());
        Assert.Equal("urn:peer-challenge:record:LGG-SCPC-2011-ROT:", Document.GetProperty("prefix").GetProperty("rec").GetString());
        Assert.Empty(ProvJsonShape.Problems(Document));
    }

    [Fact]
    public void Every_finding_is_an_entity_with_its_kind_statement_and_sources()
    {
        var entities = Document.GetProperty("entity");
        foreach (var trace in Traces)
        {
            var finding = entities.GetProperty($"rec:finding/{trace.Finding.Id}");
            Assert.Equal("pc:Finding", QName(finding.GetProperty("prov:type")));
            Assert.Equal(trace.Label, finding.GetProperty("prov:label").GetString());
            Assert.Equal(trace.Finding.Kind, finding.GetProperty("pc:kind").GetString());
            Assert.Equal(trace.Finding.Statement, finding.GetProperty("pc:statement").GetString());
            Assert.Equal(Typed(trace.IndependentSources.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), "xsd:int"), Literal(finding.GetProperty("pc:independentSources")));
            Assert.Equal(trace.Finding.Themes.Select(t => t.Value), finding.GetProperty("pc:theme").EnumerateArray().Select(t => t.GetString()));
        }

        var recommendation = entities.GetProperty("rec:finding/f-16");
        Assert.Equal(Typed("5", "xsd:int"), Literal(recommendation.GetProperty("pc:number")));
        Assert.Equal("high", recommendation.GetProperty("pc:priority").GetString());
        Assert.False(entities.GetProperty("rec:finding/f-1").TryGetProperty("pc:number", out _));
    }

    [Fact]
    public void Every_cited_evidence_item_is_an_entity_generated_by_one_activity_of_its_method()
    {
        var cited = Rotherham.Findings.SelectMany(f => f.Evidence).Distinct().ToList();
        var entities = Document.GetProperty("entity");
        var activities = Document.GetProperty("activity");

        Assert.Equal(cited.Count, activities.EnumerateObject().Count());
        foreach (var id in cited)
        {
            var item = Rotherham.Evidence.Single(e => e.Id == id);
            var entity = entities.GetProperty($"rec:evidence/{id}");
            Assert.Equal("pc:EvidenceItem", QName(entity.GetProperty("prov:type")));
            Assert.Equal(item.Method.Code, entity.GetProperty("pc:method").GetString());
            var activity = activities.GetProperty($"rec:gathering/{id}");
            Assert.Equal($"pc:{item.Method.Code}", QName(activity.GetProperty("prov:type")));
            Assert.Equal(Typed(item.Date!.Value.ToString(), "xsd:date"), Literal(activity.GetProperty("pc:date")));
        }

        Assert.Equal(
            cited.Select(id => ($"rec:evidence/{id}", $"rec:gathering/{id}")).Order(),
            Relations("wasGeneratedBy", "prov:entity", "prov:activity").Order());
    }

    [Fact]
    public void Each_finding_was_derived_from_each_evidence_item_it_cites_and_each_item_from_its_documents()
    {
        var derived = Relations("wasDerivedFrom", "prov:generatedEntity", "prov:usedEntity");
        var fromEvidence = Rotherham.Findings.SelectMany(f => f.Evidence.Select(e => ($"rec:finding/{f.Id}", $"rec:evidence/{e}")));
        var cited = Rotherham.Findings.SelectMany(f => f.Evidence).ToHashSet();
        var fromDocuments = Rotherham.Evidence.Where(e => cited.Contains(e.Id)).SelectMany(e => e.Documents.Select(d => ($"rec:evidence/{e.Id}", $"rec:document/{d}")));

        Assert.Equal(fromEvidence.Concat(fromDocuments).Order(), derived.Order());
        Assert.Equal(
            Rotherham.Evidence.Where(e => cited.Contains(e.Id)).SelectMany(e => e.Documents.Select(d => ($"rec:gathering/{e.Id}", $"rec:document/{d}"))).Order(),
            Relations("used", "prov:activity", "prov:entity").Order());
        var title = Document.GetProperty("entity").GetProperty("rec:document/doc-4");
        Assert.Equal("Children and young people's services performance scorecard, quarter 1 2011-12", title.GetProperty("prov:label").GetString());
        Assert.Equal("protect", title.GetProperty("pc:marking").GetString());
        Assert.Equal(Typed("2011-07", "xsd:gYearMonth"), Literal(title.GetProperty("pc:date")));
    }

    [Fact]
    public void The_agents_are_the_team_roles_one_per_role_and_the_groups_heard()
    {
        var cited = Rotherham.Findings.SelectMany(f => f.Evidence).ToHashSet();
        var items = Rotherham.Evidence.Where(e => cited.Contains(e.Id)).ToList();
        var roles = items.SelectMany(e => e.GatheredBy).Select(id => Rotherham.Team.Single(m => m.Id == id).Role.Value).Distinct().ToList();
        var agents = Document.GetProperty("agent").EnumerateObject().ToList();

        Assert.All(agents, a => Assert.Contains(QName(a.Value.GetProperty("prov:type")), new[] { "pc:TeamRole", "pc:SourceGroup" }));
        Assert.Equal(roles.Select(r => $"rec:role/{r}").Order(), agents.Where(a => QName(a.Value.GetProperty("prov:type")) == "pc:TeamRole").Select(a => a.Name).Order());
        Assert.Equal("Off-site Peer", Document.GetProperty("agent").GetProperty("rec:role/off-site-peer").GetProperty("prov:label").GetString());
        Assert.Equal(
            items.SelectMany(e => e.GatheredBy.Select(id => ($"rec:gathering/{e.Id}", $"rec:role/{Rotherham.Team.Single(m => m.Id == id).Role.Value}"))).Distinct().Order(),
            Relations("wasAssociatedWith", "prov:activity", "prov:agent").Order());
        Assert.All(Document.GetProperty("wasAssociatedWith").EnumerateObject(), r => Assert.Equal("pc:gatherer", QName(r.Value.GetProperty("prov:role"))));

        var heard = Document.GetProperty("agent").GetProperty("rec:source/ev-6");
        Assert.Equal("front-line social workers (local authority)", heard.GetProperty("prov:label").GetString());
        Assert.Equal(Typed("8", "xsd:int"), Literal(heard.GetProperty("pc:groupSize")));
        Assert.Equal(
            items.Where(e => e.Source is not null).Select(e => ($"rec:evidence/{e.Id}", $"rec:source/{e.Id}")).Order(),
            Relations("wasAttributedTo", "prov:entity", "prov:agent").Order());
    }

    [Fact]
    public void No_team_member_name_id_job_title_or_organisation_and_no_evidence_summary_is_anywhere_in_the_output()
    {
        foreach (var member in Rotherham.Team)
        {
            Assert.DoesNotContain(member.Id, Output, StringComparison.Ordinal);
            Assert.DoesNotContain(member.Name!, Output, StringComparison.OrdinalIgnoreCase);
            Assert.All(member.Name!.Split(' ').Where(w => w != "Cllr"), w => Assert.DoesNotContain(w, Output, StringComparison.Ordinal));
            // The challenge manager's job title is the role's name, which the output does show.
            if (!string.Equals(member.JobTitle, BuiltInEditions.Lgg2011.FindRole(member.Role)!.Name, StringComparison.OrdinalIgnoreCase))
            {
                Assert.DoesNotContain(member.JobTitle!, Output, StringComparison.OrdinalIgnoreCase);
            }

            Assert.DoesNotContain(member.HomeOrganisation!.Name, Output, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(member.HomeOrganisation.Id.Value, Output, StringComparison.Ordinal);
        }

        Assert.All(Rotherham.Evidence, e => Assert.DoesNotContain(e.Summary![..40], Output, StringComparison.Ordinal));
    }

    [Fact]
    public void The_output_is_the_same_bytes_every_time_with_unix_line_ends()
    {
        Assert.Equal(Output, FindingTraceProvJsonWriter.Write(FindingTrace.Of(Rotherham.Findings, Rotherham.Evidence, Rotherham.Documents, Rotherham.Team), BuiltInEditions.Lgg2011, Rotherham.Id.Value));
        Assert.DoesNotContain('\r', Output);
        Assert.StartsWith("{\n  \"prefix\": {\n    \"pc\": ", Output, StringComparison.Ordinal);
        Assert.EndsWith("\n}\n", Output, StringComparison.Ordinal);
        Assert.Equal(["_:wdf1", "_:wdf2"], Document.GetProperty("wasDerivedFrom").EnumerateObject().Take(2).Select(r => r.Name));
    }

    [Fact]
    public void Evidence_and_documents_not_in_the_record_are_entities_saying_so()
    {
        var finding = new Finding { Id = "f-1", Kind = "strength", Statement = "Thresholds are understood.", Evidence = ["ev-1", "ev-99"] };
        var item = new EvidenceItem { Id = "ev-1", Method = EvidenceMethod.CaseFileReading, Documents = ["doc-404"] };

        var json = Parse(FindingTraceProvJsonWriter.Write(FindingTrace.Of([finding], [item], [], [])));

        Assert.Empty(ProvJsonShape.Problems(json));
        var entities = json.GetProperty("entity");
        Assert.Equal(Typed("false", "xsd:boolean"), Literal(entities.GetProperty("rec:evidence/ev-99").GetProperty("pc:inRecord")));
        Assert.Equal(Typed("false", "xsd:boolean"), Literal(entities.GetProperty("rec:document/doc-404").GetProperty("pc:inRecord")));
        Assert.False(json.GetProperty("activity").TryGetProperty("rec:gathering/ev-99", out _));
        Assert.Contains(("rec:finding/f-1", "rec:evidence/ev-99"), Relations(json, "wasDerivedFrom", "prov:generatedEntity", "prov:usedEntity"));
        Assert.Equal([("rec:gathering/ev-1", "rec:document/doc-404")], Relations(json, "used", "prov:activity", "prov:entity"));
        Assert.Empty(json.GetProperty("agent").EnumerateObject());
        Assert.Equal("urn:peer-challenge:record:", json.GetProperty("prefix").GetProperty("rec").GetString());
    }

    [Fact]
    public void Ids_are_percent_encoded_into_qualified_names_and_the_scope_into_the_namespace()
    {
        var finding = new Finding { Id = "f 1/é.", Kind = "strength", Statement = "Thresholds are understood.", Evidence = ["ev:1"] };
        var item = new EvidenceItem { Id = "ev:1", Method = EvidenceMethod.Interview };

        var json = Parse(FindingTraceProvJsonWriter.Write(FindingTrace.Of([finding], [item], [], []), scope: "council review 2011"));

        Assert.Empty(ProvJsonShape.Problems(json));
        Assert.True(json.GetProperty("entity").TryGetProperty("rec:finding/f%201%2F%C3%A9%2E", out _));
        Assert.True(json.GetProperty("activity").TryGetProperty("rec:gathering/ev%3A1", out _));
        Assert.Equal("urn:peer-challenge:record:council%20review%202011:", json.GetProperty("prefix").GetProperty("rec").GetString());
    }

    [Theory]
    [InlineData("2011-10-04", "xsd:date")]
    [InlineData("2011-10", "xsd:gYearMonth")]
    [InlineData("2011", "xsd:gYear")]
    public void Dates_are_typed_as_precisely_as_known(string date, string type)
    {
        var json = Parse(FindingTraceProvJsonWriter.Write(FindingTrace.Of([Citing("ev-1")], [Dated(date)], [], [])));

        Assert.Equal(Typed(date, type), Literal(json.GetProperty("activity").GetProperty("rec:gathering/ev-1").GetProperty("pc:date")));
    }

    [Fact]
    public void An_approximate_date_is_its_text()
    {
        var json = Parse(FindingTraceProvJsonWriter.Write(FindingTrace.Of([Citing("ev-1")], [Dated("2011~")], [], [])));

        Assert.Equal("2011~", json.GetProperty("entity").GetProperty("rec:evidence/ev-1").GetProperty("pc:date").GetString());
    }

    [Fact]
    public void Free_text_is_redacted_and_summaries_are_never_written()
    {
        var finding = new Finding { Id = "f-1", Kind = "strength", Statement = "Sarah Jones said thresholds are clear.", Evidence = ["ev-1"] };
        var item = new EvidenceItem
        {
            Id = "ev-1",
            Method = EvidenceMethod.FocusGroup,
            Summary = "Social workers described thresholds as clear.",
            Source = new EvidenceSource { RoleGroup = "social workers", AgencyType = "local authority" },
        };

        var output = FindingTraceProvJsonWriter.Write(FindingTrace.Of([finding], [item], [], []));

        Assert.Contains("\"pc:statement\": \"[PERSON] said thresholds are clear.\"", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Sarah", output, StringComparison.Ordinal);
        Assert.DoesNotContain("described", output, StringComparison.Ordinal);
        Assert.Contains("\"pc:statement\": \"*********** said", FindingTraceProvJsonWriter.Write(FindingTrace.Of([finding], [item], [], []), redactor: new PersonalDataRedactor(PersonalDataScanner.Default, RedactionOperator.Mask('*'))), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_edition_roles_are_labelled_by_their_codes_in_words()
    {
        var item = new EvidenceItem { Id = "ev-1", Method = EvidenceMethod.Interview, GatheredBy = ["tm-1"] };
        TeamMember[] team = [new() { Id = "tm-1", Role = RoleCode.TeamLeader, Name = "Alex Morgan" }];

        var output = FindingTraceProvJsonWriter.Write(FindingTrace.Of([Citing("ev-1")], [item], [], team));

        Assert.Equal("team leader", Parse(output).GetProperty("agent").GetProperty("rec:role/team-leader").GetProperty("prov:label").GetString());
        Assert.DoesNotContain("tm-1", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Alex", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_finding_id_twice_is_one_entity_and_shared_evidence_is_written_once()
    {
        var first = Citing("ev-1");
        var json = Parse(FindingTraceProvJsonWriter.Write(FindingTrace.Of([first, first with { Statement = "Another." }, first with { Id = "f-2" }], [Dated("2011")], [], [])));

        Assert.Equal(["rec:finding/f-1", "rec:finding/f-2", "rec:evidence/ev-1"], json.GetProperty("entity").EnumerateObject().Select(e => e.Name));
        Assert.Equal("Thresholds are understood.", json.GetProperty("entity").GetProperty("rec:finding/f-1").GetProperty("pc:statement").GetString());
        Assert.Single(json.GetProperty("activity").EnumerateObject());
        Assert.Equal(2, json.GetProperty("wasDerivedFrom").EnumerateObject().Count());
    }

    [Fact]
    public void No_traces_make_an_empty_document()
    {
        var json = Parse(FindingTraceProvJsonWriter.Write([]));

        Assert.Empty(ProvJsonShape.Problems(json));
        Assert.Empty(json.GetProperty("entity").EnumerateObject());
    }

    [Fact]
    public void Null_traces_are_refused()
    {
        Assert.Throws<ArgumentNullException>("traces", () => FindingTraceProvJsonWriter.Write(null!));
        Assert.Throws<ArgumentNullException>("traces", () => FindingTraceProvJsonWriter.Write([null!]));
    }

    private static Finding Citing(string evidence) => new() { Id = "f-1", Kind = "strength", Statement = "Thresholds are understood.", Evidence = [evidence] };

    private static EvidenceItem Dated(string date) => new() { Id = "ev-1", Method = EvidenceMethod.Interview, Date = PartialDate.Parse(date) };

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;

    private static string QName(JsonElement value)
    {
        Assert.Equal("xsd:QName", value.GetProperty("type").GetString());
        return value.GetProperty("$").GetString()!;
    }

    private static (string Value, string Type) Typed(string value, string type) => (value, type);

    private static (string Value, string Type) Literal(JsonElement value) => (value.GetProperty("$").GetString()!, value.GetProperty("type").GetString()!);

    private static List<(string, string)> Relations(string name, string from, string to) => Relations(Document, name, from, to);

    private static List<(string, string)> Relations(JsonElement document, string name, string from, string to) =>
        [.. document.GetProperty(name).EnumerateObject().Select(r => (r.Value.GetProperty(from).GetString()!, r.Value.GetProperty(to).GetString()!))];
}
