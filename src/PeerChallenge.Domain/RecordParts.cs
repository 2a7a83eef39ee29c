using System.Globalization;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Evidence;
using PeerChallenge.Domain.Findings;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.OnSite;
using PeerChallenge.Domain.Organisations;
using PeerChallenge.Domain.Provenance;
using PeerChallenge.Domain.Team;
using PeerChallenge.Domain.Timeline;

namespace PeerChallenge.Domain;

/// <summary>
/// The parts of a record a JSON Pointer can name (the <c>about</c> of a <see cref="Citation"/>), as a table of the
/// format's JSON property names over the record's objects: a pointer is followed through the objects themselves, never
/// through their JSON.
/// </summary>
/// <remarks>
/// <para>
/// A pointer names a part when every step is given: the empty pointer is the whole record; a property step names a
/// property of the format (<c>timeline</c>, then <c>onSiteStart</c>) whose value is given (not null and, for a list, not
/// empty); an index step names an item of a list within its range (<c>/team/2</c>, written as RFC 6901 writes it: no sign,
/// no leading zero). A single value (a text, a date, a code) has no parts.
/// </para>
/// <para>
/// A pointer deeper than the table knows is accepted once its known prefix resolves: the table does not describe the
/// parts of an inline edition (<c>editionDefinition</c>), nor of a property the record kept as read without knowing it (a
/// local <c>x-</c> property or one of a newer format version, in <see cref="ChallengeRecord.UnknownProperties"/> and the
/// like), so <c>/editionDefinition/themes/0</c> is accepted when the record defines an edition.
/// </para>
/// <para>The table is built once and only read: safe to share between threads.</para>
/// </remarks>
internal static class RecordParts
{
    private static readonly Shape Value = new Leaf();

    private static readonly Shape Described = new Opaque();

    private static readonly Shape OrganisationName = ObjectOf<OrganisationName>(n => n.UnknownProperties,
        ("name", n => n.Name, Value), ("from", n => n.From, Value), ("to", n => n.To, Value));

    private static readonly Shape Organisation = ObjectOf<Organisation>(o => o.UnknownProperties,
        ("id", o => o.Id, Value), ("name", o => o.Name, Value), ("sector", o => o.Sector, Value), ("names", o => o.Names, ListOf(OrganisationName)));

    private static readonly Shape SourceIds = ListOf(Value);

    private static readonly Shape Count = ObjectOf<RedactionCount>(c => c.UnknownProperties, ("kind", c => c.Kind, Value), ("count", c => c.Count, Value));

