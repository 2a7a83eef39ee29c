using NodaTime;
using PeerChallenge.Domain.Evidence;
using PeerChallenge.Domain.Export;

namespace PeerChallenge.Domain.Tests.Export;

public sealed class RecordExporterTests
{
    public static TheoryData<string> Profiles => ["partner", "publication"];

    private static ExportProfile Profile(string name) => ExportProfile.BuiltIn.Single(p => p.Name == name);

    [Theory]
    [MemberData(nameof(Profiles))]
    public void The_2011_example_exports_to_a_valid_record(string name)
    {
        var export = ExportTestData.Rotherham.Export(Profile(name));

        var issues = new ChallengeRecordValidator().ValidateRecord(export);
        Assert.DoesNotContain(issues, i => i.IsError);
        Assert.Equal(SchemaVersion.Parse("1.2.0"), export.SchemaVersion);
        Assert.Equal(name, export.Export!.Profile);
        Assert.Equal(new LocalDate(2012, 1, 16), export.Export.Date);
        Assert.Equal(ExportTestData.Key.Fingerprint, export.Export.KeyFingerprint);

        // It reads back as the same record.
        var json = ChallengeRecordWriter.Write(export);
        var read = ChallengeRecordReader.Read(json);
        Assert.DoesNotContain(read.Issues, i => i.IsError);
        Assert.Equal(json, ChallengeRecordWriter.Write(read.Value!));
        Assert.DoesNotContain(ExportTestData.Key.Fingerprint.Length > 0 ? "the council's export key" : "-", json, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Export_of_an_export_is_the_same_export(string name)
    {
        var once = ExportTestData.Rotherham.Export(Profile(name));
        var twice = RecordExporter.Export(once, Profile(name), ExportTestData.Settings with { Date = new LocalDate(2013, 5, 1) });

        Assert.Equal(ChallengeRecordWriter.Write(once), ChallengeRecordWriter.Write(twice));
    }

    [Fact]
    public void Publication_drops_the_contact_summaries_and_responses_and_publishes_tables()
    {
        // The example's questionnaires and case audit are marked PROTECT: published only when cleared for release.
        var record = ExportTestData.Rotherham;
        var cleared = ExportTestData.Settings with { ClearedForRelease = [.. record.Questionnaires.Select(q => q.Id), "caseAudit"] };
        var export = RecordExporter.Export(record, ExportProfile.Publication, cleared);

        Assert.Null(export.Contact);
        Assert.All(export.Evidence, e => Assert.Null(e.Summary));
        Assert.Equal(record.Questionnaires.Count, export.Questionnaires.Count);
        Assert.All(export.Questionnaires, q => Assert.Empty(q.Responses));
        Assert.Empty(export.CaseAudit!.Cases);
        Assert.NotEmpty(export.Export!.Tables);
        Assert.Equal(record.Questionnaires.Sum(q => q.Responses.Count), export.Export.Manifest.Parts.Single(p => p.Part == "questionnaires").Tabulated);
        Assert.Equal(record.CaseAudit!.Cases.Count, export.Export.Manifest.Parts.Single(p => p.Part == "caseAudit").Tabulated);
        Assert.DoesNotContain(new ChallengeRecordValidator().ValidateRecord(export), i => i.IsError);
        Assert.Empty(ExportTestData.Rotherham.Export(ExportProfile.Publication).Questionnaires);
        var contact = export.Export.Manifest.Parts.Single(p => p.Part == "contact");
        Assert.Equal((0, 1), (contact.Kept, contact.Dropped));
    }

    [Fact]
    public void Partner_keeps_the_team_and_the_contact()
    {
        var export = ExportTestData.Rotherham.Export(ExportProfile.Partner);

        Assert.Equal(ExportTestData.Rotherham.Team.Select(m => m.Name), export.Team.Select(m => m.Name));
        Assert.Equal(ExportTestData.Rotherham.Contact, export.Contact);
        Assert.Empty(export.Export!.Tables);
    }

    [Fact]
    public void Items_marked_above_the_limit_are_dropped_unless_cleared()
    {
        var record = ExportTestData.Rotherham with
        {
            Documents = [.. ExportTestData.Rotherham.Documents.Select((d, i) => i == 0 ? d with { Marking = SecurityMarking.Protect } : d)],
        };
        var first = record.Documents[0].Id;
        var marked = record.Documents.Count(d => d.Marking is { } m && (ReferenceEquals(m, SecurityMarking.Protect) || m.IsAbove(SecurityMarking.Protect)));

        var export = record.Export(ExportProfile.Publication);
        var cleared = RecordExporter.Export(record, ExportProfile.Publication, ExportTestData.Settings with { ClearedForRelease = [first] });

        Assert.DoesNotContain(export.Documents, d => d.Id == first);
        Assert.DoesNotContain(export.Evidence, e => e.Documents.Contains(first));
        Assert.Equal(marked, export.Export!.Manifest.Parts.Single(p => p.Part == "documents").Dropped);
        Assert.Equal(record.Documents.Count - marked, export.Documents.Count);
        Assert.DoesNotContain(new ChallengeRecordValidator().ValidateRecord(export), i => i.IsError);
        Assert.Contains(cleared.Documents, d => d.Id == first);
        Assert.Equal("protect", cleared.Export!.Marking!.Code);
    }

    [Fact]
    public void A_profile_that_pseudonymises_needs_a_key()
    {
        var e = Assert.Throws<ArgumentException>(() => RecordExporter.Export(ExportTestData.Rotherham, ExportProfile.Partner, ExportTestData.Settings with { Key = null }));
        Assert.Equal("settings", e.ParamName);
        Assert.True(ExportProfile.Partner.NeedsKey);

        var noKey = ExportProfile.Partner with { Name = "no-key", PseudonymisedKinds = [] };
        Assert.False(noKey.NeedsKey);
        Assert.Null(RecordExporter.Export(ExportTestData.Rotherham, noKey, ExportTestData.Settings with { Key = null }).Export!.KeyFingerprint);
    }

    [Fact]
    public void Case_references_become_keyed_pseudonyms_and_names_placeholders()
    {
        var record = ExportTestData.Rotherham with
        {
            Findings = [.. ExportTestData.Rotherham.Findings.Select((f, i) => i == 0 ? f with { Statement = f.Statement + " See case ref 4471203; " + ExportTestData.Rotherham.Team[0].Name + " agreed." } : f)],
        };

        var statement = record.Export(ExportProfile.Partner).Findings[0].Statement;

        Assert.Matches(@"See case ref \[CASE_REF-[0-9]{8}\]; \[PERSON\] agreed\.$", statement);
    }

    [Fact]
    public void Small_sources_are_widened_or_withheld()
    {
        var evidence = ExportTestData.Rotherham.Evidence;
        var record = ExportTestData.Rotherham with
        {
            Evidence =
            [
                .. evidence.Select((e, i) => i switch
                {
                    0 => e with { Source = new EvidenceSource { RoleGroup = "IRO", AgencyType = "local authority", GroupSize = 1 } },
                    1 => e with { Source = new EvidenceSource { RoleGroup = "team managers", AgencyType = "local authority", GroupSize = 2 } },
                    2 => e with { Source = new EvidenceSource { RoleGroup = "school nurse", AgencyType = "health", GroupSize = 1 } },
                    _ => e,
                }),
            ],
        };

        var export = record.Export(ExportProfile.Partner);

        Assert.Equal(new EvidenceSource { RoleGroup = RecordExporter.SeveralRoleGroups, AgencyType = "local authority", GroupSize = 3 }, export.Evidence[0].Source);
        Assert.Equal(export.Evidence[0].Source, export.Evidence[1].Source);
        Assert.Null(export.Evidence[2].Source);
        Assert.Null(export.Evidence[2].Summary);
        var entry = export.Export!.Manifest.Parts.Single(p => p.Part == "evidence");
        Assert.Equal((2, 1), (entry.Widened, entry.Withheld));
        Assert.DoesNotContain(new ChallengeRecordValidator().ValidateRecord(export), i => i.Code == ExportIssueCodes.GroupBelowThresholdInExport);
    }

    [Fact]
    public void The_export_rules_find_what_was_put_back()
    {
        var export = ExportTestData.Rotherham.Export(ExportProfile.Partner);
        var sourced = export.Evidence.Select((e, i) => (e, i)).First(p => p.e.Source is not null).i;
        var tampered = export with
        {
            Findings = [.. export.Findings.Select((f, i) => i == 1 ? f with { Statement = "Call 0114 496 0123." } : f)],
            Evidence = [.. export.Evidence.Select((e, i) => i == sourced ? e with { Source = e.Source! with { GroupSize = 2 } } : e)],
        };

        var issues = new ChallengeRecordValidator().ValidateRecord(tampered);

        var identifier = Assert.Single(issues, i => i.Code == ExportIssueCodes.IdentifierInExport);
        Assert.Equal("/findings/1/statement", identifier.Path.ToString());
        Assert.DoesNotContain("0114", identifier.Message, StringComparison.Ordinal);
        var group = Assert.Single(issues, i => i.Code == ExportIssueCodes.GroupBelowThresholdInExport);
        Assert.Equal($"/evidence/{sourced}/source/groupSize", group.Path.ToString());
        Assert.DoesNotContain(new ChallengeRecordValidator().ValidateRecord(tampered with { Export = null }), i => i.Code.Code.StartsWith("PC10", StringComparison.Ordinal));
    }

    [Fact]
    public void Local_fields_are_left_out_and_counted()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(RepositoryFiles.Read("docs", "examples", "rotherham-2011.json"))!.AsObject();
        json["x-committeeRef"] = "CYP/2011/14";
        json["findings"]![0]!["x-note"] = "Jane Smith, 07700 900123";
        var record = ChallengeRecordReader.Read(json.ToJsonString()).Value!;

        var export = record.Export(ExportProfile.Partner);

        var written = ChallengeRecordWriter.Write(export);
        Assert.DoesNotContain("x-note", written, StringComparison.Ordinal);
        Assert.DoesNotContain("x-committeeRef", written, StringComparison.Ordinal);
        Assert.Equal(1, export.Export!.Manifest.Parts.Single(p => p.Part == "findings").LocalFieldsDropped);
    }

    [Fact]
    public void A_record_of_format_1_1_is_unchanged_by_the_new_version()
    {
        Assert.Equal(SchemaVersion.Parse("1.1.0"), ExportTestData.Rotherham.SchemaVersion);
        Assert.Equal(RepositoryFiles.Read("docs", "examples", "rotherham-2011.json").ReplaceLineEndings("\n"), ChallengeRecordWriter.Write(ExportTestData.Rotherham).ReplaceLineEndings("\n") + "\n");
    }
}
