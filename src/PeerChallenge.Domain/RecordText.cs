using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Evidence;
using PeerChallenge.Domain.Findings;
using PeerChallenge.Domain.OnSite;

namespace PeerChallenge.Domain;

/// <summary>
/// The one list of the record's free-text fields, part by part: what the export redacts and what the export rules
/// scan. A field is free text when a person writes it in words (a summary, a statement, a title, a role group); the
/// contact's name, telephone and email and team members' names are the record's declared details, not free text.
/// </summary>
internal abstract class RecordText
{
    /// <summary>The parts of the record, by JSON name, in the order of the format.</summary>
    internal static readonly IReadOnlyList<string> Parts =
    [
        "title", "contact", "team", "linesOfEnquiry", "earlierReviews", "sources", "citations", "documents", "evidence",
        "questionnaires", "caseAudit", "timetable", "findings", "feedback", "report", "actionPlan",
    ];

    /// <summary>Gets whether local and unknown properties are left out (and counted by <see cref="Local"/>).</summary>
    protected virtual bool DropsLocalFields(string part) => false;

    /// <summary>Returns what to write in place of one free-text field of <paramref name="part"/>.</summary>
    protected abstract string Text(string part, JsonPointer path, string text);

    /// <summary>Sees the local and unknown properties of one object of <paramref name="part"/>.</summary>
    protected virtual void Local(string part, UnknownProperties properties)
    {
    }

    /// <summary>Visits every free-text field of the record and returns the record with each replaced by <see cref="Text"/>.</summary>
    internal ChallengeRecord Rewrite(ChallengeRecord r)
    {
        var root = JsonPointer.Root;
        var result = r with
        {
            Title = Opt("title", root.Append("title"), r.Title),
            Contact = r.Contact is { } c ? L("contact", c.UnknownProperties, c with { JobTitle = Opt("contact", root.Append("contact").Append("jobTitle"), c.JobTitle) }) : null,
            Team = Each(r.Team, "team", (m, p) => L("team", m.UnknownProperties, m with
            {
                JobTitle = Opt("team", p.Append("jobTitle"), m.JobTitle),
                HomeOrganisationKind = Opt("team", p.Append("homeOrganisationKind"), m.HomeOrganisationKind),
            })),
            LinesOfEnquiry = Each(r.LinesOfEnquiry, "linesOfEnquiry", (l, p) => L("linesOfEnquiry", l.UnknownProperties, l with { Statement = Text("linesOfEnquiry", p.Append("statement"), l.Statement) })),
            EarlierReviews = Each(r.EarlierReviews, "earlierReviews", (e, p) => L("earlierReviews", e.UnknownProperties, e with { Title = Opt("earlierReviews", p.Append("title"), e.Title) })),
            Sources = Each(r.Sources, "sources", (s, p) => L("sources", s.UnknownProperties, s with
            {
                Title = Text("sources", p.Append("title"), s.Title),
                Publisher = Opt("sources", p.Append("publisher"), s.Publisher),
            })),
            Citations = Each(r.Citations, "citations", (c, p) => L("citations", c.UnknownProperties, c with { Locator = Opt("citations", p.Append("locator"), c.Locator) })),
            Documents = Each(r.Documents, "documents", (d, p) => L("documents", d.UnknownProperties, d with { Title = Text("documents", p.Append("title"), d.Title) })),
            Evidence = Each(r.Evidence, "evidence", (e, p) => L("evidence", e.UnknownProperties, e with
            {
                Summary = Opt("evidence", p.Append("summary"), e.Summary),
                Source = e.Source is { } s ? L("evidence", s.UnknownProperties, s with
                {
                    RoleGroup = Text("evidence", p.Append("source").Append("roleGroup"), s.RoleGroup),
                    AgencyType = Text("evidence", p.Append("source").Append("agencyType"), s.AgencyType),
                }) : null,
            })),
            Questionnaires = Each(r.Questionnaires, "questionnaires", Questionnaire),
            CaseAudit = r.CaseAudit is { } audit ? CaseAudit(audit, root.Append("caseAudit")) : null,
            Timetable = r.Timetable is { } t ? Timetable(t, root.Append("timetable")) : null,
            Findings = Each(r.Findings, "findings", (f, p) => L("findings", f.UnknownProperties, f with { Statement = Text("findings", p.Append("statement"), f.Statement) })),
            Feedback = r.Feedback is { } fb ? L("feedback", fb.UnknownProperties, fb with
            {
                KeyMessages = Each(fb.KeyMessages, root.Append("feedback").Append("keyMessages"), "feedback", (k, p) => L("feedback", k.UnknownProperties, k with { Message = Text("feedback", p.Append("message"), k.Message) })),
            }) : null,
            Report = r.Report is { } report ? Report(report, root.Append("report")) : null,
            ActionPlan = r.ActionPlan is { } plan ? ActionPlan(plan, root.Append("actionPlan")) : null,
        };
        if (r.UnknownProperties is { Count: > 0 } top)
        {
            Local("record", top);
            if (DropsLocalFields("record"))
            {
                result.UnknownProperties = null;
            }
        }

        return result;
    }

