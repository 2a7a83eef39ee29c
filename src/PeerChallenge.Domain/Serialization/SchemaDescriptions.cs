using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Team;
using PeerChallenge.Domain.Timeline;
using PeerChallenge.Domain.Organisations;
using PeerChallenge.Domain.Provenance;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Evidence;
using PeerChallenge.Domain.OnSite;
using PeerChallenge.Domain.Findings;
using NodaTime;

namespace PeerChallenge.Domain.Serialization;

/// <summary>The descriptions the published schemas carry, by type and by property (JSON name).</summary>
internal static class SchemaDescriptions
{
    /// <summary>
    /// For each object of the format, one made with only its required members: its other properties hold the defaults
    /// the reader applies when a document leaves them out, published as <c>default</c> in the schemas.
    /// </summary>
    internal static readonly Dictionary<Type, object> Blanks = new()
    {
        [typeof(ChallengeRecord)] = new ChallengeRecord
        {
            Id = ChallengeId.Parse("blank"),
            HostCouncil = new Organisation { Id = OrganisationId.Parse("GB-LAE-X"), Name = "x" },
            Timeline = new ChallengeTimeline { OnSiteStart = default },
        },
        [typeof(Organisation)] = new Organisation { Id = OrganisationId.Parse("GB-LAE-X"), Name = "x" },
        [typeof(TeamMember)] = new TeamMember { Id = "x", Role = RoleCode.TeamLeader },
        [typeof(OfstedNotification)] = new OfstedNotification { Notified = false },
        [typeof(LineOfEnquiry)] = new LineOfEnquiry { Id = "x", Statement = "x" },
        [typeof(Edition)] = new Edition { Code = EditionCode.Lgg2011, Name = "x" },
        [typeof(ThemeDefinition)] = new ThemeDefinition { Code = ThemeCode.Outcomes, Name = "x" },
        [typeof(RoleDefinition)] = new RoleDefinition { Code = RoleCode.TeamLeader, Name = "x" },
        [typeof(Source)] = new Source { Id = "x", Title = "x" },
        [typeof(Citation)] = new Citation { About = JsonPointer.Root },
        [typeof(EarlierReview)] = new EarlierReview { Id = "x", Kind = EarlierReviewKind.Other },
        [typeof(OrganisationName)] = new OrganisationName { Name = "x" },
        [typeof(Document)] = new Document { Id = "x", Title = "x", Kind = DocumentKind.Other },
        [typeof(EvidenceItem)] = new EvidenceItem { Id = "x", Method = EvidenceMethod.Interview },
        [typeof(EvidenceSource)] = new EvidenceSource { RoleGroup = "x", AgencyType = "x" },
        [typeof(Questionnaire)] = new Questionnaire { Id = "x" },
        [typeof(Question)] = new Question { Id = "x" },
        [typeof(ResponseOption)] = new ResponseOption { Code = "x" },
        [typeof(QuestionnaireResponse)] = new QuestionnaireResponse { Id = "x", Respondent = new Respondent { RoleGroup = "x" } },
        [typeof(Respondent)] = new Respondent { RoleGroup = "x" },
        [typeof(Answer)] = new Answer { Question = "x" },
        [typeof(CaseAudit)] = new CaseAudit(),
        [typeof(AuditCriterion)] = new AuditCriterion { Id = "x" },
        [typeof(AuditedCase)] = new AuditedCase { Pseudonym = CasePseudonym.Parse("case-0000000000000000") },
        [typeof(CriterionGrade)] = new CriterionGrade { Criterion = "x", Grade = "x" },
        [typeof(Timetable)] = new Timetable(),
        [typeof(Session)] = new Session { Id = "x", Kind = SessionKind.Other, Start = default, End = default },
        [typeof(ParticipantGroup)] = new ParticipantGroup { RoleGroup = RoleGroupCode.FrontLineStaff },
        [typeof(SessionRequirement)] = new SessionRequirement { Kind = "x", Day = RequiredDay.First },
        [typeof(FindingKindDefinition)] = new FindingKindDefinition { Code = "x", Name = "x" },
        [typeof(Finding)] = new Finding { Id = "x", Kind = "x", Statement = "x" },
        [typeof(FeedbackPresentation)] = new FeedbackPresentation { Date = default },
        [typeof(KeyMessage)] = new KeyMessage { Message = "x" },
    };

    /// <summary>
    /// The defaults of properties whose JSON twin is written only when the value was given or is not the default (so a
    /// record written before the property existed, or a source that does not give it, writes back unchanged): published
    /// as <c>default</c>, since the twin itself reads as null.
    /// </summary>
    internal static readonly Dictionary<(Type Type, string Property), System.Text.Json.Nodes.JsonNode> DefaultsOfTwins = new()
    {
        [(typeof(ChallengeRecord), "kind")] = RecordKind.Plan.Code,
        [(typeof(ChallengeRecord), "teamKnown")] = Knowledge.Known.Code,
        [(typeof(ChallengeRecord), "ofstedNotificationKnown")] = Knowledge.Known.Code,
        [(typeof(LineOfEnquiry), "themesKnown")] = Knowledge.Known.Code,
        [(typeof(Edition), "leadInWeeks")] = Edition.DefaultLeadInWeeks,
        [(typeof(Edition), "onSiteDays")] = Edition.DefaultOnSiteDays,
        [(typeof(TeamMember), "electedMember")] = false,
    };

