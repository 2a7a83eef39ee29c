using System.Globalization;
using System.Text;
using NodaTime;
using PeerChallenge.Domain.Evidence;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Organisations;
using PeerChallenge.Domain.Provenance;
using PeerChallenge.Domain.Serialization;

namespace PeerChallenge.Domain.Testing;

public static partial class RecordGenerator
{
    /// <summary>
    /// The text whose UTF-8 bytes are the key of the generated case pseudonyms: a test key, not a secret. The
    /// generated cases are the references <c>GEN/{year}/00001</c> onwards, pseudonymised under it.
    /// </summary>
    public const string TestPseudonymKeyText = "peer-challenge/testing/generated-cases/not-secret";

    /// <summary>Gets the pseudonymiser of the generated cases, under <see cref="TestPseudonymKeyText"/>.</summary>
    public static CasePseudonymiser TestPseudonymiser { get; } = new(new PseudonymKey(Encoding.UTF8.GetBytes(TestPseudonymKeyText)));

    /// <summary>
    /// Generates a record of a named scale with evidence: the record <see cref="Generate(RecordScale, int)"/> makes for
    /// the same scale and seed, plus a document library, evidence items, a staff questionnaire and a case audit.
    /// </summary>
    /// <param name="scale">The scale of the record, for example <see cref="RecordScale.Example2011"/>.</param>
    /// <param name="evidence">The scale of the evidence, for example <see cref="EvidenceScale.Example2011"/>.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The record and its JSON.</returns>
    public static GeneratedRecord GenerateWithEvidence(RecordScale scale, EvidenceScale evidence, int seed = DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(evidence);
        return GenerateWithEvidence(seed, scale.TeamMembers, scale.LinesOfEnquiry, scale.PartnerAgencies,
            ReferenceEquals(scale, RecordScale.Example2011) ? 2011 : null, BuiltInEditions.Lgg2011, evidence);
    }

    /// <summary>
    /// Generates a record with evidence: the record <see cref="Generate(int, int, int, int?, int?, Edition?)"/> makes for
    /// the same seed and sizes, plus <paramref name="documents"/> documents (kinds, owners among the host council and
    /// partners, dates in the 18 months before the lead-in, markings of the scheme in use on their dates),
    /// <paramref name="evidenceItems"/> evidence items (dated in the lead-in or the visit, gathered by team members,
    /// sources of 3 or more people), a staff questionnaire of eight agree-to-disagree questions and a free-text one with
    /// <paramref name="responses"/> responses from five role groups of uneven size, and a case audit of five criteria and
    /// <paramref name="cases"/> cases pseudonymised under <see cref="TestPseudonymKeyText"/>. The record validates with
    /// no errors; the same seed and sizes give byte-identical JSON. Linear in the sizes.
    /// </summary>
    /// <param name="seed">The seed.</param>
    /// <param name="responses">The number of questionnaire responses; with none the record has no questionnaire.</param>
    /// <param name="cases">The number of audited cases; with none the record has no case audit.</param>
    /// <param name="documents">The number of documents.</param>
    /// <param name="evidenceItems">The number of evidence items.</param>
    /// <param name="teamMembers">The number of team members (raised to the edition's required roles when fewer).</param>
    /// <param name="linesOfEnquiry">The number of lines of enquiry.</param>
    /// <param name="edition">The edition; default <see cref="BuiltInEditions.Lgg2011"/>.</param>
    /// <returns>The record and its JSON.</returns>
    public static GeneratedRecord GenerateWithEvidence(int seed, int responses, int cases, int documents = 8, int evidenceItems = 10, int teamMembers = 6, int linesOfEnquiry = 4, Edition? edition = null) =>
        GenerateWithEvidence(seed, teamMembers, linesOfEnquiry, null, null, edition ?? BuiltInEditions.Lgg2011,
            new EvidenceScale("custom", documents, evidenceItems, responses, cases));