    private static readonly Shape Record = ObjectOf<ChallengeRecord>(r => r.UnknownProperties,
        ("schemaVersion", r => r.SchemaVersion, Value),
        ("id", r => r.Id, Value),
        ("kind", r => r.Kind, Value),
        ("edition", r => r.Edition, Value),
        ("editionDefinition", r => r.EditionDefinition, Described),
        ("title", r => r.Title, Value),
        ("hostCouncil", r => r.HostCouncil, Organisation),
        ("conductedBy", r => r.ConductedBy, Organisation),
        ("partnerAgencies", r => r.PartnerAgencies, ListOf(Organisation)),
        ("team", r => r.Team, ListOf(ObjectOf<TeamMember>(m => m.UnknownProperties,
            ("id", m => m.Id, Value), ("role", m => m.Role, Value), ("status", m => m.Status, Value), ("name", m => m.Name, Value),
            ("jobTitle", m => m.JobTitle, Value), ("homeOrganisation", m => m.HomeOrganisation, Organisation),
            ("homeOrganisationKind", m => m.HomeOrganisationKind, Value), ("sector", m => m.Sector, Value),
            ("electedMember", m => m.ElectedMember, Value), ("onSite", m => m.OnSite, Value), ("sources", m => m.Sources, SourceIds)))),
        ("teamKnown", r => r.TeamKnown, Value),
        ("timeline", r => r.Timeline, ObjectOf<ChallengeTimeline>(t => t.UnknownProperties,
            ("leadInStart", t => t.LeadInStart, Value), ("onSiteStart", t => t.OnSiteStart, Value), ("onSiteEnd", t => t.OnSiteEnd, Value),
            ("draftReportDue", t => t.DraftReportDue, Value), ("councilCommentsDue", t => t.CouncilCommentsDue, Value),
            ("finalReportDue", t => t.FinalReportDue, Value), ("actionPlanDue", t => t.ActionPlanDue, Value),
            ("progressReviewDue", t => t.ProgressReviewDue, Value))),
        ("ofstedNotification", r => r.OfstedNotification, ObjectOf<OfstedNotification>(n => n.UnknownProperties,
            ("notified", n => n.Notified, Value), ("notifiedOn", n => n.NotifiedOn, Value), ("notifiedBy", n => n.NotifiedBy, Value),
            ("inspectionWindows", n => n.InspectionWindows, ListOf(ObjectOf<InspectionWindow>(w => w.UnknownProperties,
                ("id", w => w.Id, Value), ("start", w => w.Start, Value), ("end", w => w.End, Value), ("description", w => w.Description, Value)))))),
        ("ofstedNotificationKnown", r => r.OfstedNotificationKnown, Value),
        ("contact", r => r.Contact, ObjectOf<Contact>(c => c.UnknownProperties,
            ("name", c => c.Name, Value), ("jobTitle", c => c.JobTitle, Value), ("telephone", c => c.Telephone, Value), ("email", c => c.Email, Value))),
        ("linesOfEnquiry", r => r.LinesOfEnquiry, ListOf(ObjectOf<LineOfEnquiry>(l => l.UnknownProperties,
            ("id", l => l.Id, Value), ("statement", l => l.Statement, Value), ("themes", l => l.Themes, ListOf(Value)),
            ("themesKnown", l => l.ThemesKnown, Value), ("sources", l => l.Sources, SourceIds)))),
        ("methods", r => r.Methods, ListOf(Value)),
        ("methodsKnown", r => r.MethodsKnown, Value),
        ("earlierReviews", r => r.EarlierReviews, ListOf(ObjectOf<EarlierReview>(e => e.UnknownProperties,
            ("id", e => e.Id, Value), ("kind", e => e.Kind, Value), ("title", e => e.Title, Value), ("date", e => e.Date, Value),
            ("grade", e => e.Grade, Value), ("challengeId", e => e.ChallengeId, Value), ("relation", e => e.Relation, Value),
            ("sources", e => e.Sources, SourceIds)))),
        ("sources", r => r.Sources, ListOf(ObjectOf<Source>(s => s.UnknownProperties,
            ("id", s => s.Id, Value), ("title", s => s.Title, Value), ("kind", s => s.Kind, Value), ("publisher", s => s.Publisher, Value),
            ("published", s => s.Published, Value), ("address", s => s.Address, Value), ("accessed", s => s.Accessed, Value)))),
        ("citations", r => r.Citations, ListOf(ObjectOf<Citation>(c => c.UnknownProperties,
            ("about", c => c.About, Value), ("sources", c => c.Sources, SourceIds), ("locator", c => c.Locator, Value)))),
        ("documents", r => r.Documents, ListOf(ObjectOf<Document>(d => d.UnknownProperties,
            ("id", d => d.Id, Value), ("title", d => d.Title, Value), ("kind", d => d.Kind, Value), ("owner", d => d.Owner, Value),
            ("date", d => d.Date, Value), ("themes", d => d.Themes, ListOf(Value)), ("linesOfEnquiry", d => d.LinesOfEnquiry, ListOf(Value)),
            ("marking", d => d.Marking, Value)))),
        ("evidence", r => r.Evidence, ListOf(ObjectOf<EvidenceItem>(e => e.UnknownProperties,
            ("id", e => e.Id, Value), ("method", e => e.Method, Value), ("themes", e => e.Themes, ListOf(Value)),
            ("linesOfEnquiry", e => e.LinesOfEnquiry, ListOf(Value)), ("date", e => e.Date, Value), ("gatheredBy", e => e.GatheredBy, ListOf(Value)),
            ("summary", e => e.Summary, Value), ("documents", e => e.Documents, ListOf(Value)),
            ("source", e => e.Source, ObjectOf<EvidenceSource>(s => s.UnknownProperties,
                ("roleGroup", s => s.RoleGroup, Value), ("agencyType", s => s.AgencyType, Value), ("groupSize", s => s.GroupSize, Value)))))),
        ("questionnaires", r => r.Questionnaires, ListOf(ObjectOf<Questionnaire>(q => q.UnknownProperties,
            ("id", q => q.Id, Value), ("title", q => q.Title, Value),
            ("questions", q => q.Questions, ListOf(ObjectOf<Question>(q => q.UnknownProperties,
                ("id", q => q.Id, Value), ("text", q => q.Text, Value), ("themes", q => q.Themes, ListOf(Value)),
                ("linesOfEnquiry", q => q.LinesOfEnquiry, ListOf(Value)),
                ("options", q => q.Options, ListOf(ObjectOf<ResponseOption>(o => o.UnknownProperties, ("code", o => o.Code, Value), ("label", o => o.Label, Value))))))),
            ("responses", q => q.Responses, ListOf(ObjectOf<QuestionnaireResponse>(r => r.UnknownProperties,
                ("id", r => r.Id, Value),
                ("respondent", r => r.Respondent, ObjectOf<Respondent>(p => p.UnknownProperties, ("roleGroup", p => p.RoleGroup, Value), ("agencyType", p => p.AgencyType, Value))),
                ("answers", r => r.Answers, ListOf(ObjectOf<Answer>(a => a.UnknownProperties,
                    ("question", a => a.Question, Value), ("option", a => a.Option, Value), ("text", a => a.Text, Value))))))),
            ("marking", q => q.Marking, Value)))),
        ("caseAudit", r => r.CaseAudit, ObjectOf<CaseAudit>(a => a.UnknownProperties,
            ("criteria", a => a.Criteria, ListOf(ObjectOf<AuditCriterion>(c => c.UnknownProperties,
                ("id", c => c.Id, Value), ("name", c => c.Name, Value), ("themes", c => c.Themes, ListOf(Value))))),
            ("cases", a => a.Cases, ListOf(ObjectOf<AuditedCase>(c => c.UnknownProperties,
                ("pseudonym", c => c.Pseudonym, Value), ("agencies", c => c.Agencies, ListOf(Value)), ("levelOfNeed", c => c.LevelOfNeed, Value),
                ("earlyHelpAssessment", c => c.EarlyHelpAssessment, Value),
                ("grades", c => c.Grades, ListOf(ObjectOf<CriterionGrade>(g => g.UnknownProperties,
                    ("criterion", g => g.Criterion, Value), ("grade", g => g.Grade, Value)))),
                ("auditorRole", c => c.AuditorRole, Value)))),
            ("marking", a => a.Marking, Value))),
        ("timetable", r => r.Timetable, ObjectOf<Timetable>(t => t.UnknownProperties,
            ("sessions", t => t.Sessions, ListOf(ObjectOf<Session>(s => s.UnknownProperties,
                ("id", s => s.Id, Value), ("kind", s => s.Kind, Value), ("start", s => s.Start, Value), ("end", s => s.End, Value),
                ("place", s => s.Place, Value), ("teamMembers", s => s.TeamMembers, ListOf(Value)),
                ("participants", s => s.Participants, ListOf(ObjectOf<ParticipantGroup>(p => p.UnknownProperties,
                    ("roleGroup", p => p.RoleGroup, Value), ("agencyType", p => p.AgencyType, Value), ("expected", p => p.Expected, Value)))),
                ("themes", s => s.Themes, ListOf(Value)), ("linesOfEnquiry", s => s.LinesOfEnquiry, ListOf(Value))))))),
        ("findings", r => r.Findings, ListOf(ObjectOf<Finding>(f => f.UnknownProperties,
            ("id", f => f.Id, Value), ("kind", f => f.Kind, Value), ("statement", f => f.Statement, Value), ("themes", f => f.Themes, ListOf(Value)),
            ("linesOfEnquiry", f => f.LinesOfEnquiry, ListOf(Value)), ("evidence", f => f.Evidence, ListOf(Value)),
            ("number", f => f.Number, Value), ("priority", f => f.Priority, Value)))),
        ("feedback", r => r.Feedback, ObjectOf<FeedbackPresentation>(p => p.UnknownProperties,
            ("date", p => p.Date, Value),
            ("keyMessages", p => p.KeyMessages, ListOf(ObjectOf<KeyMessage>(m => m.UnknownProperties,
                ("theme", m => m.Theme, Value), ("message", m => m.Message, Value), ("findings", m => m.Findings, ListOf(Value))))))),
        ("report", r => r.Report, ObjectOf<ReportHistory>(h => h.UnknownProperties,
            ("versions", h => h.Versions, ListOf(ObjectOf<ReportVersion>(v => v.UnknownProperties,
                ("version", v => v.Version, Value), ("status", v => v.Status, Value), ("date", v => v.Date, Value)))),
            ("comments", h => h.Comments, ListOf(ObjectOf<CouncilComment>(c => c.UnknownProperties,
                ("id", c => c.Id, Value), ("date", c => c.Date, Value), ("section", c => c.Section, Value), ("finding", c => c.Finding, Value),
                ("comment", c => c.Comment, Value), ("decision", c => c.Decision, Value), ("reason", c => c.Reason, Value)))),
            ("themesNotCovered", h => h.ThemesNotCovered, ListOf(ObjectOf<ThemeOmission>(o => o.UnknownProperties,
                ("theme", o => o.Theme, Value), ("reason", o => o.Reason, Value)))))),
        ("actionPlan", r => r.ActionPlan, ObjectOf<ActionPlan>(p => p.UnknownProperties,
            ("published", p => p.Published, Value),
            ("entries", p => p.Entries, ListOf(ObjectOf<ActionPlanEntry>(e => e.UnknownProperties,
                ("recommendation", e => e.Recommendation, Value), ("desiredOutcome", e => e.DesiredOutcome, Value),
                ("successIndicators", e => e.SuccessIndicators, ListOf(Value)),
                ("actions", e => e.Actions, ListOf(ObjectOf<PlannedAction>(a => a.UnknownProperties,
                    ("id", a => a.Id, Value), ("description", a => a.Description, Value), ("owner", a => a.Owner, Value), ("due", a => a.Due, Value),
                    ("status", a => a.Status, Value),
                    ("progress", a => a.Progress, ListOf(ObjectOf<ProgressUpdate>(u => u.UnknownProperties,
                        ("date", u => u.Date, Value), ("status", u => u.Status, Value), ("note", u => u.Note, Value)))))))))))),
        ("export", r => r.Export, ObjectOf<ExportStamp>(x => x.UnknownProperties,
            ("profile", x => x.Profile, Value), ("date", x => x.Date, Value), ("toolVersion", x => x.ToolVersion, Value), ("marking", x => x.Marking, Value),
            ("keyFingerprint", x => x.KeyFingerprint, Value), ("nonAttributionThreshold", x => x.NonAttributionThreshold, Value),
            ("manifest", x => x.Manifest, ObjectOf<ExportManifest>(m => m.UnknownProperties,
                ("parts", m => m.Parts, ListOf(ObjectOf<ExportManifestEntry>(e => e.UnknownProperties,
                    ("part", e => e.Part, Value), ("treatments", e => e.Treatments, ListOf(Value)), ("kept", e => e.Kept, Value), ("dropped", e => e.Dropped, Value),
                    ("fieldsScanned", e => e.FieldsScanned, Value), ("redacted", e => e.Redacted, ListOf(Count)), ("pseudonymised", e => e.Pseudonymised, ListOf(Count)),
                    ("widened", e => e.Widened, Value), ("withheld", e => e.Withheld, Value), ("tabulated", e => e.Tabulated, Value),
                    ("localFieldsDropped", e => e.LocalFieldsDropped, Value)))))),
            ("tables", x => x.Tables, ListOf(ObjectOf<ExportTable>(t => t.UnknownProperties,
                ("id", t => t.Id, Value), ("title", t => t.Title, Value), ("disclosure", t => t.Disclosure, Value), ("marking", t => t.Marking, Value),
                ("columns", t => t.Columns, ListOf(Value)),
                ("rows", t => t.Rows, ListOf(ObjectOf<ExportTableRow>(w => w.UnknownProperties, ("label", w => w.Label, Value), ("cells", w => w.Cells, ListOf(Value)))))))))));