    /// <summary>
    /// Properties read through a JSON-only nullable twin, so that leaving them out gives the format's default: in the
    /// schema they are not nullable (null is not a value they take).
    /// </summary>
    internal static readonly HashSet<(Type Type, string Property)> LeftOutMeansDefault =
    [
        (typeof(ChallengeRecord), "edition"), (typeof(Edition), "leadInWeeks"), (typeof(Edition), "onSiteDays"), (typeof(RoleDefinition), "onSite"),
        (typeof(ChallengeRecord), "kind"), (typeof(ChallengeRecord), "teamKnown"), (typeof(ChallengeRecord), "ofstedNotificationKnown"), (typeof(LineOfEnquiry), "themesKnown"),
        (typeof(TeamMember), "electedMember"),
    ];

    /// <summary>
    /// Texts the validators require to hold more than white space (PC0101) and lists they require to hold an item
    /// (PC0107, PC0501): the schemas say so too (<c>minLength</c> and <c>pattern</c>, <c>minItems</c>).
    /// </summary>
    internal static readonly HashSet<(Type Type, string Property)> NonEmpty =
    [
        (typeof(Organisation), "name"), (typeof(TeamMember), "id"), (typeof(LineOfEnquiry), "id"), (typeof(LineOfEnquiry), "statement"),
        (typeof(Contact), "name"), (typeof(Source), "id"), (typeof(Source), "title"), (typeof(Citation), "sources"), (typeof(EarlierReview), "id"),
        (typeof(OrganisationName), "name"), (typeof(InspectionWindow), "id"), (typeof(Edition), "name"),
        (typeof(Edition), "themes"), (typeof(Edition), "roles"), (typeof(ThemeDefinition), "name"), (typeof(RoleDefinition), "name"),
        (typeof(Document), "id"), (typeof(Document), "title"), (typeof(EvidenceItem), "id"), (typeof(EvidenceSource), "roleGroup"), (typeof(EvidenceSource), "agencyType"),
        (typeof(Questionnaire), "id"), (typeof(Question), "id"), (typeof(ResponseOption), "code"), (typeof(QuestionnaireResponse), "id"), (typeof(Respondent), "roleGroup"),
        (typeof(AuditCriterion), "id"), (typeof(CriterionGrade), "criterion"), (typeof(CriterionGrade), "grade"),
        (typeof(Session), "id"),
        (typeof(FindingKindDefinition), "name"),
        (typeof(Finding), "id"), (typeof(Finding), "kind"), (typeof(Finding), "statement"), (typeof(KeyMessage), "message"),
    ];

    /// <summary>
    /// The parts a knowledge property governs: when it is <c>not-known</c> the part holds nothing (an empty list, or an
    /// object left out), the validator's PC0601; with <c>NonEmptyOtherwise</c>, the list must otherwise hold an item
    /// (PC0107). The schemas publish each as if/then/else, so that a validator of another language checks them too.
    /// </summary>
    internal static readonly (Type Type, string Knowledge, string Part, bool NonEmptyOtherwise)[] NotKnownMeansNone =
    [
        (typeof(ChallengeRecord), "teamKnown", "team", false),
        (typeof(ChallengeRecord), "ofstedNotificationKnown", "ofstedNotification", false),
        (typeof(ChallengeRecord), "methodsKnown", "methods", false),
        (typeof(LineOfEnquiry), "themesKnown", "themes", true),
    ];

    /// <summary>The description of local fields (names starting <c>x-</c>) on every object of the schemas.</summary>
    internal const string LocalField = "A local field: never used by the format, kept and written back, not validated.";

    /// <summary>The description of <c>$schema</c>, which editors add to a file to check it against a schema.</summary>
    internal const string SchemaKeyword = "The schema an editor should check the file against (for example the path of this schema). Kept and written back; not used by the format.";

