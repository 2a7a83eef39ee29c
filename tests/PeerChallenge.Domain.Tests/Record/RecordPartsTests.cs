using System.Text.Json.Nodes;
using NodaTime;

namespace PeerChallenge.Domain.Tests.Record;

/// <summary>The parts of a record a citation's <c>about</c> pointer can name.</summary>
public sealed class RecordPartsTests
{
    private static readonly ChallengeRecord Valid = TestRecords.Rotherham2011;

    /// <summary>
    /// A record that gives every property of the format (besides the parts of an inline edition, which the table does not
    /// describe), with a local <c>x-</c> property on the record and on a team member, read from JSON as a user would.
    /// </summary>
    private static readonly Lazy<(ChallengeRecord Record, JsonObject Json)> Full = new(() =>
    {
        var lga = new Organisation
        {
            Id = OrganisationId.Parse("GB-COH-03675577"),
            Name = "Local Government Association",
            Sector = Sector.Lga,
            Names = [new OrganisationName { Name = "Local Government Group", From = 2011, To = 2012 }],
        };
        var custom = BuiltInEditions.Lgg2011 with { Code = EditionCode.Parse("rotherham-2011"), Name = "Rotherham variant" };
        var record = Valid.WithMember(0, m => m with
        {
            Status = MemberStatus.Confirmed,
            JobTitle = "Director of Children's Services",
            HomeOrganisationKind = "metropolitan borough council",
            OnSite = true,
            Sources = ["src-1"],
            HomeOrganisation = m.HomeOrganisation! with { Names = [new OrganisationName { Name = "Wakefield Metropolitan District Council", To = 2010 }] },
        }) with
        {
            Kind = RecordKind.PastReview,
            Edition = custom.Code,
            EditionDefinition = custom,
            ConductedBy = lga,
            TeamKnown = Knowledge.PartlyKnown,
            Timeline = new ChallengeTimeline
            {
                LeadInStart = new LocalDate(2011, 8, 8),
                OnSiteStart = new LocalDate(2011, 10, 3),
                OnSiteEnd = new LocalDate(2011, 10, 7),
                DraftReportDue = new LocalDate(2011, 10, 21),
                CouncilCommentsDue = new LocalDate(2011, 10, 28),
                FinalReportDue = new LocalDate(2011, 11, 4),
                ActionPlanDue = PartialDate.OfMonth(2011, 12),
                ProgressReviewDue = PartialDate.OfYear(2012),
            },
            OfstedNotification = Valid.OfstedNotification! with
            {
                NotifiedOn = new LocalDate(2011, 8, 1),
                InspectionWindows = [new InspectionWindow { Id = "w-1", Start = new LocalDate(2011, 11, 1), End = new LocalDate(2011, 11, 30), Description = "Unannounced inspection" }],
            },
            OfstedNotificationKnown = Knowledge.PartlyKnown,
            LinesOfEnquiry = [Valid.LinesOfEnquiry[0] with { ThemesKnown = Knowledge.PartlyKnown, Sources = ["src-1"] }],
            Methods = [MethodCode.Parse("case-mapping")],
            MethodsKnown = Knowledge.PartlyKnown,
            EarlierReviews =
            [
                new EarlierReview
                {
                    Id = "peer-2010", Kind = EarlierReviewKind.PeerReview, Title = "Safeguarding peer review", Date = PartialDate.OfYear(2010),
                    Grade = OfstedGrade.Good, ChallengeId = ChallengeId.Parse("IDEA-SPR-2010-ROT"), Relation = EarlierReviewRelation.FollowUp, Sources = ["src-1"],
                },
            ],
            Sources =
            [
                new Source
                {
                    Id = "src-1", Title = "Feedback letter", Kind = SourceKind.FeedbackLetter, Publisher = "Local Government Group",
                    Published = PartialDate.OfMonth(2011, 11), Address = "https://www.example.gov.uk/letter.pdf", Accessed = new LocalDate(2024, 5, 1),
                },
            ],
            Citations = [new Citation { About = JsonPointer.Parse("/timeline/onSiteStart"), Sources = ["src-1"], Locator = "page 1" }],
            Documents = [Evidence.EvidenceTestRecords.Plan with { LinesOfEnquiry = ["loe-1"] }],
            Evidence = [Evidence.EvidenceTestRecords.FocusGroup],
            Questionnaires =
            [
                Evidence.QuestionnaireTestRecords.Staff with
                {
                    // Not valid (an answer has both an option and text), but it gives every property of an answer; the
                    // free-text question's empty lists are left out, since a pointer into an empty list names no part.
                    Questions = [Evidence.QuestionnaireTestRecords.Thresholds],
                    Responses = [Evidence.QuestionnaireTestRecords.Staff.Responses[0] with { Answers = [new Domain.Evidence.Answer { Question = "q1", Option = "agree", Text = "Mostly." }] }],
                    Marking = Domain.Evidence.SecurityMarking.Protect,
                },
            ],
            CaseAudit = Evidence.CaseAuditTestRecords.Audit with { Marking = Domain.Evidence.SecurityMarking.Protect },
            // Sessions whose lists all hold something: a pointer into an empty list names no part.
            Timetable = OnSite.TimetableTestRecords.Week with { Sessions = [OnSite.TimetableTestRecords.Week.Sessions[1], OnSite.TimetableTestRecords.Week.Sessions[2]] },
            Findings = [Findings.FindingsTestRecords.Recommendation],
            Feedback = Findings.FindingsTestRecords.Feedback,
            Report = Findings.FindingsTestRecords.Report,
            ActionPlan = Findings.FindingsTestRecords.ActionPlan,
            Export = new ExportStamp
            {
                Profile = "partner",
                Date = new NodaTime.LocalDate(2012, 1, 16),
                ToolVersion = "peer-challenge test",
                Marking = Domain.Evidence.DerivedMarking.Of(Domain.Evidence.SecurityMarking.Protect),
                KeyFingerprint = "0123456789abcdef",
                NonAttributionThreshold = 3,
                Manifest = new ExportManifest
                {
                    Parts =
                    [
                        new ExportManifestEntry
                        {
                            Part = "findings", Treatments = ["redact"], Kept = 1, Dropped = 1, FieldsScanned = 1, Widened = 1, Withheld = 1, Tabulated = 1, LocalFieldsDropped = 1,
                            Redacted = [new RedactionCount { Kind = "PERSON", Count = 1 }], Pseudonymised = [new RedactionCount { Kind = "CASE_REF", Count = 1 }],
                        },
                    ],
                },
                Tables = [new ExportTable { Id = "t", Title = "T", Disclosure = "dfe", Marking = Domain.Evidence.DerivedMarking.Of(Domain.Evidence.SecurityMarking.Protect), Columns = ["Total"], Rows = [new ExportTableRow { Label = "Total", Cells = ["12"] }] }],
            },
        };

        var json = JsonNode.Parse(ChallengeRecordWriter.Write(record))!.AsObject();
        json["x-budget"] = new JsonObject { ["total"] = 12000, ["lines"] = new JsonArray(1, 2) };
        json["team"]![0]!.AsObject()["x-grade"] = "senior";
        var read = ChallengeRecordReader.Read(json.ToJsonString());
        return (read.Value!, json);
    });

