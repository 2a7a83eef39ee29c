namespace PeerChallenge.Reports.Content;

/// <summary>A key message of the feedback presentation, with the labels and links of the findings it rests on.</summary>
internal sealed record KeyMessageView(string Theme, string Message, IReadOnlyList<(string Label, string Anchor)> Findings);
