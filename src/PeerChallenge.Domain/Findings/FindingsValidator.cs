using System.Globalization;
using FluentValidation;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Privacy;
using PeerChallenge.Domain.Provenance;

namespace PeerChallenge.Domain.Findings;

/// <summary>
/// Checks the findings and the feedback presentation of a record, and reports every problem at once:
/// <list type="bullet">
/// <item><description>each finding has an id (PC0101), unique within the findings (PC0105), and a statement (PC0101); its kind is one of the edition's (PC0901), its themes the edition's (PC0106);</description></item>
/// <item><description>lines of enquiry, evidence items and (from key messages) findings are referred to by ids the record has (PC0902);</description></item>
/// <item><description>a finding rests on at least two independent sources, evidence items that differ in method or in the role group of their source (PC0903, a warning); on a past review that records no evidence, one note says this was not judged (PC0907);</description></item>
/// <item><description>recommendations are numbered 1 to n, each number once, and nothing else is numbered or prioritised (PC0904); each recommendation has a priority (PC0905, a warning);</description></item>
/// <item><description>statements and key messages contain no personal data (PC0401); a key message's theme is the edition's (PC0106) and its message is not empty (PC0101);</description></item>
/// <item><description>the feedback presentation is on the last on-site day (PC0906, a warning; only when both are known to the day);</description></item>
/// <item><description>the report's versions and the council's comments (<see cref="ReportValidator"/>, PC0908 to PC0915) and the action plan (<see cref="ActionPlanValidator"/>, PC0916 to PC0920), which it includes.</description></item>
/// </list>
/// </summary>
/// <remarks>
/// Messages name findings by their ids and never quote a statement or a key message. Build one per edition and scanner
/// and reuse it: it holds no state between validations and is safe to share between threads.
/// <see cref="ChallengeRecordValidator"/> runs it on the record.
/// </remarks>
public sealed class FindingsValidator : AbstractValidator<FindingSet>
{
    private readonly Edition? _edition;

    /// <summary>Initializes the validator for findings under <paramref name="edition"/>.</summary>
    /// <param name="edition">The record's edition; when null, kinds and theme codes are not checked, and a finding is a recommendation when its kind is <c>recommendation</c>.</param>
    /// <param name="scanner">The personal-data scanner for statements and key messages; null (the default) uses <see cref="PersonalDataScanner.Default"/>.</param>
    /// <param name="asOf">The day to judge the action plan's overdue actions on (PC0919), passed in by the caller; null (the default) does not judge them.</param>
    public FindingsValidator(Edition? edition, PersonalDataScanner? scanner = null, NodaTime.LocalDate? asOf = null)
    {
        var personalData = scanner ?? PersonalDataScanner.Default;
        _edition = edition;

        RuleForEach(s => s.Findings).ChildRules(finding =>
        {
            finding.RuleFor(f => f.Id).NotEmpty().WithIssueCode(CommonIssueCodes.RequiredTextEmpty).WithMessage("Each finding needs an id.");
            finding.RuleFor(f => f.Statement).NotEmpty().WithIssueCode(CommonIssueCodes.RequiredTextEmpty).WithMessage(f => $"The finding '{f.Id}' needs a statement.");
            finding.RuleFor(f => f.Statement).MustNotContainPersonalData(personalData).WithName(f => $"The statement of finding '{f.Id}'");
            if (edition is { FindingKinds.Count: > 0 })
            {
                finding.RuleFor(f => f.Kind).Must(kind => edition.FindFindingKind(kind) is not null).WithIssueCode(FindingsIssueCodes.UnknownKind)
                    .WithMessage(f => $"The kind of finding '{f.Id}' is not a kind of finding of the {edition.Name} edition. Its kinds are: {string.Join(", ", edition.FindingKinds.Select(k => k.Code))}.");
            }

            if (edition is not null)
            {
                finding.RuleForEach(f => f.Themes).Must(theme => edition.FindTheme(theme) is not null).WithIssueCode(FrameworkIssueCodes.UnknownTheme)
                    .WithMessage((f, theme) => $"'{theme}' is not a theme of the {edition.Name} edition. Its themes are: {Themes(edition)}.");
            }
        });
        RuleFor(s => s.Findings).MustHaveUniqueIds(f => f.Id, "findings");

        RuleForEach(s => s.Feedback!.KeyMessages).ChildRules(message =>
        {
            message.RuleFor(m => m.Message).NotEmpty().WithIssueCode(CommonIssueCodes.RequiredTextEmpty).WithMessage("Each key message needs its message.");
            message.RuleFor(m => m.Message).MustNotContainPersonalData(personalData).WithName("A key message of the feedback");
            if (edition is not null)
            {
                message.RuleFor(m => m.Theme).Must(theme => edition.FindTheme(theme) is not null).When(m => m.Theme is not null).WithIssueCode(FrameworkIssueCodes.UnknownTheme)
                    .WithMessage(m => $"'{m.Theme}' is not a theme of the {edition.Name} edition. Its themes are: {Themes(edition)}.");
            }
        }).When(s => s.Feedback is not null);

        RuleFor(s => s).Custom(CheckReferences);
        RuleFor(s => s).Custom(CheckTriangulation);
        RuleFor(s => s).Custom(CheckRecommendations);
        RuleFor(s => s).Custom(CheckFeedbackDate).When(s => s.Feedback is not null);
        Include(new ReportValidator(edition, personalData));
        Include(new ActionPlanValidator(edition, personalData, asOf));
    }

