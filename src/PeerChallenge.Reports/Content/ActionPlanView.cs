namespace PeerChallenge.Reports.Content;

/// <summary>The action plan as the report shows it: every recommendation, in number order, with its entries.</summary>
/// <param name="Recommendations">Every recommendation of the findings, with or without entries.</param>
/// <param name="Unmatched">Entries naming a recommendation that is not among the findings, with the id they name.</param>
/// <param name="Published">When the council published the plan, in words; null when not recorded.</param>
/// <param name="AsOf">The date overdue actions are judged against, in words; null when none was given (no action is flagged).</param>
/// <param name="Exists">Whether the record has an action plan at all.</param>
internal sealed record ActionPlanView(
    IReadOnlyList<RecommendationPlan> Recommendations,
    IReadOnlyList<(string Recommendation, ActionPlanItem Item)> Unmatched,
    string? Published,
    string? AsOf,
    bool Exists)
{
    /// <summary>Gets the number of actions flagged as overdue.</summary>
    public int OverdueCount => Recommendations.SelectMany(r => r.Items).Concat(Unmatched.Select(u => u.Item)).SelectMany(i => i.Actions).Count(a => a.IsOverdue);
}