    internal static readonly Dictionary<Type, string> Types = new()
    {
        [typeof(ChallengeRecord)] = "A children's safeguarding peer challenge: who is challenged and by whom, under which framework edition, when, and on what local lines of enquiry.",
        [typeof(Organisation)] = "An organisation: the host council, a partner agency or a team member's home organisation.",
        [typeof(TeamMember)] = "A member of the peer team, in one of the edition's roles. Whether the person is confirmed (status) is separate from whether the record names them: a member may be described by role, job title and kind of organisation alone.",
        [typeof(ChallengeTimeline)] = "The key dates of the challenge (calendar dates in England): days (yyyy-MM-dd), or a month (yyyy-MM) or a year (yyyy) when a source gives no more, ~ for approximately.",
        [typeof(OfstedNotification)] = "The LGA's notice to Ofsted of the planned challenge, and declared inspection windows the on-site week must avoid.",
        [typeof(InspectionWindow)] = "A period in which an Ofsted inspection may take place (both ends included).",
        [typeof(Contact)] = "The host council's contact for the challenge.",
        [typeof(LineOfEnquiry)] = "A local line of enquiry chosen by the host council, with the themes it touches.",
        [typeof(Edition)] = "A framework edition: its themes, team roles and their rules, methods, lead-in and on-site lengths.",
        [typeof(ThemeDefinition)] = "A theme of a framework edition.",
        [typeof(RoleDefinition)] = "A team role of a framework edition and the rules that apply to it.",
        [typeof(Source)] = "A published source the record draws on (a briefing, committee papers, a feedback letter, slides). Items cite it by id.",
        [typeof(Citation)] = "Where a fact of the record comes from: the part of the record it is about and the sources that give it.",
        [typeof(EarlierReview)] = "An earlier inspection or review the challenge refers to: an Ofsted inspection with its year and grade, or an earlier peer review by its record id.",
        [typeof(OrganisationName)] = "A name an organisation had, with the years it had it.",
        [typeof(Document)] = "A document of the library the council gives the team (a plan, a policy, a performance report), with its owner, date, themes, lines of enquiry and security marking. Evidence items cite it by id.",
        [typeof(EvidenceItem)] = "A piece of evidence the team gathered: how, on which themes and lines of enquiry, when, by whom, a summary, the documents it draws on, and a source described only as a group. Non-attributable.",
        [typeof(Questionnaire)] = "A questionnaire the team sent to staff or partners: its questions and the responses, each from a respondent described only as a group. Published as tables after disclosure control.",
        [typeof(Question)] = "A question of a questionnaire, with the themes and lines of enquiry it bears on and its response options; a question with no options takes free text.",
        [typeof(ResponseOption)] = "An option of a question's response scale (for example strongly-agree): a code answers refer to, and a label.",
        [typeof(QuestionnaireResponse)] = "One respondent's response to a questionnaire: the respondent as a group, never a name, and the answers.",
        [typeof(Respondent)] = "Who answered a questionnaire, described only as a group, never a person: role group and agency type.",
        [typeof(Answer)] = "An answer to one question: an option's code for a scale question, or text for a free-text question.",
        [typeof(EvidenceSource)] = "Who an evidence item comes from, described only as a group, never a person: role group, agency type and group size (for example front-line social workers, local authority, 6).",
        [typeof(CaseAudit)] = "The case audit of inter-agency work: the criteria every case is graded against and the audited cases, each known only by a pseudonym.",
        [typeof(AuditCriterion)] = "A criterion of the case audit, for example information sharing, joint planning, timeliness, voice of the child or management oversight.",
        [typeof(AuditedCase)] = "An audited case: its pseudonym (never the council's case reference), the agencies involved, its level of need, whether a CAF or early help assessment was used, its grades and the auditor's role.",
        [typeof(CriterionGrade)] = "The grade of an audited case against one criterion.",
        [typeof(Timetable)] = "The timetable of the on-site week: its sessions.",
        [typeof(Session)] = "A session of the on-site week: its kind, when (local time in England, yyyy-MM-ddTHH:mm) and where, the team members who go, the groups of people heard (never names), and the themes and lines of enquiry it covers.",
        [typeof(ParticipantGroup)] = "A group of people a session hears, described only as a group, never a person: role group, agency type and expected number.",
        [typeof(SessionRequirement)] = "A session the edition requires on the first or last on-site day, for example the opening meeting with partner agencies on the first day.",
        [typeof(FindingKindDefinition)] = "A kind of finding an edition uses (for example strength, area-for-consideration, recommendation), and whether findings of that kind are recommendations.",
        [typeof(Finding)] = "A finding of the peer team: its kind, a statement in the neutral voice of a report (no personal data), the themes and lines of enquiry it bears on and the evidence items it rests on (at least two independent sources). A recommendation also has a number and a priority.",
        [typeof(FeedbackPresentation)] = "The feedback presentation of the last on-site day: its date and the key messages, per theme, each linked to findings.",
        [typeof(KeyMessage)] = "A key message of the feedback presentation: the theme it is about, the message (no personal data) and the findings it draws on.",
    };

