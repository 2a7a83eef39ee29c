using PeerChallenge.Domain;
using PeerChallenge.Domain.AotSmoke;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Privacy;
using PeerChallenge.Domain.Serialization;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Organisations;
using PeerChallenge.Domain.Provenance;
using PeerChallenge.Domain.Team;
using PeerChallenge.Domain.Timeline;

// Run as a trimmed native binary by .ci/run: every check must hold there, not only under the JIT.
// Usage: PeerChallenge.Domain.AotSmoke [record.json...] [--invalid DIR]
//   each record.json must read and validate without errors; DIR/expected-issues.json lists invalid records
//   with the exit code the tool gives them (1 errors, 2 unreadable) and the codes each must raise.
var checks = new SmokeChecks();
CodeLists(checks);
Editions(checks);
ReaderAndWriter(checks);
Validators(checks);
PastReview(checks);
Schemas(checks);
Privacy(checks);
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--invalid" && i + 1 < args.Length)
    {
        InvalidRecords(checks, args[++i]);
    }
    else
    {
        RecordFile(checks, args[i]);
    }
}

return checks.Summarise();

static void CodeLists(SmokeChecks checks)
{
    checks.Section("codelists");
    checks.Equal(
        "local-government,health,police,education,justice,voluntary,lga,other",
        string.Join(',', Sector.All.Select(s => s.Code)),
        "Sector.All in declaration order");
    checks.True(ReferenceEquals(Sector.Health, Sector.FromCode("health")), "Sector.FromCode(\"health\")");
    checks.True(Sector.TryFromCode("police", out var police) && ReferenceEquals(police, Sector.Police), "Sector.TryFromCode(\"police\")");
    checks.True(!Sector.TryFromCode("martian", out _), "Sector.TryFromCode rejects an unknown code");
    checks.Throws<ArgumentException>(() => Sector.FromCode("martian"), "Sector.FromCode throws for an unknown code");
    checks.Equal("error,warning,information", string.Join(',', IssueSeverity.All.Select(s => s.Code)), "IssueSeverity.All");
    checks.Equal("plan,live,past-review", string.Join(',', RecordKind.All.Select(k => k.Code)), "RecordKind.All");
    checks.Equal("known,partly-known,not-known", string.Join(',', Knowledge.All.Select(k => k.Code)), "Knowledge.All");
    checks.True(ReferenceEquals(MemberStatus.ToBeConfirmed, MemberStatus.FromCode("to-be-confirmed")), "MemberStatus.FromCode(\"to-be-confirmed\")");
    checks.True(ReferenceEquals(IssueSeverity.Warning, IssueSeverity.FromCode("warning")), "IssueSeverity.FromCode(\"warning\")");
    checks.True(ReferenceEquals(PeerChallenge.Domain.OnSite.SessionKind.FeedbackPresentation, PeerChallenge.Domain.OnSite.SessionKind.FromCode("feedback-presentation")), "SessionKind.FromCode(\"feedback-presentation\")");
    checks.Equal("first,last", string.Join(',', RequiredDay.All.Select(d => d.Code)), "RequiredDay.All");
    checks.True(ReferenceEquals(PeerChallenge.Domain.Findings.RecommendationPriority.High, PeerChallenge.Domain.Findings.RecommendationPriority.FromCode("high")), "RecommendationPriority.FromCode(\"high\")");

    checks.True(IssueCodes.All.Count >= 20, $"IssueCodes.All has every code (found {IssueCodes.All.Count})");
    checks.Equal(IssueCodes.All.Count, IssueCodes.All.Select(c => c.Code).Distinct(StringComparer.Ordinal).Count(), "IssueCodes.All codes are unique");
    checks.True(IssueCodes.All.Select(c => c.Code).SequenceEqual(IssueCodes.All.Select(c => c.Code).Order(StringComparer.Ordinal)), "IssueCodes.All is ordered by code");
    checks.True(IssueCodes.All.All(c => c.Severity is not null && c.Title.Length > 0 && c.Description.Length > 0), "every issue code has a severity, title and description");
    checks.Equal(TeamIssueCodes.RoleBelowMinimum, IssueCodes.Find("PC0201"), "IssueCodes.Find(\"PC0201\")");
    checks.Equal(IssueSeverity.Warning, TeamIssueCodes.RoleNotFilled.Severity, "PC0208 is a warning");
}

