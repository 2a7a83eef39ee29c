using PeerChallenge.Domain.Evidence;

namespace PeerChallenge.Reports.Content;

/// <summary>The methods and the evidence counts, the counts after disclosure control.</summary>
/// <param name="Methods">The methods the challenge used, in words.</param>
/// <param name="Documents">How many documents the council gave the team.</param>
/// <param name="EvidenceItems">How many evidence items the team recorded.</param>
/// <param name="Table">Evidence items by method and source agency after disclosure control; null when the record has no evidence.</param>
/// <param name="Profile">The disclosure profile the table follows, in words.</param>
internal sealed record EvidenceView(IReadOnlyList<string> Methods, int Documents, int EvidenceItems, StatisticalTable? Table, string Profile);