    /// <summary>
    /// Returns how many independent sources the evidence items <paramref name="evidence"/> are: items of the same method
    /// whose sources have the same role group (ignoring case and surrounding white space, or both without a source) count once.
    /// </summary>
    /// <param name="evidence">The evidence items a finding rests on.</param>
    /// <returns>The number of independent sources; 0 for no items.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evidence"/> is null.</exception>
    public static int IndependentSources(IEnumerable<Evidence.EvidenceItem> evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return evidence.Select(SourceKey).Distinct().Count();
    }

    /// <summary>
    /// What makes an evidence item one independent source: its method and its source's role group (ignoring case and
    /// surrounding white space; empty without a source). Shared with <see cref="FindingTrace"/>, which groups a finding's
    /// evidence by it.
    /// </summary>
    internal static (string Method, string Group) SourceKey(Evidence.EvidenceItem item) =>
        (item.Method.Code, item.Source?.RoleGroup.Trim().ToUpperInvariant() ?? string.Empty);

    /// <summary>Whether a finding of kind <paramref name="kind"/> is a recommendation under this validator's edition.</summary>
    private bool IsRecommendation(string kind) => IsRecommendation(_edition, kind);

    /// <summary>Whether a finding of kind <paramref name="kind"/> is a recommendation under <paramref name="edition"/>: by the edition's kinds, or the kind <c>recommendation</c> when it lists none.</summary>
    internal static bool IsRecommendation(Edition? edition, string kind) =>
        edition is { FindingKinds.Count: > 0 } ? edition.FindFindingKind(kind)?.Recommendation == true : kind == "recommendation";

    /// <summary>PC0902 for unknown lines of enquiry and evidence of findings, and unknown findings of key messages.</summary>
    private static void CheckReferences(FindingSet set, ValidationContext<FindingSet> context)
    {
        var lines = new HashSet<string>(set.LinesOfEnquiry.Select(l => l.Id), StringComparer.Ordinal);
        var evidence = new HashSet<string>(set.Evidence.Select(e => e.Id), StringComparer.Ordinal);
        for (var i = 0; i < set.Findings.Count; i++)
        {
            var finding = set.Findings[i];
            var at = JsonPointer.Root.Append("findings").Append(i);
            var who = $"The finding '{finding.Id}'";
            CheckIds(context, finding.LinesOfEnquiry, lines, at.Append("linesOfEnquiry"), who, "line of enquiry", "lines of enquiry (linesOfEnquiry)");
            CheckIds(context, finding.Evidence, evidence, at.Append("evidence"), who, "evidence item", "evidence items (evidence)");
        }

        var findings = new HashSet<string>(set.Findings.Select(f => f.Id), StringComparer.Ordinal);
        var messages = set.Feedback?.KeyMessages ?? [];
        for (var i = 0; i < messages.Count; i++)
        {
            CheckIds(context, messages[i].Findings, findings, JsonPointer.Root.Append("feedback").Append("keyMessages").Append(i).Append("findings"),
                string.Create(CultureInfo.InvariantCulture, $"Key message {i} of the feedback"), "finding", "findings (findings)");
        }
    }