    internal static readonly Dictionary<(Type, string), string> Properties = new()
    {
        [(typeof(ChallengeRecord), "schemaVersion")] = "The version of this format the document follows (SemVer). Readers of major version 1 accept any 1.x document and keep properties they do not know.",
        [(typeof(ChallengeRecord), "id")] = "The challenge's identifier: 1 to 64 letters, digits, '.', '-' or '_', starting with a letter or digit.",
        [(typeof(ChallengeRecord), "edition")] = "The code of the framework edition. Built-in: lgg-2011 (the default), lga-2012. A custom edition is defined in editionDefinition.",
        [(typeof(ChallengeRecord), "editionDefinition")] = "A custom edition defined in the record itself; its code must equal edition and must not be a built-in code.",
        [(typeof(ChallengeRecord), "title")] = "A title for the challenge.",
        [(typeof(ChallengeRecord), "hostCouncil")] = "The council that invited the challenge.",
        [(typeof(ChallengeRecord), "partnerAgencies")] = "The partner agencies under review with the council (police, health, schools, the LSCB). No team member may work for one.",
        [(typeof(ChallengeRecord), "team")] = "The peer team. Role rules come from the edition.",
        [(typeof(ChallengeRecord), "timeline")] = "The lead-in and on-site dates.",
        [(typeof(ChallengeRecord), "ofstedNotification")] = "The notification to Ofsted, so that an inspection does not coincide with the challenge.",
        [(typeof(ChallengeRecord), "contact")] = "The council's contact for the challenge.",
        [(typeof(ChallengeRecord), "linesOfEnquiry")] = "The host council's local lines of enquiry.",
        [(typeof(ChallengeRecord), "kind")] = "What the record is (codelist: docs/codelists.md#record-kind): plan (the default; every rule applies), live (a challenge under way), or past-review (a record compiled from published sources; the rules about places still to fill and notifying Ofsted do not run).",
        [(typeof(ChallengeRecord), "conductedBy")] = "The body that ran the challenge (the IDeA, the LGG, the LGA), with the years of each of its names in names.",
        [(typeof(ChallengeRecord), "teamKnown")] = "How much of the team the sources give (codelist: docs/codelists.md#knowledge): known (the default; team is the whole team, and an empty team means none), partly-known (some members; role counts are not checked), not-known (the sources do not list the team; team must be empty).",
        [(typeof(ChallengeRecord), "ofstedNotificationKnown")] = "Whether the sources say if Ofsted was notified: known (the default), not-known (the sources do not say; ofstedNotification must be left out and the notification rules are not checked). partly-known reads as known.",
        [(typeof(ChallengeRecord), "methods")] = "The methods the challenge used, as far as the record gives them (codes, for example case-mapping).",
        [(typeof(ChallengeRecord), "methodsKnown")] = "How much of the methods the record gives. Left out: known when methods lists any, not-known when it lists none. partly-known for a source that says \"including ...\"; known with no methods to say there were none.",
        [(typeof(ChallengeRecord), "earlierReviews")] = "Earlier inspections and reviews the challenge refers to, and how it relates to each (for example, its scope is the progress since one).",
        [(typeof(ChallengeRecord), "sources")] = "The published sources the record draws on. A record of a past review should list at least one.",
        [(typeof(ChallengeRecord), "citations")] = "Where facts of the record come from: each names a part of the record (a JSON Pointer) and the sources that give it.",
        [(typeof(Organisation), "names")] = "The names the organisation has had, with the years of each (for example the IDeA, the Local Government Group, the Local Government Association).",
        [(typeof(TeamMember), "status")] = "Whether the person is confirmed (codelist: docs/codelists.md#member-status): confirmed, to-be-confirmed or not-known, whether or not the record names them. Left out: to-be-confirmed when the name or home organisation is missing, confirmed otherwise.",
        [(typeof(TeamMember), "homeOrganisationKind")] = "The kind of organisation the member works for, as the sources describe it (for example county council, primary care trust), when the organisation is not named.",
        [(typeof(TeamMember), "sources")] = "Ids of the record's sources that give this member.",
        [(typeof(LineOfEnquiry), "themesKnown")] = "Whether the sources map the line of enquiry to themes: known (the default; at least one theme), not-known (the sources do not map it; themes must be empty).",
        [(typeof(LineOfEnquiry), "sources")] = "Ids of the record's sources that give this line of enquiry.",
        [(typeof(Source), "id")] = "The source's id, unique within the record.",
        [(typeof(Source), "title")] = "The title as published, or a plain description when the source has none.",
        [(typeof(Source), "kind")] = "What kind of source it is (codelist: docs/codelists.md#source-kind).",
        [(typeof(Source), "publisher")] = "Who published it.",
        [(typeof(Source), "published")] = "When it was published: a day, a month or a year (yyyy-MM-dd, yyyy-MM, yyyy; ~ for approximately).",
        [(typeof(Source), "address")] = "Where it can be found: an absolute http or https address.",
        [(typeof(Source), "accessed")] = "The day the address was last read.",
        [(typeof(Citation), "about")] = "The part of the record the citation is about, as a JSON Pointer (RFC 6901), for example /timeline/onSiteStart; empty for the whole record.",
        [(typeof(Citation), "sources")] = "Ids of the record's sources that give the fact (at least one).",
        [(typeof(Citation), "locator")] = "Where in the sources the fact is, for example slide 2.",
        [(typeof(EarlierReview), "id")] = "The reference's id, unique within the record.",
        [(typeof(EarlierReview), "kind")] = "What kind of inspection or review it was (codelist: docs/codelists.md#earlier-review-kind).",
        [(typeof(EarlierReview), "title")] = "Its title as published.",
        [(typeof(EarlierReview), "date")] = "When it took place or was published: a day, a month or a year.",
        [(typeof(EarlierReview), "grade")] = "The overall grade of an Ofsted inspection (codelist: docs/codelists.md#ofsted-grade).",
        [(typeof(EarlierReview), "challengeId")] = "The id of the earlier peer review's record; required for a peer-review.",
        [(typeof(EarlierReview), "relation")] = "How the challenge relates to it (codelist: docs/codelists.md#earlier-review-relation): progress-since, follow-up or context.",
        [(typeof(EarlierReview), "sources")] = "Ids of the record's sources that give this reference.",
        [(typeof(ChallengeRecord), "documents")] = "The document library the council gave the team: plans, policies, procedures, performance reports, with their owners, themes and security markings.",
        [(typeof(ChallengeRecord), "evidence")] = "The evidence the team gathered (document review, interviews, focus groups, case file reading, questionnaires, observation, data analysis), with sources described only as groups.",
        [(typeof(Document), "id")] = "The document's id, unique within documents.",
        [(typeof(Document), "title")] = "The document's title as the council gives it.",
        [(typeof(Document), "kind")] = "What kind of document it is (codelist: docs/codelists.md#document-kind).",
        [(typeof(Document), "owner")] = "The identifier of the agency that owns the document: the host council or one of the partner agencies.",
        [(typeof(Document), "date")] = "The document's date: a day, a month or a year (yyyy-MM-dd, yyyy-MM, yyyy; ~ for approximately).",
        [(typeof(Document), "themes")] = "Codes of the edition's themes the document bears on.",
        [(typeof(Document), "linesOfEnquiry")] = "Ids of the record's lines of enquiry the document bears on.",
        [(typeof(Document), "marking")] = "The document's security marking (codelist: docs/codelists.md#security-marking), of the scheme in use on its date: GPMS until 1 April 2014, GSC from 2 April 2014.",
        [(typeof(EvidenceItem), "id")] = "The evidence item's id, unique within evidence.",
        [(typeof(EvidenceItem), "method")] = "How the team gathered it (codelist: docs/codelists.md#evidence-method).",
        [(typeof(EvidenceItem), "themes")] = "Codes of the edition's themes it bears on.",
        [(typeof(EvidenceItem), "linesOfEnquiry")] = "Ids of the record's lines of enquiry it bears on.",
        [(typeof(EvidenceItem), "date")] = "When it was gathered: a day, a month or a year.",
        [(typeof(EvidenceItem), "gatheredBy")] = "Ids of the team members who gathered it.",
        [(typeof(EvidenceItem), "summary")] = "What the evidence says, in the team's words. Non-attributable text: it must not contain personal data.",
        [(typeof(EvidenceItem), "documents")] = "Ids of the record's documents it draws on.",
        [(typeof(EvidenceItem), "source")] = "Who it comes from, as a group; left out for evidence with no people as its source.",
        [(typeof(EvidenceSource), "roleGroup")] = "The role group, for example front-line social workers. Must not contain personal data.",
        [(typeof(EvidenceSource), "agencyType")] = "The type of agency the group works for, for example local authority. Must not contain personal data.",
        [(typeof(ChallengeRecord), "caseAudit")] = "The case audit of inter-agency work; left out when there was none.",
        [(typeof(Edition), "auditGrades")] = "The codes of the case audit's grading scale, best first (for example outstanding, good, adequate, inadequate); left out when the edition defines none, and then grades are not checked against a scale.",
        [(typeof(CaseAudit), "criteria")] = "The criteria every case is graded against.",
        [(typeof(CaseAudit), "cases")] = "The audited cases.",
        [(typeof(CaseAudit), "marking")] = "The security marking of the audit's results (codelist: docs/codelists.md#security-marking), of the scheme in use at the on-site visit. Every table made from the audit carries it.",
        [(typeof(AuditCriterion), "id")] = "The criterion's id, unique within the criteria, for example information-sharing. Grades refer to it.",
        [(typeof(AuditCriterion), "name")] = "The criterion's name, for example Information sharing.",
        [(typeof(AuditCriterion), "themes")] = "Codes of the edition's themes it bears on.",
        [(typeof(AuditedCase), "pseudonym")] = "The case's pseudonym: case- and 16 hexadecimal digits, a keyed hash of the council's case reference. Never a raw identifier (an NHS number, an NI number, an email, a case reference): the reader refuses one (PC0706). Unique within the cases.",
        [(typeof(AuditedCase), "agencies")] = "The types of agency involved in the case, for example health or police. Must not contain personal data.",
        [(typeof(AuditedCase), "levelOfNeed")] = "The case's level of need on the council's threshold continuum. Must not contain personal data.",
        [(typeof(AuditedCase), "earlyHelpAssessment")] = "Whether a CAF or early help assessment was used; left out when not recorded.",
        [(typeof(AuditedCase), "grades")] = "The case's grades, one per criterion graded.",
        [(typeof(AuditedCase), "auditorRole")] = "The role of the auditor, for example officer peer; never a name. Must not contain personal data.",
        [(typeof(CriterionGrade), "criterion")] = "The id of one of the case audit's criteria.",
        [(typeof(CriterionGrade), "grade")] = "A code of the edition's grading scale (auditGrades), for example good.",
        [(typeof(EvidenceSource), "groupSize")] = "How many people the group had. A group smaller than the non-attribution threshold (default 3) cannot have its view reported as a group.",
        [(typeof(ChallengeRecord), "questionnaires")] = "The questionnaires the team sent to staff and partners, with their questions and responses; respondents are described only as groups.",
        [(typeof(Questionnaire), "id")] = "The questionnaire's id, unique within questionnaires.",
        [(typeof(Questionnaire), "title")] = "The questionnaire's title.",
        [(typeof(Questionnaire), "questions")] = "The questions, each with an id unique within the questionnaire.",
        [(typeof(Questionnaire), "responses")] = "The responses, each with an id unique within the questionnaire.",
        [(typeof(Questionnaire), "marking")] = "The security marking of the responses (codelist: docs/codelists.md#security-marking), of the scheme in use at the on-site visit. Every table made from the questionnaire carries it.",
        [(typeof(Question), "id")] = "The question's id, unique within its questionnaire.",
        [(typeof(Question), "text")] = "The question as asked.",
        [(typeof(Question), "themes")] = "Codes of the edition's themes it bears on.",
        [(typeof(Question), "linesOfEnquiry")] = "Ids of the record's lines of enquiry it bears on.",
        [(typeof(Question), "options")] = "The response scale, in the order asked (for example strongly-agree to strongly-disagree, and dont-know); empty for a free-text question.",
        [(typeof(ResponseOption), "code")] = "The option's code, unique within its question; answers refer to it.",
        [(typeof(ResponseOption), "label")] = "The label the respondent saw.",
        [(typeof(QuestionnaireResponse), "id")] = "The response's id, unique within its questionnaire.",
        [(typeof(QuestionnaireResponse), "respondent")] = "Who responded, as a role group and an agency type, never a name.",
        [(typeof(QuestionnaireResponse), "answers")] = "The answers, at most one per question.",
        [(typeof(Respondent), "roleGroup")] = "The role group, for example front-line social workers. Must not contain personal data.",
        [(typeof(Respondent), "agencyType")] = "The type of agency the respondent works for, for example local authority. Must not contain personal data.",
        [(typeof(Answer), "question")] = "The id of the question answered, one of the questionnaire's questions.",
        [(typeof(Answer), "option")] = "The code of the option chosen, one of the question's options; only for a question with options.",
        [(typeof(Answer), "text")] = "The answer in the respondent's words; only for a free-text question. Non-attributable text: it must not contain personal data.",
        [(typeof(OrganisationName), "name")] = "The name.",
        [(typeof(OrganisationName), "from")] = "The first year of the name.",
        [(typeof(OrganisationName), "to")] = "The last year of the name.",
        [(typeof(Organisation), "id")] = "An org-id style identifier: country code, list code and identifier joined by hyphens, for example GB-LAE-ROT.",
        [(typeof(Organisation), "name")] = "The organisation's name.",
        [(typeof(Organisation), "sector")] = "The organisation's sector (codelist: docs/codelists.md#sector).",
        [(typeof(TeamMember), "id")] = "The member's id, unique within the team.",
        [(typeof(TeamMember), "role")] = "The code of the member's role in the record's edition, for example team-leader.",
        [(typeof(TeamMember), "name")] = "The member's name; leave out while to be confirmed or when the sources do not give it.",
        [(typeof(TeamMember), "jobTitle")] = "The member's job title or office.",
        [(typeof(TeamMember), "homeOrganisation")] = "The organisation the member works for; must not be the host council or a partner agency.",
        [(typeof(TeamMember), "sector")] = "The member's sector; when left out the home organisation's sector is used.",
        [(typeof(TeamMember), "electedMember")] = "Whether the member is an elected member (a councillor). Default false.",
        [(typeof(TeamMember), "onSite")] = "Whether the member is on site during the visit; left out means as the role says.",
        [(typeof(ChallengeTimeline), "leadInStart")] = "The first day of the lead-in.",
        [(typeof(ChallengeTimeline), "onSiteStart")] = "The first on-site day, or the month or year of the visit when only that is known (yyyy-MM-dd, yyyy-MM, yyyy; ~ for approximately).",
        [(typeof(ChallengeTimeline), "onSiteEnd")] = "The last on-site day (inclusive); leave out when not known (\"from 4 February 2013\").",
        [(typeof(ChallengeTimeline), "draftReportDue")] = "The day the written feedback (draft report) is due with the council; after the last on-site day.",
        [(typeof(ChallengeTimeline), "councilCommentsDue")] = "The day the council's comments on the draft report (factual accuracy) are due.",
        [(typeof(ChallengeTimeline), "finalReportDue")] = "The day the final report is due.",
        [(typeof(ChallengeTimeline), "actionPlanDue")] = "The day the council's action plan is due to be published.",
        [(typeof(ChallengeTimeline), "progressReviewDue")] = "The day of the progress review (return visit).",
        [(typeof(OfstedNotification), "notified")] = "Whether Ofsted has been notified.",
        [(typeof(OfstedNotification), "notifiedOn")] = "The day Ofsted was notified.",
        [(typeof(OfstedNotification), "notifiedBy")] = "Who notified Ofsted, as an office.",
        [(typeof(OfstedNotification), "inspectionWindows")] = "Declared inspection windows the on-site week must avoid.",
        [(typeof(InspectionWindow), "id")] = "The window's id, unique within the notification.",
        [(typeof(InspectionWindow), "start")] = "The first day of the window.",
        [(typeof(InspectionWindow), "end")] = "The last day of the window (inclusive).",
        [(typeof(InspectionWindow), "description")] = "What the window is.",
        [(typeof(Contact), "name")] = "The contact's name.",
        [(typeof(Contact), "jobTitle")] = "The contact's job title.",
        [(typeof(Contact), "telephone")] = "The contact's telephone number as written.",
        [(typeof(Contact), "email")] = "The contact's email address.",
        [(typeof(LineOfEnquiry), "id")] = "The line of enquiry's id, unique within the record.",
        [(typeof(LineOfEnquiry), "statement")] = "What the council asks the team to look at. Non-attributable text: it must not contain personal data.",
        [(typeof(LineOfEnquiry), "themes")] = "Codes of the edition's themes the line of enquiry touches: at least one, unless themesKnown is not-known (then none).",
        [(typeof(Edition), "code")] = "The edition's code, lower-case kebab, for example lgg-2011.",
        [(typeof(Edition), "name")] = "The edition's name.",
        [(typeof(Edition), "description")] = "Where the edition comes from and what it is for.",
        [(typeof(Edition), "themes")] = "The edition's themes, in the framework's order.",
        [(typeof(Edition), "roles")] = "The team roles, in the framework's order.",
        [(typeof(Edition), "methods")] = "The methods of the challenge, in the order they are used (codes).",
        [(typeof(Edition), "leadInWeeks")] = "Weeks from the start of the lead-in to the first on-site day (1 to 52). Default 8.",
        [(typeof(Edition), "onSiteDays")] = "Working days on site (1 to 10). Default 5.",
        [(typeof(ThemeDefinition), "code")] = "The theme's code within the edition, lower-case kebab.",
        [(typeof(ThemeDefinition), "name")] = "The theme's name as the framework writes it.",
        [(typeof(ThemeDefinition), "description")] = "What the theme covers.",
        [(typeof(RoleDefinition), "code")] = "The role's code within the edition, lower-case kebab.",
        [(typeof(RoleDefinition), "name")] = "The role's name as the framework writes it.",
        [(typeof(RoleDefinition), "description")] = "What the role does.",
        [(typeof(RoleDefinition), "minimum")] = "The fewest people who must hold the role (fewer is an error). Default 0.",
        [(typeof(RoleDefinition), "expected")] = "How many people the edition expects in the role (fewer is a warning). Default 0.",
        [(typeof(RoleDefinition), "maximum")] = "The most people who may hold the role (more is an error); left out means no limit.",
        [(typeof(RoleDefinition), "onSite")] = "Whether holders are on site during the visit. Default true.",
        [(typeof(RoleDefinition), "requiresElectedMember")] = "Whether the role must be held by an elected member. Default false.",
        [(typeof(RoleDefinition), "requiredSector")] = "The sector the holder must come from; left out means any.",
        [(typeof(ChallengeRecord), "timetable")] = "The timetable of the on-site week; left out when there is none.",
        [(typeof(Edition), "onSiteGroups")] = "Codes of the role groups the edition's brief says the team hears on site (for example senior-officer, elected-member, partner-agency, front-line-staff); a timetable that hears one of them in no session gets a warning. Left out when the edition names none.",
        [(typeof(Edition), "onSiteRequirements")] = "The sessions the edition requires on the first or last on-site day (for example an opening meeting with partner agencies on the first day, the feedback presentation on the last); a timetable without one is an error. Left out when the edition requires none.",
        [(typeof(SessionRequirement), "kind")] = "The kind of session required (codelist: docs/codelists.md#session-kind).",
        [(typeof(SessionRequirement), "day")] = "The on-site day it must be held on: first or last (codelist: docs/codelists.md#required-day).",
        [(typeof(SessionRequirement), "with")] = "A role group code the session must hear among its participants, for example partner-agency; left out when any will do.",
        [(typeof(ChallengeRecord), "findings")] = "The team's findings: strengths, areas for consideration and numbered recommendations, each with its evidence. Left out when there are none.",
        [(typeof(ChallengeRecord), "feedback")] = "The feedback presentation of the last on-site day; left out when there is none.",
        [(typeof(Edition), "findingKinds")] = "The kinds of finding the edition uses (2011: strength, area-for-consideration, recommendation); a finding of another kind is an error. Left out when the edition defines none: kinds are then not checked, and a finding of kind recommendation is a recommendation.",
        [(typeof(FindingKindDefinition), "code")] = "The kind's code, kebab case and unique within the edition, for example area-for-consideration.",
        [(typeof(FindingKindDefinition), "name")] = "The kind's name as reports write it, for example Areas for consideration.",
        [(typeof(FindingKindDefinition), "recommendation")] = "Whether findings of this kind are recommendations, numbered and with a priority.",
        [(typeof(Finding), "id")] = "The finding's id, unique within the findings, for example f-1.",
        [(typeof(Finding), "kind")] = "The code of the finding's kind, one of the edition's findingKinds, for example strength, area-for-consideration or recommendation.",
        [(typeof(Finding), "statement")] = "What the team found, in the neutral voice of a report. Must not contain personal data.",
        [(typeof(Finding), "themes")] = "Codes of the edition's themes the finding bears on; empty or left out for a finding with no theme.",
        [(typeof(Finding), "linesOfEnquiry")] = "Ids of the record's lines of enquiry the finding answers.",
        [(typeof(Finding), "evidence")] = "Ids of the record's evidence items the finding rests on: at least two independent sources (items that differ in method or in the role group of their source).",
        [(typeof(Finding), "number")] = "A recommendation's number: the recommendations are numbered 1 to n, each number once. Left out for other kinds.",
        [(typeof(Finding), "priority")] = "A recommendation's priority: high, medium or low (codelist: docs/codelists.md#recommendation-priority). Left out for other kinds.",
        [(typeof(FeedbackPresentation), "date")] = "The day of the presentation, which should be the last on-site day (yyyy-MM-dd; a month or a year when a source gives no more, ~ for approximately).",
        [(typeof(FeedbackPresentation), "keyMessages")] = "The key messages, in the order presented.",
        [(typeof(KeyMessage), "theme")] = "The code of the edition's theme the message is about; left out for a message about the whole challenge.",
        [(typeof(KeyMessage), "message")] = "The message, in the neutral voice of the presentation. Must not contain personal data.",
        [(typeof(KeyMessage), "findings")] = "Ids of the record's findings the message draws on.",
        [(typeof(Timetable), "sessions")] = "The sessions of the on-site week, in any order, each with an id unique within the timetable.",
        [(typeof(Session), "id")] = "The session's id, unique within the timetable, for example s-01.",
        [(typeof(Session), "kind")] = "What kind of session it is (codelist: docs/codelists.md#session-kind).",
        [(typeof(Session), "start")] = "When the session starts: a local date and time in England (Europe/London), yyyy-MM-ddTHH:mm, for example 2011-10-03T09:00.",
        [(typeof(Session), "end")] = "When the session ends, after its start: a local date and time in England (Europe/London), yyyy-MM-ddTHH:mm. A session that ends when the next starts does not overlap it.",
        [(typeof(Session), "place")] = "Where the session is held, for example a building and room; left out for a session held remotely. A session with a place is on site.",
        [(typeof(Session), "teamMembers")] = "Ids of the team members who take part. A team member may not be in two sessions at once; the off-site role is in no session on site.",
        [(typeof(Session), "participants")] = "The groups of people the session hears, each described only as a group (never names); empty for a team meeting or case file reading.",
        [(typeof(Session), "themes")] = "Codes of the edition's themes the session covers.",
        [(typeof(Session), "linesOfEnquiry")] = "Ids of the record's lines of enquiry the session covers.",
        [(typeof(ParticipantGroup), "roleGroup")] = "The role group, a code such as senior-officer, elected-member, partner-agency, front-line-staff, young-people or parents-and-carers.",
        [(typeof(ParticipantGroup), "agencyType")] = "The type of agency the group works for, for example local authority, health, police or schools. Must not contain personal data.",
        [(typeof(ParticipantGroup), "expected")] = "How many people are expected. A group smaller than the non-attribution threshold (default 3) cannot have its view reported as a group.",
    };
}
