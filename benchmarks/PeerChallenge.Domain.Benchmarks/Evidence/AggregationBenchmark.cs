using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using PeerChallenge.Domain.Evidence;
using PeerChallenge.Domain.Framework;
using AuditTables = PeerChallenge.Domain.Evidence.CaseAuditTables;

namespace PeerChallenge.Domain.Benchmarks.Evidence;

/// <summary>
/// Aggregating a questionnaire's responses and a case audit's grades into tables at two scales (10,000 responses and 100
/// audited cases; 100,000 responses and 1,000 cases), each against a plain LINQ <c>GroupBy</c> in the same run, grouped by
/// category:
/// <list type="bullet">
/// <item><c>Questionnaire</c>: the counts per question by option and per question by role group by option, as two LINQ
/// group-bys (baseline), as <see cref="QuestionnaireTables"/> (<see cref="QuestionnaireTables.ForQuestion"/> and
/// <see cref="QuestionnaireTables.ForQuestionByGroup"/> for every question), and the same tables put through
/// <see cref="DisclosureControl.Apply"/> under <see cref="DisclosureProfile.Dfe"/>.</item>
/// <item><c>CaseAudit</c>: the grades per criterion and per agency involved, as two LINQ group-bys (baseline), as
/// <see cref="CaseAuditTables.ByCriterion"/> and <see cref="CaseAuditTables.ByAgency"/>, and as
/// <see cref="CaseAuditTables.Publish"/> under <see cref="DisclosureProfile.Dfe"/>.</item>
/// </list>
/// The setup checks once that the baseline and the library count the same numbers. The <c>ns/item</c> column is the mean
/// time per response (Questionnaire) or per audited case (CaseAudit): the same at both scales when the cost is linear.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[ShortRunJob]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[Config(typeof(Columns))]
public class AggregationBenchmark
{
    /// <summary>The number of responses per audited case: 100 (10,000 responses with 100 cases, 100,000 with 1,000).</summary>
    public const int ResponsesPerCase = 100;

    private const string QuestionnaireCategory = "Questionnaire";
    private const string CaseAuditCategory = "CaseAudit";

    /// <summary>The role groups and their shares of the respondents; elected members are few, so some of their cells are small.</summary>
    private static readonly (string Group, double Share)[] RoleGroups =
    [
        ("front-line social worker", 0.45),
        ("team manager", 0.18),
        ("senior manager", 0.07),
        ("partner agency practitioner", 0.297),
        ("elected member", 0.003),
    ];

    private static readonly string[] CriterionIds = ["information-sharing", "joint-planning", "timeliness", "voice-of-the-child", "management-oversight"];

    private static readonly string[] Agencies =
    [
        "children's social care", "health", "police", "education", "early help", "probation", "youth offending service", "housing",
    ];

    private static readonly string[] Grades = ["outstanding", "good", "adequate", "inadequate"];

    private Questionnaire _questionnaire = null!;
    private CaseAudit _audit = null!;

    /// <summary>Gets or sets the number of questionnaire responses; the case audit has one case per <see cref="ResponsesPerCase"/> responses.</summary>
    [Params(10_000, 100_000)]
    public int Responses { get; set; } = 10_000;

    /// <summary>Gets the number of audited cases: <see cref="Responses"/> / <see cref="ResponsesPerCase"/>.</summary>
    public int Cases => Responses / ResponsesPerCase;

