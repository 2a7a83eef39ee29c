using NodaTime;
using PeerChallenge.Domain;
using PeerChallenge.Domain.Findings;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Provenance;

namespace PeerChallenge.Reports.Tests;

/// <summary>
/// The 2011 example with generated findings (every kind of the edition and one it does not define, zero to three themes,
/// one theme the edition does not have, statements full of characters HTML, Markdown and Word treat specially), a
/// feedback presentation and an action plan that answers some recommendations, and names one that is not a finding.
/// </summary>
public sealed record GeneratedReport(int Seed, int Findings)
{
    private static readonly string[] Kinds = ["strength", "area-for-consideration", "recommendation", "good-practice"];

    private static readonly string[] Hostile =
    [
        "<script>alert(1)</script>", "a & b &amp; c", "*not emphasis* and _not_ either", "[a link](http://example.org)",
        "a | pipe", "\"quoted\" and 'single'", "Zoë's café", "# not a heading", "`code`", "<!-- comment -->", "\\ backslash",
        "1. not a list", "emoji \U0001F600", "]]> and </style>",
    ];

    public ChallengeRecord Record { get; } = Make(Seed, Findings);

    public override string ToString() => $"{Findings} findings, seed {Seed}";

    /// <summary>The statement of the finding numbered <paramref name="n"/>: unique, as no statement is part of another.</summary>
    internal static string Statement(int n, Random random) => $"Finding {n} says {Hostile[random.Next(Hostile.Length)]} then {Hostile[random.Next(Hostile.Length)]} end {n}.";

    private static ChallengeRecord Make(int seed, int count)
    {
        var random = new Random(seed);
        var baseRecord = Reports.Rotherham2011;
        var themes = BuiltInEditions.Lgg2011.Themes.Select(t => t.Code).Append(ThemeCode.Parse("not-an-edition-theme")).ToArray();
        var evidence = baseRecord.Evidence.Select(e => e.Id).ToArray();
        var number = 0;
        var findings = Enumerable.Range(1, count).Select(n =>
        {
            var kind = Kinds[random.Next(Kinds.Length)];
            return new Finding
            {
                Id = random.Next(5) == 0 ? $"f.{n}" : $"f-{n}",
                Kind = kind,
                Statement = Statement(n, random),
                Themes = [.. Enumerable.Range(0, random.Next(4)).Select(_ => themes[random.Next(themes.Length)]).Distinct()],
                Evidence = [.. Enumerable.Range(0, random.Next(4)).Select(_ => evidence[random.Next(evidence.Length)]).Distinct()],
                Number = kind == "recommendation" ? ++number : null,
                Priority = kind == "recommendation" ? RecommendationPriority.All[random.Next(RecommendationPriority.All.Count)] : null,
            };
        }).ToList();
        var recommendations = findings.Where(f => f.Kind == "recommendation").ToList();
        var entries = recommendations.Where(_ => random.Next(3) > 0).Select(r => new ActionPlanEntry
        {
            Recommendation = r.Id,
            DesiredOutcome = $"Outcome for {r.Id} <b>bold?</b>",
            SuccessIndicators = ["An indicator | with a pipe"],
            Actions =
            [
                .. Enumerable.Range(1, random.Next(3)).Select(a => new PlannedAction
                {
                    Id = $"a-{r.Id}-{a}",
                    Description = $"Action {a} for {r.Id}",
                    Owner = "Head of Service",
                    Due = PartialDate.OfDay(new LocalDate(2012, 1 + random.Next(12), 1 + random.Next(28))),
                    Status = ActionStatus.All[random.Next(ActionStatus.All.Count)],
                }),
            ],
        }).ToList();
        entries.Add(new ActionPlanEntry { Recommendation = "f-not-a-finding", DesiredOutcome = "An outcome for a recommendation that is not in the findings" });
        return baseRecord with
        {
            Findings = findings,
            Feedback = new FeedbackPresentation
            {
                Date = PartialDate.OfDay(new LocalDate(2011, 10, 7)),
                KeyMessages = [.. findings.Take(3).Select(f => new KeyMessage { Theme = f.Themes.FirstOrDefault(), Message = $"Key message on {f.Id}", Findings = [f.Id, "f-unknown"] })],
            },
            ActionPlan = new ActionPlan { Entries = entries },
        };
    }
}
