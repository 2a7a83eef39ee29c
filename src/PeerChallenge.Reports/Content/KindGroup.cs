namespace PeerChallenge.Reports.Content;

/// <summary>The findings of one kind under one theme, in the record's order (recommendations by number).</summary>
internal sealed record KindGroup(string KindCode, string KindName, bool IsRecommendation, IReadOnlyList<FindingEntry> Findings);
