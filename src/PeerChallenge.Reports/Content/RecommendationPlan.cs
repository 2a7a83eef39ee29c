namespace PeerChallenge.Reports.Content;

/// <summary>A recommendation in the action plan view: its label and link, and the plan's entries for it (empty when it has none).</summary>
internal sealed record RecommendationPlan(string FindingId, string Label, string Anchor, string? Priority, IReadOnlyList<ActionPlanItem> Items);