    public static TheoryData<string> Found =>
    [
        "",
        "/title",
        "/kind",
        "/teamKnown",
        "/methodsKnown",
        "/hostCouncil",
        "/hostCouncil/id",
        "/team/0",
        "/team/5/name",
        "/team/2/homeOrganisation/sector",
        "/linesOfEnquiry/1/themes/0",
        "/linesOfEnquiry/0/themesKnown",
        "/partnerAgencies/1",
        "/timeline/onSiteEnd",
        "/ofstedNotification/notified",
        "/contact/email",
    ];

    public static TheoryData<string, string> NotFound => new()
    {
        { "/team/6", "/team has 6 items, so it has no item 6 (items are numbered from 0)" },
        { "/team/99999999999", "/team has 6 items, so it has no item of that number (items are numbered from 0)" },
        { "/team/-", "/team is a list, so the next step must be an item number (0, 1, ...)" },
        { "/team/01", "/team is a list, so the next step must be an item number (0, 1, ...)" },
        { "/team/first", "/team is a list, so the next step must be an item number (0, 1, ...)" },
        { "/partnerAgencies/2/name", "/partnerAgencies has 2 items, so it has no item 2 (items are numbered from 0)" },
        { "/conductedBy", "the record does not give /conductedBy" },
        { "/conductedBy/name", "the record does not give /conductedBy" },
        { "/sources", "the record does not give /sources" },
        { "/methods/0", "the record does not give /methods" },
        { "/timeline/draftReportDue", "the record does not give /timeline/draftReportDue" },
        { "/ofstedNotification/inspectionWindows/0", "the record does not give /ofstedNotification/inspectionWindows" },
        { "/team/0/homeOrganisation/names/0", "the record does not give /team/0/homeOrganisation/names" },
        { "/team/3/jobTitle", "the record does not give /team/3/jobTitle" },
        { "/Title", "the record has no property of that name" },
        { "/onSiteStart", "the record has no property of that name" },
        { "/", "the record has no property of that name" },
        { "/team/0/Alex Morgan", "/team/0 has no property of that name" },
        { "/timeline/onSiteStart/year", "/timeline/onSiteStart is a single value, with no parts" },
        { "/title/0", "/title is a single value, with no parts" },
    };