    private static GeneratedRecord GenerateWithEvidence(int seed, int teamMembers, int linesOfEnquiry, int? partnerAgencies, int? year, Edition edition, EvidenceScale evidence)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(teamMembers);
        ArgumentOutOfRangeException.ThrowIfNegative(linesOfEnquiry);
        ArgumentOutOfRangeException.ThrowIfNegative(evidence.Documents, nameof(evidence.Documents));
        ArgumentOutOfRangeException.ThrowIfNegative(evidence.EvidenceItems, nameof(evidence.EvidenceItems));
        ArgumentOutOfRangeException.ThrowIfNegative(evidence.Responses, nameof(evidence.Responses));
        ArgumentOutOfRangeException.ThrowIfNegative(evidence.Cases, nameof(evidence.Cases));

        // The record is built exactly as Generate builds it; the evidence draws on a random of its own.
        var built = new Builder(seed, edition).Build(teamMembers, linesOfEnquiry, partnerAgencies ?? 4 + (linesOfEnquiry / 5), year);
        var withEvidence = new EvidenceParts(new Random(unchecked((seed * 104729) + 17)), edition, built).AddTo(evidence);
        var withUnknowns = new Builder(seed, edition).AddUnknownProperties(ChallengeRecordWriter.Write(withEvidence));
        var read = ChallengeRecordReader.Read(withUnknowns, Unlimited);
        if (!read.Succeeded)
        {
            throw new InvalidOperationException($"The generated record (seed {seed}) does not read back: {string.Join("; ", read.Issues)}");
        }