static void Editions(SmokeChecks checks)
{
    checks.Section("built-in editions");
    checks.Equal("lgg-2011,lga-2012", string.Join(',', BuiltInEditions.All.Select(e => e.Code)), "BuiltInEditions.All");
    checks.True(EditionCatalog.BuiltIn.TryFind(EditionCode.Parse("lga-2012"), out var review) && ReferenceEquals(review, BuiltInEditions.LgaPeerReview2012), "EditionCatalog.BuiltIn.TryFind(\"lga-2012\")");
    checks.Equal(BuiltInEditions.Lgg2011, EditionCatalog.DefaultEdition, "the 2011 edition is the default");
    checks.Equal(5, BuiltInEditions.Lgg2011.Themes.Count, "the 2011 edition has five themes");
    checks.True(ReferenceEquals(Sector.Health, BuiltInEditions.Lgg2011.Roles.Single(r => r.Code == RoleCode.HealthPeer).RequiredSector), "the health peer must come from health");

    var validator = new EditionValidator();
    foreach (var edition in BuiltInEditions.All)
    {
        var result = validator.Validate(edition);
        checks.True(result.IsValid, $"EditionValidator accepts the built-in edition {edition.Code} ({string.Join("; ", result.Errors.Select(e => e.ErrorMessage))})");

        var reread = ChallengeRecordReader.ReadEdition(System.Text.Encoding.UTF8.GetBytes(ChallengeRecordWriter.WriteEdition(edition)));
        checks.True(reread.Succeeded, $"edition {edition.Code} reads back after writing ({string.Join("; ", reread.Issues)})");
        checks.Equal(edition, reread.Value, $"edition {edition.Code} round-trips unchanged");
    }

    var broken = BuiltInEditions.Lgg2011 with { Code = EditionCode.Parse("broken"), OnSiteDays = 0 };
    var errors = validator.Validate(broken).ToIssues().Select(i => i.Code).ToHashSet();
    checks.True(errors.Contains(FrameworkIssueCodes.EditionLengthInvalid), $"EditionValidator rejects a bad length (got {string.Join(',', errors)})");
    checks.True(!EditionCode.TryParse("Not A Code", out _) && RoleCode.TryParse("custom-role", out var custom) && custom.Value == "custom-role", "open codes accept any well-formed code and only those");
    checks.True(RoleCode.TeamLeader.Value == "team-leader" && ThemeCode.Outcomes == ThemeCode.Parse("outcomes"), "built-in codes are static members, equal by value");
}

