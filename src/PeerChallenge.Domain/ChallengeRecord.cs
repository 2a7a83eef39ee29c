using System.Text.Json.Serialization;
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
/// A children's safeguarding peer challenge: who is challenged and by whom, under which framework edition,
/// when, and on what local lines of enquiry. This is the root of the JSON interchange document.
/// </summary>
/// <remarks>
/// A record is a plan, a live challenge or a record of a past review compiled from published sources
/// (<see cref="Kind"/>). A past review holds what its <see cref="Sources"/> say and no more: a part the sources do not
/// give is recorded as not known (<see cref="TeamKnown"/>, <see cref="OfstedNotificationKnown"/>,
/// <see cref="MethodsKnown"/>), dates may be a month or a year, and facts cite their sources.
/// <para>
/// Immutable; equality is by value (lists item by item, unknown properties by deep JSON equality). Whole-record
/// rules are checked by <see cref="ChallengeRecordValidator"/>; read and write JSON with
/// <see cref="Serialization.ChallengeRecordReader"/> and <see cref="Serialization.ChallengeRecordWriter"/>.
/// </para>
/// </remarks>
public sealed record ChallengeRecord
{
    /// <summary>Gets the version of the interchange format the document follows (SemVer). Default <see cref="SchemaVersion.Current"/>, the version this library writes.</summary>
    public SchemaVersion SchemaVersion { get; init; } = SchemaVersion.Current;

    /// <summary>Gets the challenge's identifier.</summary>
    public required ChallengeId Id { get; init; }