    /// <summary>PC0903 for each finding on fewer than two independent sources, or PC0907 once on a past review with no evidence.</summary>
    private static void CheckTriangulation(FindingSet set, ValidationContext<FindingSet> context)
    {
        if (set.Findings.Count == 0)
        {
            return;
        }

        if (set.Kind == RecordKind.PastReview && set.Evidence.Count == 0)
        {
            context.AddIssue(FindingsIssueCodes.TriangulationNotChecked, JsonPointer.Root.Append("findings"),
                "Whether each finding rests on two independent sources was not checked: this record of a past review records no evidence items.");
            return;
        }

        var byId = set.Evidence.Where(e => e.Id is not null).GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        for (var i = 0; i < set.Findings.Count; i++)
        {
            var finding = set.Findings[i];

            // Unknown evidence is an error of its own (PC0902): the finding's sources cannot be counted until it is corrected.
            if (finding.Evidence.Any(id => !byId.ContainsKey(id)))
            {
                continue;
            }

            var sources = IndependentSources(finding.Evidence.Distinct(StringComparer.Ordinal).Select(id => byId[id]));
            if (sources < 2)
            {
                context.AddIssue(FindingsIssueCodes.NotTriangulated, JsonPointer.Root.Append("findings").Append(i).Append("evidence"), sources == 0
                    ? $"The finding '{finding.Id}' cites no evidence: a finding should rest on at least two independent sources (evidence items of different methods or from different groups of people)."
                    : $"The finding '{finding.Id}' rests on one source only (its evidence is all of one method from one group of people): add evidence gathered another way or from another group, or reconsider the finding.");
            }
        }
    }

    /// <summary>PC0904 for numbers of recommendations and numbers or priorities elsewhere, PC0905 for a recommendation without a priority.</summary>
    private void CheckRecommendations(FindingSet set, ValidationContext<FindingSet> context)
    {
        var numbers = new Dictionary<int, string>();
        var recommendations = 0;
        for (var i = 0; i < set.Findings.Count; i++)
        {
            var finding = set.Findings[i];
            var at = JsonPointer.Root.Append("findings").Append(i);
            if (!IsRecommendation(finding.Kind))
            {
                if (finding.Number is not null || finding.Priority is not null)
                {
                    context.AddIssue(FindingsIssueCodes.RecommendationNumbering, at.Append(finding.Number is not null ? "number" : "priority"),
                        $"The finding '{finding.Id}' is not a recommendation, so it has no number and no priority: only recommendations are numbered and prioritised.");
                }

                continue;
            }

            recommendations++;
            if (finding.Priority is null)
            {
                context.AddIssue(FindingsIssueCodes.RecommendationWithoutPriority, at,
                    $"The recommendation '{finding.Id}' has no priority: give one of high, medium or low.");
            }

            if (finding.Number is not { } number)
            {
                context.AddIssue(FindingsIssueCodes.RecommendationNumbering, at, $"The recommendation '{finding.Id}' has no number: number the recommendations 1, 2, 3 and so on.");
            }
            else if (!numbers.TryAdd(number, finding.Id))
            {
                context.AddIssue(FindingsIssueCodes.RecommendationNumbering, at.Append("number"), string.Create(CultureInfo.InvariantCulture,
                    $"The recommendation '{finding.Id}' has the number {number}, which the recommendation '{numbers[number]}' already has: each recommendation needs its own number."));
            }
        }

        for (var i = 0; i < set.Findings.Count; i++)
        {
            var finding = set.Findings[i];
            if (IsRecommendation(finding.Kind) && finding.Number is { } number && (number < 1 || number > recommendations) && numbers[number] == finding.Id)
            {
                context.AddIssue(FindingsIssueCodes.RecommendationNumbering, JsonPointer.Root.Append("findings").Append(i).Append("number"), string.Create(CultureInfo.InvariantCulture,
                    $"The recommendation '{finding.Id}' has the number {number}, but the {recommendations} recommendations must be numbered 1 to {recommendations}."));
            }
        }
    }

    /// <summary>PC0906 when the feedback is not on the last on-site day, both known to the day.</summary>
    private static void CheckFeedbackDate(FindingSet set, ValidationContext<FindingSet> context)
    {
        var date = set.Feedback!.Date;
        if (set.Timeline.OnSiteEnd is { IsExactDay: true } end && date.IsExactDay && date.Earliest != end.Earliest)
        {
            context.AddIssue(FindingsIssueCodes.FeedbackNotOnLastDay, JsonPointer.Root.Append("feedback").Append("date"),
                $"The feedback presentation is on {date}, but the last on-site day is {end}: the team gives its feedback on the last day of the visit.");
        }
    }

    private static void CheckIds(ValidationContext<FindingSet> context, IReadOnlyList<string> ids, HashSet<string> known, JsonPointer at, string who, string what, string whose)
    {
        for (var j = 0; j < ids.Count; j++)
        {
            if (!known.Contains(ids[j]))
            {
                context.AddIssue(FindingsIssueCodes.UnknownReference, at.Append(j),
                    $"{who} refers to the {what} '{ids[j]}', which is not the id of one of the record's {whose}.");
            }
        }
    }

    private static string Themes(Edition edition) => string.Join(", ", edition.Themes.Select(t => t.Code));
}