static void ReaderAndWriter(SmokeChecks checks)
{
    checks.Section("reader and writer");
    var embedded = ChallengeRecordReader.Read(SampleRecords.EmbeddedJson);
    checks.True(embedded.Succeeded, $"the embedded record reads ({string.Join("; ", embedded.Issues)})");
    if (embedded.Succeeded)
    {
        var record = embedded.Value;
        checks.Equal("aot-smoke-2011", record.Id.Value, "id");
        checks.Equal("GB-LAE-ROT", record.HostCouncil.Id.Value, "host council id");
        checks.True(record.HostCouncil.Id.IsEnglishLocalAuthority, "host is an English local authority");
        checks.True(ReferenceEquals(Sector.Health, record.Team.Single(m => m.Id == "hp").EffectiveSector), "health peer's sector read as a codelist value");
        checks.Equal(new NodaTime.LocalDate(2011, 11, 14), record.Timeline.OnSiteStart, "on-site start date");
        checks.True(record.UnknownProperties?.ContainsKey("futureProperty") == true, "an unknown property is kept");
        checks.True(embedded.Issues.Any(i => i.Code == ReadingIssueCodes.UnknownProperty && i.Path.ToString() == "/futureProperty"), $"an unknown property of a 1.0 document is a warning, PC0012 (got {string.Join("; ", embedded.Issues)})");

        var written = ChallengeRecordWriter.Write(record);
        checks.True(written.Contains("\"futureProperty\"", StringComparison.Ordinal), "the writer writes the unknown property back");
        checks.True(written.Contains("\"health\"", StringComparison.Ordinal) && written.Contains("\"2011-11-14\"", StringComparison.Ordinal), "codes and dates written as strings");

        var session = new PeerChallenge.Domain.OnSite.Session
        {
            Id = "s-01",
            Kind = PeerChallenge.Domain.OnSite.SessionKind.OpeningMeeting,
            Start = new NodaTime.LocalDateTime(2011, 11, 14, 9, 0),
            End = new NodaTime.LocalDateTime(2011, 11, 14, 10, 30),
            Place = "Town Hall",
            Participants = [new PeerChallenge.Domain.OnSite.ParticipantGroup { RoleGroup = RoleGroupCode.PartnerAgency, Expected = 6 }],
        };
        var withWeek = record with { SchemaVersion = SchemaVersion.Current, Timetable = new PeerChallenge.Domain.OnSite.Timetable { Sessions = [session] } };
        var weekJson = ChallengeRecordWriter.Write(withWeek);
        var weekRead = ChallengeRecordReader.Read(weekJson);
        checks.True(weekJson.Contains("\"2011-11-14T09:00\"", StringComparison.Ordinal) && weekRead.Succeeded && weekRead.Value.Timetable == withWeek.Timetable,
            "a timetable is written with times to the minute and read back equal");
        var ics = PeerChallenge.Domain.OnSite.TimetableIcsWriter.Write(withWeek.Timetable!, record.Team, BuiltInEditions.Lgg2011, NodaTime.SystemClock.Instance);
        checks.True(ics.Contains("DTSTART;TZID=Europe/London:20111114T090000\r\n", StringComparison.Ordinal) && ics.Contains("SUMMARY:Opening meeting: partner agency\r\n", StringComparison.Ordinal)
            && ics.Contains("CLASS:CONFIDENTIAL\r\n", StringComparison.Ordinal) && ics.Contains("BEGIN:VTIMEZONE\r\n", StringComparison.Ordinal),
            "a timetable is written as an iCalendar file, one event in Europe/London time");
        var finding = new PeerChallenge.Domain.Findings.Finding
        {
            Id = "f-1",
            Kind = "recommendation",
            Statement = "Agree a single understanding of thresholds with schools.",
            Number = 1,
            Priority = PeerChallenge.Domain.Findings.RecommendationPriority.Medium,
        };
        var withFindings = withWeek with { Findings = [finding], Feedback = new PeerChallenge.Domain.Findings.FeedbackPresentation { Date = PartialDate.OfDay(new NodaTime.LocalDate(2011, 11, 18)) } };
        var findingsJson = ChallengeRecordWriter.Write(withFindings);
        var findingsRead = ChallengeRecordReader.Read(findingsJson);
        checks.True(findingsJson.Contains("\"priority\": \"medium\"", StringComparison.Ordinal) && findingsRead.Succeeded && findingsRead.Value == withFindings,
            "findings and the feedback presentation are written and read back equal");
        var again = ChallengeRecordReader.Read(written);
        checks.True(again.Succeeded && again.Value == record, "write then read gives an equal record");
    }

    var built = SampleRecords.BuildValid();
    var builtAgain = ChallengeRecordReader.Read(ChallengeRecordWriter.Write(built));
    checks.True(builtAgain.Succeeded && builtAgain.Value == built, $"a record built in code round-trips ({string.Join("; ", builtAgain.Issues)})");
    using (var stream = new MemoryStream())
    {
        ChallengeRecordWriter.Write(built, stream);
        stream.Position = 0;
        var fromStream = ChallengeRecordReader.Read(stream);
        checks.True(fromStream.Succeeded && fromStream.Value == built, "stream write and read round-trip");
    }

    var local = ChallengeRecordReader.Read(SampleRecords.EmbeddedJson.Replace("\"futureProperty\"", "\"x-futureProperty\"", StringComparison.Ordinal));
    checks.True(local.Succeeded && local.Issues.Count == 0 && local.Value.UnknownProperties?.ContainsKey("x-futureProperty") == true, $"a local field (x-) is kept and not reported (got {string.Join("; ", local.Issues)})");

    ExpectReadIssue(checks, "{ \"schemaVersion\": ", ReadingIssueCodes.MalformedJson, "malformed JSON");
    ExpectReadIssue(checks, "[]", ReadingIssueCodes.WrongType, "a document that is not an object");
    ExpectReadIssue(checks, "{\"id\":\"x\"}", ReadingIssueCodes.UnsupportedSchemaVersion, "a missing schemaVersion");
    ExpectReadIssue(checks, SampleRecords.EmbeddedJson.Replace("\"sector\": \"lga\"", "\"sector\": \"martian\"", StringComparison.Ordinal), ReadingIssueCodes.UnknownCode, "an unknown sector code");
    ExpectReadIssue(checks, SampleRecords.EmbeddedJson.Replace("\"title\":", "\"id\": \"twice\", \"title\":", StringComparison.Ordinal), ReadingIssueCodes.DuplicateProperty, "a duplicate property");
    ExpectReadIssue(checks, string.Concat(Enumerable.Repeat("[", 100)) + string.Concat(Enumerable.Repeat("]", 100)), ReadingIssueCodes.NestingTooDeep, "nesting deeper than 64");
    ExpectReadIssue(checks, SampleRecords.EmbeddedJson, ReadingIssueCodes.DocumentTooLarge, "a document over the size limit", new ChallengeReaderOptions { MaxDocumentBytes = 100 });
    ExpectReadIssue(checks, SampleRecords.EmbeddedJson.Replace("\"title\":", "\"note\": \"\\ud800\", \"title\":", StringComparison.Ordinal), ReadingIssueCodes.InvalidValue, "a lone surrogate in an unknown property");
    ExpectReadIssue(checks, SampleRecords.EmbeddedJson.Replace("\"role\": \"team-leader\"", "\"role\": \"Team Leader\"", StringComparison.Ordinal), FrameworkIssueCodes.MalformedCode, "a malformed role code");
    var direct = System.Text.Json.JsonSerializer.Deserialize(System.Text.Encoding.UTF8.GetBytes(SampleRecords.EmbeddedJson), PeerChallengeJson.ChallengeRecordTypeInfo);
    checks.True(direct is not null && direct == embedded.Value, "the one-pass deserializer reads a sound document as the reader does");

    var edition = System.Text.Json.Nodes.JsonNode.Parse(ChallengeRecordWriter.WriteEdition(BuiltInEditions.Lgg2011))!.AsObject();
    edition.Remove("leadInWeeks");
    edition.Remove("onSiteDays");
    edition["roles"]!.AsArray().OfType<System.Text.Json.Nodes.JsonObject>().ToList().ForEach(role => role.Remove("onSite"));
    var defaulted = ChallengeRecordReader.ReadEdition(System.Text.Encoding.UTF8.GetBytes(edition.ToJsonString()));
    checks.True(defaulted.Value is { LeadInWeeks: 8, OnSiteDays: 5 } e && e.Roles.All(r => r.OnSite), "left-out lengths and on-site flags read as the schema's defaults");
}