    /// <summary>
    /// Follows <paramref name="pointer"/> through <paramref name="record"/> and says why it does not name a part, in plain
    /// English that quotes only the part of the pointer that was found (names of the format and item numbers), never a
    /// step it could not follow.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <param name="pointer">The pointer, for example <c>/timeline/onSiteStart</c>.</param>
    /// <returns>Null when the pointer names a part of the record; otherwise why not, for example <c>/team has 6 items, so it has no item 9 (items are numbered from 0)</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    internal static string? WhyNotFound(ChallengeRecord record, JsonPointer pointer)
    {
        ArgumentNullException.ThrowIfNull(record);
        object value = record;
        var shape = Record;
        var reached = JsonPointer.Root;
        foreach (var step in pointer.Segments)
        {
            switch (shape)
            {
                case Opaque:
                    return null;
                case ObjectShape properties when properties.Properties.TryGetValue(step, out var property):
                    reached = reached.Append(step);
                    if (property.Get(value) is not { } next || next is IReadOnlyList<object> { Count: 0 })
                    {
                        return $"the record does not give {reached}";
                    }

                    (value, shape) = (next, property.Shape);
                    break;
                case ObjectShape properties:
                    return properties.KeptAsRead(value)?.ContainsKey(step) == true ? null : $"{Describe(reached)} has no property of that name";
                case ListShape list:
                    var items = (IReadOnlyList<object>)value;
                    if (!IsIndex(step))
                    {
                        return $"{reached} is a list, so the next step must be an item number (0, 1, ...)";
                    }

                    var inRange = int.TryParse(step, NumberStyles.None, CultureInfo.InvariantCulture, out var index);
                    if (!inRange || index >= items.Count)
                    {
                        return $"{reached} has {Items(items.Count)}, so it has no item {(inRange ? index.ToString(CultureInfo.InvariantCulture) : "of that number")} (items are numbered from 0)";
                    }

                    (value, shape, reached) = (items[index], list.Item, reached.Append(index));
                    break;
                default:
                    return $"{reached} is a single value, with no parts";
            }
        }

        return null;
    }

