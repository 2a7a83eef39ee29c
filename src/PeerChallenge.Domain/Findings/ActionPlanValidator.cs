using FluentValidation;
using NodaTime;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Privacy;
using PeerChallenge.Domain.Provenance;

namespace PeerChallenge.Domain.Findings;

/// <summary>
/// Checks the council's action plan (<see cref="FindingSet.ActionPlan"/>) and reports every problem at once:
/// <list type="bullet">
/// <item><description>every recommendation has an entry with at least one action (PC0916); each entry answers a finding the record has (PC0902) that is a recommendation no other entry answers (PC0917);</description></item>
/// <item><description>each entry has a desired outcome, each action an id (unique in the plan, PC0105), a description and an owner (PC0101); none of their text, success indicators or progress notes contains personal data, and an owner is an office or role, never a person's name (PC0401);</description></item>
/// <item><description>each action is due after the final report (PC0918: the first final or published version of the report, else the timeline's planned final report; only when certain);</description></item>
/// <item><description>an action not done whose due date has passed on the day given as <c>asOf</c> is overdue (PC0919, a warning; never judged against the system clock, and not at all without <c>asOf</c>);</description></item>
/// <item><description>progress updates run in date order up to the progress review (PC0920, a warning); the plan is published no later than the timeline planned (PC0913, a warning).</description></item>
/// </list>
/// </summary>
/// <remarks>
/// Messages name actions and recommendations by their ids and never quote their text. Build one per edition, scanner
/// and day and reuse it: it holds no state between validations and is safe to share between threads.
/// <see cref="FindingsValidator"/> includes it.
/// </remarks>
public sealed class ActionPlanValidator : AbstractValidator<FindingSet>
{
    private readonly Edition? _edition;
    private readonly LocalDate? _asOf;

    /// <summary>Initializes the validator for action plans under <paramref name="edition"/>.</summary>
    /// <param name="edition">The record's edition, which says which kinds of finding are recommendations; when null, a finding is a recommendation when its kind is <c>recommendation</c>.</param>
    /// <param name="scanner">The personal-data scanner for the plan's text; null (the default) uses <see cref="PersonalDataScanner.Default"/>.</param>
    /// <param name="asOf">The day to judge overdue actions on (PC0919), passed in by the caller; null (the default) does not judge them.</param>
    public ActionPlanValidator(Edition? edition, PersonalDataScanner? scanner = null, LocalDate? asOf = null)
    {
        var personalData = scanner ?? PersonalDataScanner.Default;
        _edition = edition;
        _asOf = asOf;

        RuleForEach(s => s.ActionPlan!.Entries).ChildRules(entry =>
        {
            entry.RuleFor(e => e.DesiredOutcome).NotEmpty().WithIssueCode(CommonIssueCodes.RequiredTextEmpty)
                .WithMessage(e => $"The entry for the recommendation '{e.Recommendation}' needs its desired outcome.");
            entry.RuleFor(e => e.DesiredOutcome).MustNotContainPersonalData(personalData).WithName(e => $"The desired outcome for the recommendation '{e.Recommendation}'");
            entry.RuleForEach(e => e.SuccessIndicators).MustNotContainPersonalData(personalData).WithName(e => $"A success indicator for the recommendation '{e.Recommendation}'");
            entry.RuleForEach(e => e.Actions).ChildRules(action =>
            {
                action.RuleFor(a => a.Id).NotEmpty().WithIssueCode(CommonIssueCodes.RequiredTextEmpty).WithMessage("Each action of the action plan needs an id.");
                action.RuleFor(a => a.Description).NotEmpty().WithIssueCode(CommonIssueCodes.RequiredTextEmpty).WithMessage(a => $"The action '{a.Id}' needs a description.");
                action.RuleFor(a => a.Description).MustNotContainPersonalData(personalData).WithName(a => $"The description of action '{a.Id}'");
                action.RuleFor(a => a.Owner).NotEmpty().WithIssueCode(CommonIssueCodes.RequiredTextEmpty)
                    .WithMessage(a => $"The action '{a.Id}' needs an owner: the office or role accountable for it, for example Director of Children's Services.");
                action.RuleFor(a => a.Owner).MustNotContainPersonalData(personalData)
                    .WithName(a => $"The owner of action '{a.Id}' (an office or role, never a person's name)");
                action.RuleForEach(a => a.Progress).ChildRules(update =>
                {
                    update.RuleFor(u => u.Note).NotEmpty().WithIssueCode(CommonIssueCodes.RequiredTextEmpty).WithMessage("Each progress update needs its note.");
                    update.RuleFor(u => u.Note).MustNotContainPersonalData(personalData).WithName("A progress update's note");
                });
            });
        }).When(s => s.ActionPlan is not null);

        RuleFor(s => s).Custom(CheckRecommendations).When(s => s.ActionPlan is not null);
        RuleFor(s => s).Custom(CheckActions).When(s => s.ActionPlan is not null);
    }

    private static JsonPointer Entries => JsonPointer.Root.Append("actionPlan").Append("entries");