static void ExpectReadIssue(SmokeChecks checks, string json, IssueCode expected, string what, ChallengeReaderOptions? options = null)
{
    try
    {
        var result = ChallengeRecordReader.Read(json, options);
        checks.True(!result.Succeeded && result.Issues.Any(i => i.Code == expected), $"reader reports {expected.Code} for {what} (got {string.Join("; ", result.Issues)})");
    }
    catch (Exception ex)
    {
        checks.True(false, $"reader must not throw for {what}, but threw {ex.GetType().Name}: {ex.Message}");
    }
}

static void Validators(SmokeChecks checks)
{
    checks.Section("validators");
    var validator = new ChallengeRecordValidator();
    var valid = SampleRecords.BuildValid();
    var issues = validator.ValidateRecord(valid);
    checks.True(!issues.Any(i => i.IsError), $"a valid record has no errors ({string.Join("; ", issues)})");

    var invalid = valid with
    {
        Edition = EditionCode.Lgg2011,
        Team = [.. valid.Team.Where(m => m.Role != RoleCode.TeamLeader).Select(m => m.Role == RoleCode.MemberPeer ? m with { ElectedMember = false } : m)],
        Timeline = valid.Timeline with { OnSiteEnd = valid.Timeline.OnSiteStart.Earliest.PlusDays(-1) },
    };
    var found = validator.ValidateRecord(invalid);
    Expect(checks, found, TeamIssueCodes.RoleBelowMinimum, "/team");
    Expect(checks, found, TeamIssueCodes.ElectedMemberRequired, "/team/0/electedMember");
    Expect(checks, found, TimelineIssueCodes.OnSiteEndBeforeStart, "/timeline/onSiteEnd");
    checks.True(found.All(i => i.Message.Length > 0 && i.Severity is not null), "every issue has a severity and a message");

    var unknownEdition = validator.ValidateRecord(valid with { Edition = EditionCode.Parse("lgg-1999") });
    Expect(checks, unknownEdition, RecordIssueCodes.UnknownEdition, "/edition");

    // A past review: a team only partly known and a visit given as a month, with no last day, are information.
    var partial = valid with
    {
        TeamKnown = PeerChallenge.Domain.Provenance.Knowledge.PartlyKnown,
        Timeline = valid.Timeline with { OnSiteStart = PeerChallenge.Domain.Provenance.PartialDate.Parse("2011-10"), OnSiteEnd = null },
    };
    try
    {
        var notes = validator.ValidateRecord(partial);
        checks.True(!notes.Any(i => i.IsError) && notes.Any(i => i.Severity == IssueSeverity.Information), $"a partly known team and a month date give information, not errors (got {string.Join("; ", notes)})");
        checks.Equal("October 2011", PeerChallenge.Domain.Provenance.PartialDate.Parse("2011-10").ToDisplayString(), "a month date displays in English without a named culture");
    }
    catch (Exception ex)
    {
        checks.True(false, $"validating a past review must not throw, but threw {ex.GetType().Name}: {ex.Message}");
    }
}

