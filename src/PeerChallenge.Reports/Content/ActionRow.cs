namespace PeerChallenge.Reports.Content;

/// <summary>One action of the action plan as the report shows it.</summary>
/// <param name="Id">The action's id.</param>
/// <param name="Description">What will be done.</param>
/// <param name="Owner">The office or role accountable.</param>
/// <param name="Due">The due date in words; null when none.</param>
/// <param name="StatusCode">The status code (<c>on-track</c>).</param>
/// <param name="Status">The status in words.</param>
/// <param name="IsOverdue">True when the action is not done and its due date is before the report's "as of" date.</param>
/// <param name="LatestProgress">The latest progress update (date and note); null when none.</param>
internal sealed record ActionRow(string Id, string Description, string Owner, string? Due, string StatusCode, string Status, bool IsOverdue, string? LatestProgress);
