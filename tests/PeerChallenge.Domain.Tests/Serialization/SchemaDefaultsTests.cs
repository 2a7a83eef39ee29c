using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PeerChallenge.Domain.Tests.Serialization;

/// <summary>Every default the published schemas declare is what the reader applies when the property is left out.</summary>
public sealed class SchemaDefaultsTests
{
    public static TheoryData<string, string, string> Defaults()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var name in ChallengeSchemas.Names)
        {
            var schema = JsonNode.Parse(ChallengeSchemas.Get(name))!.AsObject();
            foreach (var (definition, property, value) in PropertiesWithDefaults(schema))
            {
                data.Add(name, $"{definition}.{property}", value.ToJsonString());
            }
        }

        return data;
    }

    [Fact]
    public void The_schemas_declare_the_defaults_of_the_format()
    {
        var declared = Defaults().Select(row => $"{row.Data.Item2}={row.Data.Item3}").ToHashSet();

        Assert.Contains("Edition.leadInWeeks=8", declared);
        Assert.Contains("Edition.onSiteDays=5", declared);
        Assert.Contains("RoleDefinition.onSite=true", declared);
        Assert.Contains("ChallengeRecord.edition=\"lgg-2011\"", declared);
        Assert.Contains("TeamMember.electedMember=false", declared);
    }

    [Theory]
    [MemberData(nameof(Defaults))]
    public void The_reader_applies_each_default_the_schema_declares(string schemaName, string property, string defaultJson)
    {
        var (definition, name) = (property[..property.IndexOf('.')], property[(property.IndexOf('.') + 1)..]);
        var document = JsonNode.Parse(schemaName == ChallengeSchemas.Edition
            ? ChallengeRecordWriter.WriteEdition(BuiltInEditions.Lgg2011)
            : ChallengeRecordWriter.Write(WithEveryPart(TestRecords.Rotherham2011 with { EditionDefinition = BuiltInEditions.Lgg2011 with { Code = EditionCode.Parse("custom") }, Edition = EditionCode.Parse("custom") })))!;
        var holders = Holders(document, definition).ToList();
        Assert.NotEmpty(holders);
        foreach (var holder in holders)
        {
            holder.Remove(name);
        }

        var text = document.ToJsonString();
        var read = schemaName == ChallengeSchemas.Edition
            ? ChallengeRecordWriter.WriteEdition(ChallengeRecordReader.ReadEdition(Encoding.UTF8.GetBytes(text)).Value!)
            : ChallengeRecordWriter.Write(ChallengeRecordReader.Read(text).Value!);

        var written = Holders(JsonNode.Parse(read)!, definition).Select(h => h[name]?.ToJsonString() ?? DefaultWhenLeftOut(defaultJson)).Distinct().ToList();
        Assert.Equal([defaultJson], written);
    }

    /// <summary>The record with one of each part of format 1.1 that Rotherham does not have, so every definition has a holder.</summary>
    private static ChallengeRecord WithEveryPart(ChallengeRecord record) => record with
    {
        ConductedBy = new Organisation
        {
            Id = OrganisationId.Parse("GB-COH-03675577"),
            Name = "Local Government Group",
            Names = [new OrganisationName { Name = "Improvement and Development Agency", To = 2010 }],
        },
        Sources = [new Source { Id = "src-1", Title = "Briefing for staff", Kind = SourceKind.Briefing }],
        Citations = [new Citation { About = JsonPointer.Parse("/timeline"), Sources = ["src-1"] }],
        EarlierReviews = [new EarlierReview { Id = "ofsted-2010", Kind = EarlierReviewKind.OfstedInspection, Date = PartialDate.OfYear(2010), Sources = ["src-1"] }],
        Documents = [Evidence.EvidenceTestRecords.Plan],
        Evidence = [Evidence.EvidenceTestRecords.FocusGroup],
        Questionnaires = [Evidence.QuestionnaireTestRecords.Staff],
        CaseAudit = Evidence.CaseAuditTestRecords.Audit,
        Timetable = OnSite.TimetableTestRecords.Week,
        Findings = Findings.FindingsTestRecords.Record.Findings,
        Feedback = Findings.FindingsTestRecords.Feedback,
        Report = Findings.FindingsTestRecords.Report,
        ActionPlan = Findings.FindingsTestRecords.ActionPlan,
        Export = new ExportStamp
        {
            Profile = "partner",
            Date = new NodaTime.LocalDate(2012, 1, 16),
            ToolVersion = "peer-challenge test",
            NonAttributionThreshold = 3,
            Manifest = new ExportManifest { Parts = [new ExportManifestEntry { Part = "findings", Kept = 2, Redacted = [new RedactionCount { Kind = "PERSON", Count = 1 }] }] },
            Tables = [new ExportTable { Id = "staff-by-group", Title = "Responses by role group", Disclosure = "dfe", Columns = ["Responses"], Rows = [new ExportTableRow { Label = "Total", Cells = ["12"] }] }],
        },
    };

    /// <summary>The writer leaves out nulls and keeps empty lists and default values: what it writes for a left-out property is the default itself.</summary>
    private static string DefaultWhenLeftOut(string defaultJson) => defaultJson;

    /// <summary>The objects of the document that the schema definition describes.</summary>
    private static IEnumerable<JsonObject> Holders(JsonNode document, string definition) => definition switch
    {
        "ChallengeRecord" or "Edition" when document["editionDefinition"] is null => [document.AsObject()],
        "ChallengeRecord" => [document.AsObject()],
        "Edition" => [document["editionDefinition"]!.AsObject()],
        "RoleDefinition" => Items(document["roles"] ?? document["editionDefinition"]?["roles"]),
        "ThemeDefinition" => Items(document["themes"] ?? document["editionDefinition"]?["themes"]),
        "TeamMember" => Items(document["team"]),
        "LineOfEnquiry" => Items(document["linesOfEnquiry"]),
        "OfstedNotification" => document["ofstedNotification"] is JsonObject o ? [o] : [],
        "ChallengeTimeline" => [document["timeline"]!.AsObject()],
        "Organisation" => [document["hostCouncil"]!.AsObject(), .. Items(document["partnerAgencies"])],
        "Source" => Items(document["sources"]),
        "Citation" => Items(document["citations"]),
        "EarlierReview" => Items(document["earlierReviews"]),
        "OrganisationName" => Items(document["conductedBy"]?["names"]),
        "Document" => Items(document["documents"]),
        "EvidenceItem" => Items(document["evidence"]),
        "EvidenceSource" => Items(document["evidence"]).Select(e => e["source"]).OfType<JsonObject>(),
        "Questionnaire" => Items(document["questionnaires"]),
        "Question" => Items(document["questionnaires"]).SelectMany(q => Items(q["questions"])),
        "ResponseOption" => Items(document["questionnaires"]).SelectMany(q => Items(q["questions"])).SelectMany(q => Items(q["options"])),
        "QuestionnaireResponse" => Items(document["questionnaires"]).SelectMany(q => Items(q["responses"])),
        "Respondent" => Items(document["questionnaires"]).SelectMany(q => Items(q["responses"])).Select(r => r["respondent"]).OfType<JsonObject>(),
        "Answer" => Items(document["questionnaires"]).SelectMany(q => Items(q["responses"])).SelectMany(r => Items(r["answers"])),
        "CaseAudit" => document["caseAudit"] is JsonObject audit ? [audit] : [],
        "AuditCriterion" => Items(document["caseAudit"]?["criteria"]),
        "AuditedCase" => Items(document["caseAudit"]?["cases"]),
        "CriterionGrade" => Items(document["caseAudit"]?["cases"]).SelectMany(c => Items(c["grades"])),
        "Timetable" => document["timetable"] is JsonObject timetable ? [timetable] : [],
        "Session" => Items(document["timetable"]?["sessions"]),
        "ParticipantGroup" => Items(document["timetable"]?["sessions"]).SelectMany(s => Items(s["participants"])),
        "FindingKindDefinition" => Items(document["findingKinds"] ?? document["editionDefinition"]?["findingKinds"]),
        "Finding" => Items(document["findings"]),
        "FeedbackPresentation" => document["feedback"] is JsonObject feedback ? [feedback] : [],
        "KeyMessage" => Items(document["feedback"]?["keyMessages"]),
        "ReportHistory" => document["report"] is JsonObject report ? [report] : [],
        "ReportVersion" => Items(document["report"]?["versions"]),
        "CouncilComment" => Items(document["report"]?["comments"]),
        "ThemeOmission" => Items(document["report"]?["themesNotCovered"]),
        "ActionPlan" => document["actionPlan"] is JsonObject plan ? [plan] : [],
        "ActionPlanEntry" => Items(document["actionPlan"]?["entries"]),
        "PlannedAction" => Items(document["actionPlan"]?["entries"]).SelectMany(e => Items(e["actions"])),
        "ProgressUpdate" => Items(document["actionPlan"]?["entries"]).SelectMany(e => Items(e["actions"])).SelectMany(a => Items(a["progress"])),
        "ExportStamp" => document["export"] is JsonObject export ? [export] : [],
        "ExportManifest" => document["export"]?["manifest"] is JsonObject manifest ? [manifest] : [],
        "ExportManifestEntry" => Items(document["export"]?["manifest"]?["parts"]),
        "RedactionCount" => Items(document["export"]?["manifest"]?["parts"]).SelectMany(p => Items(p["redacted"]).Concat(Items(p["pseudonymised"]))),
        "ExportTable" => Items(document["export"]?["tables"]),
        "ExportTableRow" => Items(document["export"]?["tables"]).SelectMany(t => Items(t["rows"])),
        _ => [],
    };

    private static IEnumerable<JsonObject> Items(JsonNode? list) => list is JsonArray array ? array.OfType<JsonObject>() : [];

    private static IEnumerable<(string Definition, string Property, JsonNode Value)> PropertiesWithDefaults(JsonObject schema)
    {
        var root = schema["title"]!.GetValue<string>().Contains("record", StringComparison.Ordinal) ? "ChallengeRecord" : "Edition";
        foreach (var item in Walk(root, schema))
        {
            yield return item;
        }

        foreach (var (name, definition) in schema["$defs"]?.AsObject() ?? [])
        {
            foreach (var item in Walk(name, definition!.AsObject()))
            {
                yield return item;
            }
        }
    }

    private static IEnumerable<(string, string, JsonNode)> Walk(string definition, JsonObject schema)
    {
        foreach (var (property, node) in schema["properties"]?.AsObject() ?? [])
        {
            if (node is JsonObject p && p["default"] is { } value)
            {
                yield return (definition, property, value);
            }
        }
    }
}