static void PastReview(SmokeChecks checks)
{
    checks.Section("past review (format 1.1)");
    var read = ChallengeRecordReader.Read(SampleRecords.PastReviewJson);
    checks.True(read.Succeeded && read.Issues.Count == 0, $"the past review reads without issues ({string.Join("; ", read.Issues)})");
    if (!read.Succeeded)
    {
        return;
    }

    var record = read.Value;
    checks.True(ReferenceEquals(RecordKind.PastReview, record.Kind), "kind past-review");
    checks.True(ReferenceEquals(Knowledge.PartlyKnown, record.TeamKnown) && ReferenceEquals(Knowledge.NotKnown, record.OfstedNotificationKnown)
        && ReferenceEquals(Knowledge.PartlyKnown, record.MethodsKnown) && ReferenceEquals(Knowledge.NotKnown, record.LinesOfEnquiry[0].ThemesKnown), "what is known, partly known and not known");
    checks.Equal(PartialDate.OfMonth(2010, 1), record.Timeline.OnSiteStart, "the visit is January 2010");
    checks.True(record.Timeline.OnSiteEnd is null && record.Timeline.FinalReportDue is { IsApproximate: true, Precision: DatePrecision.Year }, "no last on-site day; the final report c. 2010");
    checks.Equal("January 2010", record.Timeline.OnSiteStart.ToDisplayString(), "a month for a council officer (invariant globalization)");
    checks.Equal("c. 2010", record.Timeline.FinalReportDue!.Value.ToDisplayString(), "an approximate year for a council officer");
    checks.True(record.Team.All(m => m.Name is null && m.HomeOrganisation is null && ReferenceEquals(MemberStatus.Confirmed, m.EffectiveStatus)), "members without names, confirmed");
    checks.Equal("Improvement and Development Agency (IDeA)", record.ConductedBy?.NameIn(2010), "the body that ran it, by its name in 2010");
    checks.True(record.Sources is [{ Published: { Precision: DatePrecision.Month } }] && record.Citations is [{ Sources: ["src-1"] }] && record.EarlierReviews is [{ Grade: not null }], "sources, citations and earlier reviews");
    checks.True(record.UnknownProperties?.ContainsKey("x-transcribedBy") == true, "a local x- property is kept");

    var issues = new ChallengeRecordValidator().ValidateRecord(record);
    checks.True(!issues.Any(i => i.IsError), $"the past review has no errors ({string.Join("; ", issues)})");
    checks.True(issues.Any(i => i.Code == TimelineIssueCodes.DatesNotPrecise && i.Path.ToString() == "/timeline" && ReferenceEquals(IssueSeverity.Information, i.Severity) && i.Message.Contains("January 2010", StringComparison.Ordinal)),
        $"PC0311 at /timeline, information, naming January 2010 (got {string.Join("; ", issues)})");
    Expect(checks, issues, TimelineIssueCodes.OfstedNotificationNotKnown, "/ofstedNotificationKnown");
    Expect(checks, issues, TeamIssueCodes.TeamNotFullyRecorded, "/teamKnown");
    checks.True(!issues.Any(i => i.Code == TimelineIssueCodes.OfstedNotNotified || i.Code == TeamIssueCodes.RoleBelowMinimum), "no PC0307 and no PC0201 on a past review that does not know them");

    var written = ChallengeRecordWriter.Write(record);
    var again = ChallengeRecordReader.Read(written);
    checks.True(again.Succeeded && again.Value == record, "write then read gives an equal record");
    checks.True(again.Succeeded && ChallengeRecordWriter.Write(again.Value) == written, "write, read and write again gives the same text");
    checks.True(written.Contains("\"onSiteStart\": \"2010-01\"", StringComparison.Ordinal) && written.Contains("\"finalReportDue\": \"2010~\"", StringComparison.Ordinal), "vague dates written as they were read");
    var direct = System.Text.Json.JsonSerializer.Deserialize(System.Text.Encoding.UTF8.GetBytes(SampleRecords.PastReviewJson), PeerChallengeJson.ChallengeRecordTypeInfo);
    checks.True(direct is not null && direct == record, "the one-pass deserializer reads the past review as the reader does");
}