    /// <summary>PC0902, PC0917 for entries; PC0916 for recommendations without actions.</summary>
    private void CheckRecommendations(FindingSet set, ValidationContext<FindingSet> context)
    {
        var findings = set.Findings.Where(f => f.Id is not null).GroupBy(f => f.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var answered = new Dictionary<string, int>(StringComparer.Ordinal);
        var entries = set.ActionPlan!.Entries;
        for (var j = 0; j < entries.Count; j++)
        {
            var entry = entries[j];
            var at = Entries.Append(j);
            if (!findings.TryGetValue(entry.Recommendation ?? string.Empty, out var finding))
            {
                context.AddIssue(FindingsIssueCodes.UnknownReference, at.Append("recommendation"),
                    $"Entry {j} of the action plan answers '{entry.Recommendation}', which is not the id of one of the record's findings (findings).");
            }
            else if (!FindingsValidator.IsRecommendation(_edition, finding.Kind))
            {
                context.AddIssue(FindingsIssueCodes.EntryNotARecommendation, at.Append("recommendation"),
                    $"Entry {j} of the action plan answers the finding '{finding.Id}', which is not a recommendation: the action plan answers the recommendations.");
            }
            else if (!answered.TryAdd(finding.Id, j))
            {
                context.AddIssue(FindingsIssueCodes.EntryNotARecommendation, at.Append("recommendation"),
                    $"Entry {j} of the action plan answers the recommendation '{finding.Id}', which entry {answered[finding.Id]} already answers: put all its actions in one entry.");
            }

            if (entry.Actions.Count == 0)
            {
                context.AddIssue(FindingsIssueCodes.RecommendationWithoutAction, at.Append("actions"),
                    $"The entry for the recommendation '{entry.Recommendation}' has no action: every recommendation needs at least one.");
            }
        }

        for (var i = 0; i < set.Findings.Count; i++)
        {
            var finding = set.Findings[i];
            if (finding.Id is not null && FindingsValidator.IsRecommendation(_edition, finding.Kind) && !answered.ContainsKey(finding.Id))
            {
                context.AddIssue(FindingsIssueCodes.RecommendationWithoutAction, JsonPointer.Root.Append("findings").Append(i),
                    $"The recommendation '{finding.Id}'{(finding.Number is { } n ? $" (number {n})" : string.Empty)} has no entry in the action plan: every recommendation needs at least one action.");
            }
        }
    }

    /// <summary>PC0105 for action ids, PC0918 due dates, PC0919 overdue actions, PC0920 progress dates, PC0913 the plan's publication.</summary>
    private void CheckActions(FindingSet set, ValidationContext<FindingSet> context)
    {
        var plan = set.ActionPlan!;
        var final = set.Report?.Final?.Date ?? set.Timeline.FinalReportDue;
        var review = set.Timeline.ProgressReviewDue;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var j = 0; j < plan.Entries.Count; j++)
        {
            var actions = plan.Entries[j].Actions;
            for (var k = 0; k < actions.Count; k++)
            {
                var action = actions[k];
                var at = Entries.Append(j).Append("actions").Append(k);
                if (!string.IsNullOrEmpty(action.Id) && !ids.Add(action.Id))
                {
                    context.AddIssue(CommonIssueCodes.DuplicateId, at.Append("id"), $"The id '{action.Id}' is used by more than one action of the action plan: give each its own.");
                }

                if (action.Due is { } due && final is { } finalDay && due.IsCertainlyOnOrBefore(finalDay))
                {
                    context.AddIssue(FindingsIssueCodes.ActionDueBeforeFinalReport, at.Append("due"),
                        $"The action '{action.Id}' is due {due}, but the final report is dated {finalDay}: an action is due after the report it answers.");
                }

                if (_asOf is { } asOf && action.IsOverdue(asOf))
                {
                    context.AddIssue(FindingsIssueCodes.ActionOverdue, at.Append("status"),
                        $"The action '{action.Id}' was due {action.Due} and is '{action.Status.DisplayName}' on {asOf:uuuu'-'MM'-'dd}: it is overdue.");
                }

                CheckProgress(context, action, at.Append("progress"), review);
            }
        }

        if (plan.Published is { } published && set.Timeline.ActionPlanDue is { IsExactDay: true } planned && planned.IsCertainlyBefore(published))
        {
            context.AddIssue(FindingsIssueCodes.LaterThanPlanned, JsonPointer.Root.Append("actionPlan").Append("published"),
                $"The action plan was published {published}, later than the {planned} the timeline planned.");
        }
    }

    private static void CheckProgress(ValidationContext<FindingSet> context, PlannedAction action, JsonPointer at, PartialDate? review)
    {
        for (var p = 0; p < action.Progress.Count; p++)
        {
            var date = action.Progress[p].Date;
            if (review is { } reviewDay && reviewDay.IsCertainlyBefore(date))
            {
                context.AddIssue(FindingsIssueCodes.ProgressOutOfRange, at.Append(p).Append("date"),
                    $"A progress update on action '{action.Id}' is dated {date}, after the progress review of {reviewDay}: the plan is monitored up to the progress review.");
            }
            else if (p > 0 && date.IsCertainlyBefore(action.Progress[p - 1].Date))
            {
                context.AddIssue(FindingsIssueCodes.ProgressOutOfRange, at.Append(p).Append("date"),
                    $"A progress update on action '{action.Id}' is dated {date}, before the update listed before it ({action.Progress[p - 1].Date}): list the updates in date order.");
            }
        }
    }
}