        return new GeneratedRecord(read.Value, Encoding.UTF8.GetBytes(ChallengeRecordWriter.Write(read.Value)));
    }

    /// <summary>Adds the evidence parts to a generated record: documents, evidence items, a questionnaire and a case audit.</summary>
    private sealed class EvidenceParts(Random random, Edition edition, ChallengeRecord record)
    {
        private static readonly (DocumentKind Kind, string Title)[] DocumentTitles =
        [
            (DocumentKind.Plan, "Children and Young People's Plan"),
            (DocumentKind.Other, "Local Safeguarding Children Board annual report"),
            (DocumentKind.Procedure, "Safeguarding children procedures"),
            (DocumentKind.PerformanceReport, "Children's services performance scorecard"),
            (DocumentKind.SelfAssessment, "Safeguarding self-assessment"),
            (DocumentKind.InspectionReport, "Ofsted inspection of safeguarding and looked after children services"),
            (DocumentKind.Minutes, "Local Safeguarding Children Board minutes"),
            (DocumentKind.Policy, "Thresholds for services to children and families"),
            (DocumentKind.PerformanceReport, "Health safeguarding children annual report"),
            (DocumentKind.Policy, "Early help strategy"),
        ];

        private static readonly string[] Groups = ["social workers", "health practitioners", "school staff", "police officers", "team managers"];

        private static readonly string[] GroupAgencies = ["local authority", "health", "school", "police", "local authority"];

        /// <summary>The relative sizes of the role groups: 18, 14, 12, 9 and 7 of every 60 respondents.</summary>
        private static readonly int[] GroupWeights = [18, 14, 12, 9, 7];

        private static readonly (string Group, string Agency)[] Sources =
        [
            ("front-line social workers", "local authority"), ("senior managers", "local authority"), ("health visitors and school nurses", "health"),
            ("public protection officers", "police"), ("designated teachers for safeguarding", "school"), ("elected members", "local authority"),
            ("young people who use services", "children's social care"), ("members of the resource panel", "multi-agency"), ("voluntary sector workers", "voluntary sector"),
        ];

        private static readonly string[] Openings =
        [
            "Front-line staff described", "Managers described", "Partners described", "The documents show", "The team found", "Staff of several agencies described",
        ];

        private static readonly string[] Findings =
        [
            "thresholds for a CAF as well understood", "good access to strategy discussions", "feedback after a referral as uneven",
            "supervision as regular and helpful", "caseloads that had risen over the year", "plans that did not always record the wishes of the child",
            "information shared promptly between agencies", "joint training that had improved practice", "early help that was slow to start",
            "decisions on placements that were recorded but rarely costed",
        ];

        private static readonly (string Text, int Kind)[] Questions =
        [
            ("I understand the local thresholds for a referral to children's social care.", 3),
            ("I know when and how to start a CAF.", 3),
            ("Agencies share information promptly when there is a concern about a child.", 2),
            ("I know how to escalate a concern when I disagree with another agency's decision.", 2),
            ("The views of children and families shape the help they receive.", 0),
            ("I receive regular supervision that supports my safeguarding work.", 1),
            ("Multi-agency training has helped me in my work.", 2),
            ("Early help services are available when children need them.", 4),
        ];

        private static readonly string[] FreeText =
        [
            "Feedback after a referral.", "Smaller caseloads.", "More joint training with schools.", "A named contact in the duty team.",
            "Thresholds applied the same way by every agency.", "Quicker answers when we ask for information.", "More early help capacity.",
            "Time for direct work with children.",
        ];

        private static readonly (string Id, string Name, int Kind)[] Criteria =
        [
            ("information-sharing", "Information sharing", 2), ("joint-planning", "Joint planning", 2), ("timeliness", "Timeliness", 3),
            ("voice-of-the-child", "Voice of the child", 0), ("management-oversight", "Management oversight", 1),
        ];

        private static readonly string[] Agencies = ["health", "police", "education", "voluntary sector", "housing"];

        private static readonly string[] Levels = ["level 2: additional needs", "level 3: targeted", "level 4: specialist"];

        private static readonly string[] Auditors = ["officer peer", "health peer", "off-site peer", "team leader"];

        private static readonly string[] Scale2011 = ["outstanding", "good", "adequate", "inadequate"];

        private readonly string[] _owners = [record.HostCouncil.Id.Value, .. record.PartnerAgencies.Select(p => p.Id.Value)];

        private readonly string[] _team = [.. record.Team.Select(m => m.Id)];

        private readonly string[] _lines = [.. record.LinesOfEnquiry.Select(l => l.Id)];

        internal ChallengeRecord AddTo(EvidenceScale scale)
        {
            var documents = Documents(scale.Documents);
            return record with
            {
                SchemaVersion = new SchemaVersion(1, 1, 0),
                Documents = documents,
                Evidence = Evidence(scale.EvidenceItems, documents.Count, scale.Responses),
                Questionnaires = scale.Responses == 0 ? [] : [Questionnaire(scale.Responses)],
                CaseAudit = scale.Cases == 0 ? null : Audit(scale.Cases),
            };
        }

        private List<Document> Documents(int count)
        {
            var leadIn = record.Timeline.LeadInStart!.Value.Earliest;
            var documents = new List<Document>(count);
            for (var i = 0; i < count; i++)
            {
                var (kind, title) = DocumentTitles[i % DocumentTitles.Length];
                var day = leadIn.PlusDays(-random.Next(540));
                // A month or a year around 2 April 2014 could be of either scheme: such a date is given as a day.
                var date = day.Year == 2014 ? PartialDate.OfDay(day) : random.Next(3) switch
                {
                    0 => PartialDate.OfDay(day),
                    1 => PartialDate.OfMonth(day.Year, day.Month),
                    _ => PartialDate.OfYear(day.Year),
                };
                var gpms = MarkingScheme.For(date) == MarkingScheme.Gpms;
                documents.Add(new Document
                {
                    Id = $"doc-{i + 1}",
                    Title = i < DocumentTitles.Length ? title : $"{title}, part {(i / DocumentTitles.Length) + 1}",
                    Kind = kind,
                    Owner = kind == DocumentKind.InspectionReport || random.Next(8) == 0 ? null : OrganisationId.Parse(Pick(_owners)),
                    Date = date,
                    Themes = Themes(1 + random.Next(3)),
                    LinesOfEnquiry = Lines(random.Next(3)),
                    Marking = random.Next(10) == 0 ? null
                        : gpms ? Pick([SecurityMarking.NotProtectivelyMarked, SecurityMarking.NotProtectivelyMarked, SecurityMarking.Protect, SecurityMarking.Restricted])
                        : Pick([SecurityMarking.Official, SecurityMarking.Official, SecurityMarking.OfficialSensitive]),
                });
            }

            return documents;
        }

        private List<EvidenceItem> Evidence(int count, int documents, int responses)
        {
            var leadIn = record.Timeline.LeadInStart!.Value.Earliest;
            var onSite = record.Timeline.OnSiteStart.Earliest;
            var lastDay = record.Timeline.OnSiteEnd!.Value.Earliest;
            var leadInDays = Period.Between(leadIn, onSite, PeriodUnits.Days).Days;
            var onSiteDays = Period.Between(onSite, lastDay, PeriodUnits.Days).Days + 1;
            var items = new List<EvidenceItem>(count);
            for (var i = 0; i < count; i++)
            {
                var method = EvidenceMethod.All[(i + random.Next(2)) % EvidenceMethod.All.Count];
                var before = method == EvidenceMethod.DocumentReview || method == EvidenceMethod.DataAnalysis || method == EvidenceMethod.Questionnaire
                    || method == EvidenceMethod.CaseFileReading;
                var date = before ? leadIn.PlusDays(random.Next(Math.Max(1, leadInDays))) : onSite.PlusDays(random.Next(onSiteDays));
                var (group, agency) = Pick(Sources);
                var source = method == EvidenceMethod.DocumentReview || method == EvidenceMethod.DataAnalysis || method == EvidenceMethod.CaseFileReading ? null
                    : method == EvidenceMethod.Questionnaire ? new EvidenceSource { RoleGroup = "staff of the council and partner agencies", AgencyType = "multi-agency", GroupSize = Math.Max(3, responses) }
                    : new EvidenceSource { RoleGroup = group, AgencyType = agency, GroupSize = 3 + random.Next(10) };
                items.Add(new EvidenceItem
                {
                    Id = $"ev-{i + 1}",
                    Method = method,
                    Themes = Themes(1 + random.Next(2)),
                    LinesOfEnquiry = Lines(random.Next(2)),
                    Date = PartialDate.OfDay(date),
                    GatheredBy = _team.Length == 0 ? [] : [.. new[] { Pick(_team), Pick(_team) }.Distinct()],
                    Summary = $"{Pick(Openings)} {Pick(Findings)}.",
                    Documents = documents == 0 || random.Next(2) == 0 ? [] : [.. Enumerable.Range(0, 1 + random.Next(3)).Select(_ => $"doc-{1 + random.Next(documents)}").Distinct()],
                    Source = source,
                });
            }

            return items;
        }

        private Questionnaire Questionnaire(int count)
        {
            var questions = Questions.Select((q, i) => new Question
            {
                Id = $"q{i + 1}",
                Text = q.Text,
                Themes = [Theme(q.Kind)],
                LinesOfEnquiry = Lines(random.Next(2)),
                Options = ResponseScale.AgreeToDisagree,
            }).ToList();
            var freeText = $"q{questions.Count + 1}";
            questions.Add(new Question { Id = freeText, Text = "What one change would most improve how agencies work together to keep children safe?", Themes = [Theme(2)] });

            var responses = new List<QuestionnaireResponse>(count);
            var total = GroupWeights.Sum();
            for (var i = 0; i < count; i++)
            {
                var pick = random.Next(total);
                var group = 0;
                while (pick >= GroupWeights[group])
                {
                    pick -= GroupWeights[group];
                    group++;
                }

                var answers = new List<Answer>(questions.Count);
                for (var q = 0; q < Questions.Length; q++)
                {
                    // Mostly agree; each group is less sure of one question (its index), and a few answer don't know.
                    int[] weights = q % Groups.Length == group ? [1, 4, 4, 4, 2, 2] : [4, 9, 3, 2, 1, 1];
                    answers.Add(new Answer { Question = questions[q].Id, Option = ResponseScale.AgreeToDisagree[Weighted(weights)].Code });
                }

                if (random.Next(2) == 0)
                {
                    answers.Add(new Answer { Question = freeText, Text = Pick(FreeText) });
                }

                responses.Add(new QuestionnaireResponse
                {
                    Id = $"r-{i + 1}",
                    Respondent = new Respondent { RoleGroup = Groups[group], AgencyType = GroupAgencies[group] },
                    Answers = answers,
                });
            }

            return new Questionnaire { Id = "staff", Title = "Multi-agency staff questionnaire", Questions = questions, Responses = responses };
        }

        private CaseAudit Audit(int count)
        {
            var year = record.Timeline.OnSiteStart.Year.ToString(CultureInfo.InvariantCulture);
            string[] scale = edition.AuditGrades.Count > 0 ? [.. edition.AuditGrades] : Scale2011;
            var cases = new List<AuditedCase>(count);
            for (var i = 0; i < count; i++)
            {
                // Mostly the second and third grades of the scale (good, adequate), now and then the first or the last.
                var usual = Math.Min(1 + random.Next(2), scale.Length - 1);
                cases.Add(new AuditedCase
                {
                    Pseudonym = TestPseudonymiser.Pseudonymise($"GEN/{year}/{i + 1:00000}"),
                    Agencies = ["children's social care", .. Agencies.Where(_ => random.Next(3) == 0)],
                    LevelOfNeed = Pick(Levels),
                    EarlyHelpAssessment = random.Next(5) == 0 ? null : random.Next(2) == 0,
                    Grades = [.. Criteria.Select(c => new CriterionGrade
                    {
                        Criterion = c.Id,
                        Grade = random.Next(6) == 0 ? scale[random.Next(scale.Length)] : scale[usual],
                    })],
                    AuditorRole = Pick(Auditors),
                });
            }

            return new CaseAudit
            {
                Criteria = [.. Criteria.Select(c => new AuditCriterion { Id = c.Id, Name = c.Name, Themes = [Theme(c.Kind)] })],
                Cases = cases,
            };
        }

        /// <summary>The edition's theme of a kind: 0 outcomes, 1 leadership, 2 working together, 3 practice, 4 resources (by position in the edition).</summary>
        private ThemeCode Theme(int kind)
        {
            ThemeCode[] byKind = edition.Code == EditionCode.LgaPeerReview2012
                ? [ThemeCode.OutcomesImpactPerformance, ThemeCode.VisionStrategyLeadership, ThemeCode.WorkingTogether, ThemeCode.EffectivePracticeVoiceOfChild, ThemeCode.CapacityManagingResources]
                : [ThemeCode.Outcomes, ThemeCode.VisionStrategyLeadership, ThemeCode.WorkingTogetherLscb, ThemeCode.ServiceDeliveryEffectivePractice, ThemeCode.ManagingResources];
            return edition.FindTheme(byKind[kind]) is not null ? byKind[kind] : edition.Themes[kind % edition.Themes.Count].Code;
        }

        private List<ThemeCode> Themes(int count) =>
            edition.Themes.Count == 0 ? [] : [.. Enumerable.Range(0, count).Select(_ => edition.Themes[random.Next(edition.Themes.Count)].Code).Distinct()];

        private List<string> Lines(int count) =>
            _lines.Length == 0 ? [] : [.. Enumerable.Range(0, count).Select(_ => Pick(_lines)).Distinct()];

        private int Weighted(int[] weights)
        {
            var pick = random.Next(weights.Sum());
            var k = 0;
            while (pick >= weights[k])
            {
                pick -= weights[k];
                k++;
            }

            return k;
        }

        private T Pick<T>(T[] items) => items[random.Next(items.Length)];
    }
}