static void Schemas(SmokeChecks checks)
{
    checks.Section("embedded schemas");
    checks.Equal("challenge-record,edition", string.Join(',', ChallengeSchemas.Names), "ChallengeSchemas.Names");
    foreach (var name in ChallengeSchemas.Names)
    {
        var schema = ChallengeSchemas.Get(name);
        checks.True(schema.Contains("https://json-schema.org/draft/2020-12/schema", StringComparison.Ordinal), $"the embedded {name} schema is draft 2020-12");
        checks.True(schema.Contains(ChallengeSchemas.Id(name).ToString(), StringComparison.Ordinal), $"the embedded {name} schema carries its $id");
    }
}

static void Expect(SmokeChecks checks, IReadOnlyList<ValidationIssue> issues, IssueCode code, string path) =>
    checks.True(issues.Any(i => i.Code == code && i.Path.ToString() == path), $"validator reports {code.Code} at {path} (got {string.Join("; ", issues)})");

static void RecordFile(SmokeChecks checks, string path)
{
    checks.Section($"record file {path}");
    using var stream = File.OpenRead(path);
    var result = ChallengeRecordReader.Read(stream);
    checks.True(result.Succeeded, $"{path} reads ({string.Join("; ", result.Issues)})");
    if (result.Succeeded)
    {
        var issues = new ChallengeRecordValidator().ValidateRecord(result.Value);
        checks.True(!issues.Any(i => i.IsError), $"{path} has no validation errors ({string.Join("; ", issues)})");
        var again = ChallengeRecordReader.Read(ChallengeRecordWriter.Write(result.Value));
        checks.True(again.Succeeded && again.Value == result.Value, $"{path} round-trips through the writer");
    }
}