    private Questionnaire Questionnaire(Questionnaire q, JsonPointer p) => L("questionnaires", q.UnknownProperties, q with
    {
        Title = Opt("questionnaires", p.Append("title"), q.Title),
        Questions = Each(q.Questions, p.Append("questions"), "questionnaires", (question, qp) => L("questionnaires", question.UnknownProperties, question with
        {
            Text = Opt("questionnaires", qp.Append("text"), question.Text),
            Options = Each(question.Options, qp.Append("options"), "questionnaires", (o, op) => L("questionnaires", o.UnknownProperties, o with { Label = Opt("questionnaires", op.Append("label"), o.Label) })),
        })),
        Responses = Each(q.Responses, p.Append("responses"), "questionnaires", (response, rp) => L("questionnaires", response.UnknownProperties, response with
        {
            Respondent = L("questionnaires", response.Respondent.UnknownProperties, response.Respondent with
            {
                RoleGroup = Text("questionnaires", rp.Append("respondent").Append("roleGroup"), response.Respondent.RoleGroup),
                AgencyType = Opt("questionnaires", rp.Append("respondent").Append("agencyType"), response.Respondent.AgencyType),
            }),
            Answers = Each(response.Answers, rp.Append("answers"), "questionnaires", (a, ap) => L("questionnaires", a.UnknownProperties, a with { Text = Opt("questionnaires", ap.Append("text"), a.Text) })),
        })),
    });

    private CaseAudit CaseAudit(CaseAudit audit, JsonPointer p) => L("caseAudit", audit.UnknownProperties, audit with
    {
        Criteria = Each(audit.Criteria, p.Append("criteria"), "caseAudit", (c, cp) => L("caseAudit", c.UnknownProperties, c with { Name = Opt("caseAudit", cp.Append("name"), c.Name) })),
        Cases = Each(audit.Cases, p.Append("cases"), "caseAudit", (c, cp) => L("caseAudit", c.UnknownProperties, c with
        {
            LevelOfNeed = Opt("caseAudit", cp.Append("levelOfNeed"), c.LevelOfNeed),
            AuditorRole = Opt("caseAudit", cp.Append("auditorRole"), c.AuditorRole),
            Grades = Each(c.Grades, cp.Append("grades"), "caseAudit", (g, _) => L("caseAudit", g.UnknownProperties, g with { })),
        })),
    });

    private Timetable Timetable(Timetable timetable, JsonPointer p) => L("timetable", timetable.UnknownProperties, timetable with
    {
        Sessions = Each(timetable.Sessions, p.Append("sessions"), "timetable", (s, sp) => L("timetable", s.UnknownProperties, s with
        {
            Place = Opt("timetable", sp.Append("place"), s.Place),
            Participants = Each(s.Participants, sp.Append("participants"), "timetable", (g, gp) => L("timetable", g.UnknownProperties, g with { AgencyType = Opt("timetable", gp.Append("agencyType"), g.AgencyType) })),
        })),
    });

    private ReportHistory Report(ReportHistory report, JsonPointer p) => L("report", report.UnknownProperties, report with
    {
        Versions = Each(report.Versions, p.Append("versions"), "report", (v, vp) => L("report", v.UnknownProperties, v with { Version = Text("report", vp.Append("version"), v.Version) })),
        Comments = Each(report.Comments, p.Append("comments"), "report", (c, cp) => L("report", c.UnknownProperties, c with
        {
            Section = Opt("report", cp.Append("section"), c.Section),
            Comment = Text("report", cp.Append("comment"), c.Comment),
            Reason = Opt("report", cp.Append("reason"), c.Reason),
        })),
        ThemesNotCovered = Each(report.ThemesNotCovered, p.Append("themesNotCovered"), "report", (t, tp) => L("report", t.UnknownProperties, t with { Reason = Text("report", tp.Append("reason"), t.Reason) })),
    });