    private static string Describe(JsonPointer reached) => reached.IsRoot ? "the record" : reached.ToString();

    private static string Items(int count) => count == 1 ? "1 item" : string.Create(CultureInfo.InvariantCulture, $"{count} items");

    /// <summary>An array index as RFC 6901 writes it: <c>0</c>, or digits with no leading zero.</summary>
    private static bool IsIndex(string step) => step.Length > 0 && step.All(char.IsAsciiDigit) && (step.Length == 1 || step[0] != '0');

    private static ListShape ListOf(Shape item) => new(item);

    private static ObjectShape ObjectOf<T>(Func<T, UnknownProperties?> keptAsRead, params (string Name, Func<T, object?> Get, Shape Shape)[] properties) =>
        new(properties.ToDictionary(p => p.Name, p => new Property(o => p.Get((T)o), p.Shape), StringComparer.Ordinal), o => keptAsRead((T)o));

    /// <summary>What the table knows of a value: its parts, or that it has none.</summary>
    private abstract class Shape;

    /// <summary>A single value (a text, a number, a date, a code): it has no parts.</summary>
    private sealed class Leaf : Shape;

    /// <summary>A value whose parts the table does not describe: any deeper pointer is accepted.</summary>
    private sealed class Opaque : Shape;

    /// <summary>A list: its items, by index.</summary>
    private sealed class ListShape(Shape item) : Shape
    {
        internal Shape Item { get; } = item;
    }

    /// <summary>An object: its properties by JSON name, and the properties it kept as read.</summary>
    private sealed class ObjectShape(IReadOnlyDictionary<string, Property> properties, Func<object, UnknownProperties?> keptAsRead) : Shape
    {
        internal IReadOnlyDictionary<string, Property> Properties { get; } = properties;

        internal Func<object, UnknownProperties?> KeptAsRead { get; } = keptAsRead;
    }

    /// <summary>A property: how to get its value from its object, and what its value is.</summary>
    private sealed record Property(Func<object, object?> Get, Shape Shape);
}