    [Theory]
    [MemberData(nameof(Found))]
    public void A_pointer_to_a_part_the_record_gives_is_found(string pointer)
    {
        Assert.Null(RecordParts.WhyNotFound(Valid, JsonPointer.Parse(pointer)));
    }

    [Theory]
    [MemberData(nameof(NotFound))]
    public void A_pointer_to_a_part_the_record_does_not_have_says_why_without_quoting_the_step_not_found(string pointer, string why)
    {
        Assert.Equal(why, RecordParts.WhyNotFound(Valid, JsonPointer.Parse(pointer)));
    }

    [Fact]
    public void The_root_pointer_is_the_whole_record()
    {
        Assert.Null(RecordParts.WhyNotFound(Valid, JsonPointer.Root));
    }

    [Fact]
    public void Every_pointer_into_the_json_of_a_record_names_a_part_of_it()
    {
        var (record, json) = Full.Value;

        var pointers = PointersOf(json, JsonPointer.Root).ToList();

        Assert.True(pointers.Count > 150, $"Only {pointers.Count} pointers.");
        Assert.All(pointers, p => Assert.True(RecordParts.WhyNotFound(record, p) is null, $"{p}: {RecordParts.WhyNotFound(record, p)}"));
    }

    [Fact]
    public void The_record_of_that_test_gives_every_property_of_every_object_of_the_format()
    {
        // Each object of the published schema (the parts of an inline edition aside) appears in the record with all its properties.
        var schema = JsonNode.Parse(ChallengeSchemas.Get(ChallengeSchemas.ChallengeRecord))!.AsObject();
        var objects = ObjectsOf(Full.Value.Json).Select(o => o.Select(p => p.Key).ToHashSet(StringComparer.Ordinal)).ToList();
        var shapes = schema["$defs"]!.AsObject()
            .Where(d => d.Key is not ("Edition" or "RoleDefinition" or "ThemeDefinition"))
            .Select(d => (Name: d.Key, Properties: d.Value!["properties"]!.AsObject().Select(p => p.Key).ToList()))
            .Append((Name: "record", Properties: schema["properties"]!.AsObject().Select(p => p.Key).ToList()));

        Assert.All(shapes, shape => Assert.True(
            objects.Any(o => shape.Properties.All(o.Contains)),
            $"No object of the test record has every property of {shape.Name}: {string.Join(", ", shape.Properties)}."));
    }

    [Fact]
    public void Parts_the_table_does_not_describe_are_accepted_below_a_part_that_is_given()
    {
        var (record, _) = Full.Value;

        Assert.Null(RecordParts.WhyNotFound(record, JsonPointer.Parse("/editionDefinition/roles/0/code")));
        Assert.Null(RecordParts.WhyNotFound(record, JsonPointer.Parse("/x-budget/lines/7")));
        Assert.Null(RecordParts.WhyNotFound(record, JsonPointer.Parse("/team/0/x-grade")));
        Assert.Equal("the record has no property of that name", RecordParts.WhyNotFound(record, JsonPointer.Parse("/x-other")));
        Assert.Equal("/team/1 has no property of that name", RecordParts.WhyNotFound(record, JsonPointer.Parse("/team/1/x-grade")));
        Assert.Equal("the record does not give /editionDefinition", RecordParts.WhyNotFound(Valid, JsonPointer.Parse("/editionDefinition/roles/0")));
    }

    [Fact]
    public void A_step_escaped_as_RFC_6901_says_is_read_unescaped()
    {
        Assert.Equal("/team/0 has no property of that name", RecordParts.WhyNotFound(Valid, JsonPointer.Parse("/team/0/a~1b~0c")));
        Assert.Equal("/team/0 has no property of that name", RecordParts.WhyNotFound(Valid, JsonPointer.Root.Append("team").Append(0).Append("name/0")));
    }

    private static IEnumerable<JsonPointer> PointersOf(JsonNode? node, JsonPointer at)
    {
        yield return at;
        var children = node switch
        {
            JsonObject o => o.Select(p => (Pointer: at.Append(p.Key), p.Value)),
            JsonArray a => a.Select((v, i) => (Pointer: at.Append(i), Value: v)),
            _ => [],
        };
        foreach (var (pointer, value) in children)
        {
            foreach (var inner in PointersOf(value, pointer))
            {
                yield return inner;
            }
        }
    }

    private static IEnumerable<JsonObject> ObjectsOf(JsonNode? node) => node switch
    {
        JsonObject o => o.Select(p => p.Value).SelectMany(ObjectsOf).Prepend(o),
        JsonArray a => a.SelectMany(ObjectsOf),
        _ => [],
    };
}