    /// <summary>Gets what the record is: a plan (the default), a live challenge, or a record of a past review compiled from sources.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    [JsonIgnore]
    public RecordKind Kind { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = RecordKind.Plan;

    // Written only when not the default, so a record written before kinds existed writes back unchanged.
    [JsonInclude]
    [JsonPropertyName("kind")]
    internal RecordKind? KindInJson { get => Kind == RecordKind.Plan ? null : Kind; init => Kind = value ?? RecordKind.Plan; }

    /// <summary>Gets the code of the framework edition; default <see cref="EditionCode.Lgg2011"/> (<c>lgg-2011</c>).</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    [JsonIgnore]
    public EditionCode Edition { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = EditionCode.Lgg2011;

    // The source-generated reader passes a left-out init-only property to the object initializer as its type's default
    // (0, false, null), not as the initializer's. A JSON-only nullable twin tells "left out" from a value and applies
    // the format's default (the schemas publish it as "default").
    [JsonInclude]
    [JsonPropertyName("edition")]
    internal EditionCode? EditionInJson { get => Edition; init => Edition = value ?? EditionCode.Lgg2011; }

    /// <summary>Gets a custom edition defined in the record itself, whose code must equal <see cref="Edition"/>; null (the default) for built-in editions.</summary>
    public Edition? EditionDefinition { get; init; }

    /// <summary>Gets a title, for example <c>Rotherham safeguarding children peer challenge 2011</c>; null by default.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the council that invited the challenge.</summary>
    public required Organisation HostCouncil { get; init; }

    /// <summary>Gets the body that ran the challenge (the IDeA, the LGG or the LGA, with the years of each name in <see cref="Organisation.Names"/>); null (the default) when not recorded.</summary>
    public Organisation? ConductedBy { get; init; }

    /// <summary>Gets the partner agencies under review with the council (police, health, schools, the LSCB). Empty by default.</summary>
    public IReadOnlyList<Organisation> PartnerAgencies { get; init => field = EquatableList.From(value); } = EquatableList.From<Organisation>(null);

    /// <summary>Gets the peer team. Empty by default.</summary>
    public IReadOnlyList<TeamMember> Team { get; init => field = EquatableList.From(value); } = EquatableList.From<TeamMember>(null);

    /// <summary>
    /// Gets how much of the team the sources give. Default <see cref="Knowledge.Known"/>: <see cref="Team"/> is the whole
    /// team. <see cref="Knowledge.PartlyKnown"/>: some members only, so the rules that count roles are not checked.
    /// <see cref="Knowledge.NotKnown"/>: the sources do not list the team, and <see cref="Team"/> stays empty.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    [JsonIgnore]
    public Knowledge TeamKnown { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = Knowledge.Known;

    [JsonInclude]
    [JsonPropertyName("teamKnown")]
    internal Knowledge? TeamKnownInJson { get => TeamKnown == Knowledge.Known ? null : TeamKnown; init => TeamKnown = value ?? Knowledge.Known; }

    /// <summary>Gets the lead-in and on-site dates.</summary>
    public required ChallengeTimeline Timeline { get; init; }

    /// <summary>Gets the Ofsted notification; null (the default) when it has not been recorded.</summary>
    public OfstedNotification? OfstedNotification { get; init; }

    /// <summary>
    /// Gets whether the sources say if Ofsted was notified. Default <see cref="Knowledge.Known"/>: a plan without a
    /// notification has not notified Ofsted (PC0307). <see cref="Knowledge.NotKnown"/>: the sources do not say, and
    /// <see cref="OfstedNotification"/> stays null. <see cref="Knowledge.PartlyKnown"/> reads as known: record what the
    /// sources give and leave the rest out.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    [JsonIgnore]
    public Knowledge OfstedNotificationKnown { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = Knowledge.Known;

    [JsonInclude]
    [JsonPropertyName("ofstedNotificationKnown")]
    internal Knowledge? OfstedNotificationKnownInJson { get => OfstedNotificationKnown == Knowledge.Known ? null : OfstedNotificationKnown; init => OfstedNotificationKnown = value ?? Knowledge.Known; }

    /// <summary>Gets the council's contact for the challenge; null by default.</summary>
    public Contact? Contact { get; init; }

    /// <summary>Gets the host council's local lines of enquiry. Empty by default.</summary>
    public IReadOnlyList<LineOfEnquiry> LinesOfEnquiry { get; init => field = EquatableList.From(value); } = EquatableList.From<LineOfEnquiry>(null);

    /// <summary>Gets the methods the challenge used, as far as the record gives them (codes such as <c>case-mapping</c>). Empty by default.</summary>
    public IReadOnlyList<MethodCode> Methods { get; init => field = EquatableList.From(value); } = EquatableList.From<MethodCode>(null);

    /// <summary>
    /// Gets how much of the methods the record gives. When not set: <see cref="Knowledge.Known"/> if <see cref="Methods"/>
    /// lists any, <see cref="Knowledge.NotKnown"/> if it lists none (a record written before methods existed says nothing
    /// about them). Set <see cref="Knowledge.PartlyKnown"/> for a source that says "including ...", and
    /// <see cref="Knowledge.Known"/> with no methods to say there were none.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    [JsonIgnore]
    public Knowledge MethodsKnown
    {
        get => MethodsKnownGiven ?? (Methods.Count > 0 ? Knowledge.Known : Knowledge.NotKnown);
        init => MethodsKnownGiven = value ?? throw new ArgumentNullException(nameof(value));
    }

    [JsonInclude]
    [JsonPropertyName("methodsKnown")]
    internal Knowledge? MethodsKnownGiven { get; init; }

    /// <summary>Gets the earlier inspections and reviews the challenge refers to (an Ofsted inspection, an earlier peer review). Empty by default.</summary>
    public IReadOnlyList<EarlierReview> EarlierReviews { get; init => field = EquatableList.From(value); } = EquatableList.From<EarlierReview>(null);

    /// <summary>Gets the published sources the record draws on. Empty by default; a record of a past review should list at least one.</summary>
    public IReadOnlyList<Source> Sources { get; init => field = EquatableList.From(value); } = EquatableList.From<Source>(null);

    /// <summary>Gets where facts of the record come from: each names a part of the record and the sources that give it. Empty by default.</summary>
    public IReadOnlyList<Citation> Citations { get; init => field = EquatableList.From(value); } = EquatableList.From<Citation>(null);

    /// <summary>Gets the document library the council gave the team: plans, policies, performance reports, with their owners, themes and markings. Empty by default.</summary>
    public IReadOnlyList<Document> Documents { get; init => field = EquatableList.From(value); } = EquatableList.From<Document>(null);

    /// <summary>Gets the evidence the team gathered, each item with its method, themes and a source described only as a group. Empty by default.</summary>
    public IReadOnlyList<EvidenceItem> Evidence { get; init => field = EquatableList.From(value); } = EquatableList.From<EvidenceItem>(null);

    /// <summary>Gets the questionnaires the team sent to staff and partners, with their questions and the responses, each from a respondent described only as a group. Empty by default.</summary>
    public IReadOnlyList<Questionnaire> Questionnaires { get; init => field = EquatableList.From(value); } = EquatableList.From<Questionnaire>(null);
    /// <summary>Gets the case audit of inter-agency work: its criteria and the audited cases, each known only by a pseudonym; null by default (written only when given).</summary>
    public CaseAudit? CaseAudit { get; init; }

    /// <summary>Gets the timetable of the on-site week: its sessions, with who goes, whom they hear and what they cover; null by default (written only when given).</summary>
    public Timetable? Timetable { get; init; }

    /// <summary>Gets the team's findings: strengths, areas for consideration and numbered recommendations, each with the themes, lines of enquiry and evidence it rests on. Empty by default (written only when not empty).</summary>
    public IReadOnlyList<Finding> Findings { get; init => field = EquatableList.From(value); } = EquatableList.From<Finding>(null);

    /// <summary>Gets the feedback presentation of the last on-site day: its key messages per theme, each linked to findings; null by default (written only when given).</summary>
    public FeedbackPresentation? Feedback { get; init; }

    /// <summary>Gets the written report's life: its versions from draft to publication, the council's comments on the draft and the team's decisions, and the themes it does not cover with the reasons; null by default (written only when given).</summary>
    public ReportHistory? Report { get; init; }

    /// <summary>Gets the council's action plan: for each recommendation, the desired outcome, success indicators and actions with owners, due dates, statuses and progress; null by default (written only when given).</summary>
    public ActionPlan? ActionPlan { get; init; }

    /// <summary>
    /// Gets what marks this record as a shareable export (format 1.2): the profile, date, tool and manifest; null for a
    /// record that is not an export. Written only when given. A record that carries one is checked by the export rules
    /// (PC1001, PC1002).
    /// </summary>
    public ExportStamp? Export { get; init; }

    /// <summary>Gets properties of a newer format version, and local properties (names starting <c>x-</c>), kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }
}
