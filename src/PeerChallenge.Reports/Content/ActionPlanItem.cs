namespace PeerChallenge.Reports.Content;

/// <summary>One entry of the action plan: the recommendation it answers, the outcome wanted, how success is measured, the actions.</summary>
internal sealed record ActionPlanItem(string DesiredOutcome, IReadOnlyList<string> SuccessIndicators, IReadOnlyList<ActionRow> Actions);