static void InvalidRecords(SmokeChecks checks, string directory)
{
    checks.Section($"invalid records in {directory}");
    using var expected = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "expected-issues.json")));
    var count = 0;
    foreach (var entry in expected.RootElement.EnumerateObject())
    {
        count++;
        var unreadable = entry.Value.GetProperty("exitCode").GetInt32() == 2;
        var read = ChallengeRecordReader.Read(File.ReadAllBytes(Path.Combine(directory, entry.Name)));
        var issues = read.Succeeded ? [.. read.Issues, .. new ChallengeRecordValidator().ValidateRecord(read.Value)] : read.Issues;
        checks.Equal(!unreadable, read.Succeeded, $"{entry.Name} is {(unreadable ? "unreadable" : "readable")}");
        checks.True(issues.Any(i => i.IsError), $"{entry.Name} has errors");
        foreach (var code in entry.Value.GetProperty("mustRaise").EnumerateArray().Select(c => c.GetString()))
        {
            checks.True(issues.Any(i => i.Code.Code == code), $"{entry.Name} raises {code} (got {string.Join(", ", issues.Select(i => i.Code).Distinct())})");
        }
    }

    checks.True(count > 0, $"{directory}/expected-issues.json lists invalid records");
}

static void Privacy(SmokeChecks checks)
{
    checks.Section("privacy");
    checks.Equal("EMAIL,PHONE,NHS_NUMBER,NI_NUMBER,UPN,POSTCODE,DATE_OF_BIRTH,CASE_REF,PERSON,ADDRESS", string.Join(',', PersonalDataKind.All.Select(k => k.Code)), "PersonalDataKind.All in declaration order");
    checks.True(ReferenceEquals(PersonalDataKind.Person, PersonalDataKind.FromCode("PERSON")), "PersonalDataKind.FromCode(\"PERSON\")");
    checks.True(NameGazetteer.Default.ForenameCount > 400 && NameGazetteer.Default.IsSurname("Smith"), "the embedded name lists load");

    const string note = "Sarah Jones (DOB 12/03/2009) rang 0114 273 4567; NHS 943 476 5919, S60 2TQ. The LSCB met on 3 October 2011.";
    checks.Equal(
        "[PERSON] (DOB [DATE_OF_BIRTH]) rang [PHONE]; NHS [NHS_NUMBER], [POSTCODE]. The LSCB met on 3 October 2011.",
        PersonalDataRedactor.Default.Redact(note),
        "PersonalDataRedactor.Default.Redact");
    var masked = new PersonalDataRedactor(PersonalDataScanner.Default, RedactionOperator.Mask()).Redact(note);
    checks.True(masked.Length == note.Length && !masked.Contains("Sarah", StringComparison.Ordinal), "the mask operator keeps the length");
    var pseudonyms = new PersonalDataRedactor(PersonalDataScanner.Default, RedactionOperator.Pseudonym(new byte[32])).Redact("Sarah Jones met Sarah Jones");
    checks.True(pseudonyms.StartsWith("[PERSON-", StringComparison.Ordinal) && pseudonyms[..17] == pseudonyms[^17..], "the keyed pseudonym is the same for the same value");
    checks.Throws<ArgumentException>(() => RedactionOperator.Pseudonym(new byte[8]), "a short pseudonym key is refused");
    checks.Equal(PrivacyIssueCodes.PersonalDataInNonAttributableText, IssueCodes.Find("PC0401"), "IssueCodes.Find(\"PC0401\")");
}