    /// <summary>Generates the questionnaire and the case audit (fixed seed) and checks that the baseline and the library count the same.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _questionnaire = GenerateQuestionnaire(Responses, seed: 20111003);
        _audit = GenerateAudit(Cases, seed: 20111003);
        CheckQuestionnaire();
        CheckCaseAudit();
    }

    /// <summary>Plain LINQ: one group-by of the answers by question and option, one by question, role group and option.</summary>
    /// <returns>The two sets of counts.</returns>
    [BenchmarkCategory(QuestionnaireCategory), Benchmark(Baseline = true)]
    public (Dictionary<(string Question, string Option), int> ByOption, Dictionary<(string Question, string Group, string Option), int> ByGroup) LinqGroupBy()
    {
        var answers = _questionnaire.Responses
            .SelectMany(r => r.Answers, (r, a) => (Group: r.Respondent.RoleGroup, a.Question, a.Option))
            .Where(a => a.Option is not null);
        var byOption = answers
            .GroupBy(a => (a.Question, Option: a.Option!))
            .ToDictionary(g => g.Key, g => g.Count());
        var byGroup = answers
            .GroupBy(a => (a.Question, a.Group, Option: a.Option!))
            .ToDictionary(g => g.Key, g => g.Count());
        return (byOption, byGroup);
    }

    /// <summary>The library: <see cref="QuestionnaireTables"/>, with a table per question and a table per question by role group.</summary>
    /// <returns>The tables.</returns>
    [BenchmarkCategory(QuestionnaireCategory), Benchmark]
    public List<CountTable> QuestionnaireTables() => BuildQuestionnaireTables(_questionnaire);

    /// <summary>The library's tables, each put through disclosure control under the DfE profile.</summary>
    /// <returns>The published tables.</returns>
    [BenchmarkCategory(QuestionnaireCategory), Benchmark]
    public List<StatisticalTable> QuestionnaireTablesWithDisclosureControl() =>
        [.. BuildQuestionnaireTables(_questionnaire).Select(t => DisclosureControl.Apply(t, DisclosureProfile.Dfe))];

    /// <summary>Plain LINQ: one group-by of the grades by criterion and grade, one by agency involved (each named once per case) and grade.</summary>
    /// <returns>The two sets of counts.</returns>
    [BenchmarkCategory(CaseAuditCategory), Benchmark(Baseline = true)]
    public (Dictionary<(string Criterion, string Grade), int> ByCriterion, Dictionary<(string Agency, string Grade), int> ByAgency) LinqGroupByCases()
    {
        var byCriterion = _audit.Cases
            .SelectMany(c => c.Grades)
            .GroupBy(g => (g.Criterion, g.Grade))
            .ToDictionary(g => g.Key, g => g.Count());
        var byAgency = _audit.Cases
            .SelectMany(c => c.Agencies.Distinct(), (c, agency) => (Case: c, Agency: agency))
            .SelectMany(x => x.Case.Grades, (x, g) => (x.Agency, g.Grade))
            .GroupBy(x => x)
            .ToDictionary(g => g.Key, g => g.Count());
        return (byCriterion, byAgency);
    }

    /// <summary>The library: <see cref="CaseAuditTables.ByCriterion"/> and <see cref="CaseAuditTables.ByAgency"/>.</summary>
    /// <returns>The two tables.</returns>
    [BenchmarkCategory(CaseAuditCategory), Benchmark]
    public (CountTable? ByCriterion, CountTable? ByAgency) CaseAuditTables() =>
        (AuditTables.ByCriterion(_audit, BuiltInEditions.Lgg2011), AuditTables.ByAgency(_audit, BuiltInEditions.Lgg2011));

    /// <summary>The library: both tables put through disclosure control under the DfE profile (<see cref="CaseAuditTables.Publish"/>).</summary>
    /// <returns>The published tables.</returns>
    [BenchmarkCategory(CaseAuditCategory), Benchmark]
    public IReadOnlyList<StatisticalTable> CaseAuditTablesPublish() => AuditTables.Publish(_audit, BuiltInEditions.Lgg2011, DisclosureProfile.Dfe);

    /// <summary>
    /// Makes a staff questionnaire of twelve agree-to-disagree questions and <paramref name="responses"/> responses in five
    /// role groups; each question is answered by about 95 in 100 respondents, the options weighted by role group.
    /// </summary>
    internal static Questionnaire GenerateQuestionnaire(int responses, int seed)
    {
        var random = new Random(seed);
        var scale = ResponseScale.AgreeToDisagree;
        var questions = Enumerable.Range(1, 12)
            .Select(i => new Question { Id = $"q{i}", Text = $"Statement {i} about multi-agency safeguarding practice.", Options = scale })
            .ToList();

        // Weights of strongly agree, agree, neither, disagree, strongly disagree, don't know: each group leans its own way.
        double[][] weights =
        [
            [0.20, 0.40, 0.15, 0.15, 0.05, 0.05],
            [0.25, 0.45, 0.12, 0.12, 0.04, 0.02],
            [0.35, 0.45, 0.10, 0.07, 0.02, 0.01],
            [0.10, 0.35, 0.20, 0.20, 0.08, 0.07],
            [0.30, 0.40, 0.10, 0.05, 0.01, 0.14],
        ];
        var list = new List<QuestionnaireResponse>(responses);
        for (var r = 0; r < responses; r++)
        {
            var g = Pick(random, RoleGroups.Select(x => x.Share));
            var group = RoleGroups[g].Group;
            var answers = new List<Answer>(questions.Count);
            foreach (var question in questions)
            {
                if (random.NextDouble() < 0.95)
                {
                    answers.Add(new Answer { Question = question.Id, Option = scale[Pick(random, weights[g])].Code });
                }
            }

            list.Add(new QuestionnaireResponse
            {
                Id = $"r-{r + 1}",
                Respondent = new Respondent { RoleGroup = group, AgencyType = g == 3 ? "health" : "local authority" },
                Answers = answers,
            });
        }

        return new Questionnaire { Id = "staff", Title = "Staff questionnaire", Questions = questions, Responses = list };
    }

    /// <summary>
    /// Makes a case audit of five criteria and <paramref name="cases"/> cases, each involving children's social care and one to
    /// three other agencies (two to four in all), each criterion graded outstanding, good, adequate or inadequate.
    /// </summary>
    internal static CaseAudit GenerateAudit(int cases, int seed)
    {
        var random = new Random(seed);
        var pseudonymiser = new CasePseudonymiser(new PseudonymKey([.. Enumerable.Range(1, 32).Select(i => (byte)i)]));
        double[] gradeWeights = [0.08, 0.47, 0.35, 0.10];
        var list = new List<AuditedCase>(cases);
        for (var c = 0; c < cases; c++)
        {
            var others = Agencies.Skip(1).OrderBy(_ => random.Next()).Take(random.Next(1, 4));
            list.Add(new AuditedCase
            {
                Pseudonym = pseudonymiser.Pseudonymise($"CR-{c:000000}"),
                Agencies = [Agencies[0], .. others],
                Grades = [.. CriterionIds.Select(id => new CriterionGrade { Criterion = id, Grade = Grades[Pick(random, gradeWeights)] })],
                AuditorRole = c % 2 == 0 ? "officer peer" : "health peer",
            });
        }

        return new CaseAudit
        {
            Criteria = [.. CriterionIds.Select(id => new AuditCriterion { Id = id, Name = id })],
            Cases = list,
        };
    }

    private static int Pick(Random random, IEnumerable<double> weights)
    {
        var x = random.NextDouble();
        var i = 0;
        foreach (var weight in weights)
        {
            x -= weight;
            if (x < 0)
            {
                return i;
            }

            i++;
        }

        return i - 1;
    }

    private static List<CountTable> BuildQuestionnaireTables(Questionnaire questionnaire)
    {
        var tables = new QuestionnaireTables(questionnaire);
        var list = new List<CountTable>(2 * questionnaire.Questions.Count);
        foreach (var question in questionnaire.Questions)
        {
            list.Add(tables.ForQuestion(question.Id));
            list.Add(tables.ForQuestionByGroup(question.Id)!);
        }

        return list;
    }

    /// <summary>Throws unless the LINQ counts and the library's tables hold the same numbers (every cell, zeros included).</summary>
    private void CheckQuestionnaire()
    {
        var (byOption, byGroup) = LinqGroupBy();
        var tables = new QuestionnaireTables(_questionnaire);
        var cells = 0L;
        var answers = 0L;
        foreach (var question in _questionnaire.Questions)
        {
            var options = question.Options;
            var total = tables.ForQuestion(question.Id);
            var perGroup = tables.ForQuestionByGroup(question.Id)!;
            for (var o = 0; o < options.Count; o++)
            {
                Require(total.Counts[o][0] == byOption.GetValueOrDefault((question.Id, options[o].Code)), $"{question.Id} {options[o].Code}");
                answers += total.Counts[o][0];
                for (var g = 0; g < perGroup.Rows.Count; g++)
                {
                    Require(perGroup.Counts[g][o] == byGroup.GetValueOrDefault((question.Id, perGroup.Rows[g], options[o].Code)), $"{question.Id} {perGroup.Rows[g]} {options[o].Code}");
                    cells++;
                }
            }
        }

        Require(answers == byOption.Values.Sum() && answers == byGroup.Values.Sum(), "every answer counted once");
        Require(cells == _questionnaire.Questions.Count * RoleGroups.Length * ResponseScale.AgreeToDisagree.Count, "every role group present");
    }

    /// <summary>Throws unless the LINQ counts and the library's tables hold the same numbers (every cell, zeros included).</summary>
    private void CheckCaseAudit()
    {
        var (byCriterion, byAgency) = LinqGroupByCases();
        var (criterionTable, agencyTable) = CaseAuditTables();
        Require(criterionTable is not null && agencyTable is not null, "both tables");
        Require(criterionTable!.Columns.SequenceEqual(Grades) && agencyTable!.Columns.SequenceEqual(Grades), "grade columns");
        Require(criterionTable.Rows.SequenceEqual(CriterionIds), "criterion rows");
        Require(agencyTable!.Rows.Order(StringComparer.Ordinal).SequenceEqual(Agencies.Order(StringComparer.Ordinal)), "agency rows");
        for (var g = 0; g < Grades.Length; g++)
        {
            for (var i = 0; i < criterionTable.Rows.Count; i++)
            {
                Require(criterionTable.Counts[i][g] == byCriterion.GetValueOrDefault((criterionTable.Rows[i], Grades[g])), $"{criterionTable.Rows[i]} {Grades[g]}");
            }

            for (var i = 0; i < agencyTable.Rows.Count; i++)
            {
                Require(agencyTable.Counts[i][g] == byAgency.GetValueOrDefault((agencyTable.Rows[i], Grades[g])), $"{agencyTable.Rows[i]} {Grades[g]}");
            }
        }

        Require(criterionTable.Counts.Sum(r => r.Sum()) == Cases * CriterionIds.Length, "every grade counted once");
        Require(agencyTable.Counts.Sum(r => r.Sum()) == byAgency.Values.Sum(), "every agency's grades counted");
    }

    private static void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"The LINQ baseline and the library count differently: {what}.");
        }
    }

    /// <summary>Adds the number of items (responses or audited cases) and the mean time per item, and allows a slow build of the generated project on a busy machine.</summary>
    private sealed class Columns : ManualConfig
    {
        public Columns()
        {
            AddColumn(PerItemColumn.Pair(
                benchmarkCase =>
                {
                    var responses = benchmarkCase.Parameters["Responses"] is int n ? n : 0;
                    return benchmarkCase.Descriptor.Categories.Contains(CaseAuditCategory) ? responses / ResponsesPerCase : responses;
                },
                "Items aggregated: questionnaire responses (Questionnaire) or audited cases (CaseAudit)",
                "Mean time per item in nanoseconds (linear cost: the same at both scales)"));
            WithBuildTimeout(TimeSpan.FromMinutes(10));
        }
    }
}