    private ActionPlan ActionPlan(ActionPlan plan, JsonPointer p) => L("actionPlan", plan.UnknownProperties, plan with
    {
        Entries = Each(plan.Entries, p.Append("entries"), "actionPlan", (e, ep) => L("actionPlan", e.UnknownProperties, e with
        {
            DesiredOutcome = Text("actionPlan", ep.Append("desiredOutcome"), e.DesiredOutcome),
            SuccessIndicators = [.. e.SuccessIndicators.Select((s, i) => Text("actionPlan", ep.Append("successIndicators").Append(i), s))],
            Actions = Each(e.Actions, ep.Append("actions"), "actionPlan", (a, ap) => L("actionPlan", a.UnknownProperties, a with
            {
                Description = Text("actionPlan", ap.Append("description"), a.Description),
                Owner = Text("actionPlan", ap.Append("owner"), a.Owner),
                Progress = Each(a.Progress, ap.Append("progress"), "actionPlan", (u, up) => L("actionPlan", u.UnknownProperties, u with { Note = Text("actionPlan", up.Append("note"), u.Note) })),
            })),
        })),
    });

    private string? Opt(string part, JsonPointer path, string? text) => text is null ? null : Text(part, path, text);

    private IReadOnlyList<T> Each<T>(IReadOnlyList<T> items, string part, Func<T, JsonPointer, T> rewrite) =>
        Each(items, JsonPointer.Root.Append(part), part, rewrite);

    private static IReadOnlyList<T> Each<T>(IReadOnlyList<T> items, JsonPointer path, string part, Func<T, JsonPointer, T> rewrite)
    {
        _ = part;
        if (items.Count == 0)
        {
            return items;
        }

        var result = new T[items.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = rewrite(items[i], path.Append(i));
        }

        return result;
    }

    /// <summary>Hands an object's local properties to <see cref="Local"/> and, when they are dropped, returns it without them.</summary>
    private T L<T>(string part, UnknownProperties? properties, T rewritten)
        where T : class
    {
        if (properties is not { Count: > 0 })
        {
            return rewritten;
        }

        Local(part, properties);
        if (DropsLocalFields(part))
        {
            ClearLocal(rewritten);
        }

        return rewritten;
    }

    /// <summary>Leaves out the local properties of a copy made by <see cref="Rewrite"/> (never of the caller's object).</summary>
    private static void ClearLocal(object copy)
    {
        switch (copy)
        {
            case Contact o: o.UnknownProperties = null; break;
            case Team.TeamMember o: o.UnknownProperties = null; break;
            case Framework.LineOfEnquiry o: o.UnknownProperties = null; break;
            case EarlierReview o: o.UnknownProperties = null; break;
            case Provenance.Source o: o.UnknownProperties = null; break;
            case Provenance.Citation o: o.UnknownProperties = null; break;
            case Document o: o.UnknownProperties = null; break;
            case EvidenceItem o: o.UnknownProperties = null; break;
            case EvidenceSource o: o.UnknownProperties = null; break;
            case Questionnaire o: o.UnknownProperties = null; break;
            case Question o: o.UnknownProperties = null; break;
            case ResponseOption o: o.UnknownProperties = null; break;
            case QuestionnaireResponse o: o.UnknownProperties = null; break;
            case Respondent o: o.UnknownProperties = null; break;
            case Answer o: o.UnknownProperties = null; break;
            case CaseAudit o: o.UnknownProperties = null; break;
            case AuditCriterion o: o.UnknownProperties = null; break;
            case AuditedCase o: o.UnknownProperties = null; break;
            case CriterionGrade o: o.UnknownProperties = null; break;
            case Timetable o: o.UnknownProperties = null; break;
            case Session o: o.UnknownProperties = null; break;
            case ParticipantGroup o: o.UnknownProperties = null; break;
            case Finding o: o.UnknownProperties = null; break;
            case FeedbackPresentation o: o.UnknownProperties = null; break;
            case KeyMessage o: o.UnknownProperties = null; break;
            case ReportHistory o: o.UnknownProperties = null; break;
            case ReportVersion o: o.UnknownProperties = null; break;
            case CouncilComment o: o.UnknownProperties = null; break;
            case ThemeOmission o: o.UnknownProperties = null; break;
            case ActionPlan o: o.UnknownProperties = null; break;
            case ActionPlanEntry o: o.UnknownProperties = null; break;
            case PlannedAction o: o.UnknownProperties = null; break;
            case ProgressUpdate o: o.UnknownProperties = null; break;
            default: throw new InvalidOperationException($"RecordText does not know {copy.GetType().Name}: add it.");
        }
    }
}
