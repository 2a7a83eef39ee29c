namespace PeerChallenge.Reports.Content;

/// <summary>One finding as the report shows it, once, under its first theme.</summary>
/// <param name="Id">The finding's id in the record.</param>
/// <param name="Anchor">The fragment that links to it (<c>finding-f-1</c>).</param>
/// <param name="Label">Its short label: <c>Recommendation 3</c> for a recommendation, otherwise the kind's letters and its number within the kind (<c>S1</c>, <c>AC2</c>).</param>
/// <param name="KindCode">The finding kind's code.</param>
/// <param name="KindName">The finding kind's name in the edition (plural, as a heading).</param>
/// <param name="Statement">What the team found.</param>
/// <param name="IsRecommendation">Whether the kind is a recommendation.</param>
/// <param name="Number">The recommendation's number; null for other kinds or when not numbered.</param>
/// <param name="Priority">The recommendation's priority in words; null when none.</param>
/// <param name="OtherThemes">The names of its other themes (it is shown under the first only).</param>
/// <param name="LinesOfEnquiry">The titles of the lines of enquiry it answers.</param>
/// <param name="EvidenceCount">How many evidence items it cites.</param>
/// <param name="EvidenceMethods">The methods of the evidence it cites, in words, each once.</param>
internal sealed record FindingEntry(
    string Id,
    string Anchor,
    string Label,
    string KindCode,
    string KindName,
    string Statement,
    bool IsRecommendation,
    int? Number,
    string? Priority,
    IReadOnlyList<string> OtherThemes,
    IReadOnlyList<string> LinesOfEnquiry,
    int EvidenceCount,
    IReadOnlyList<string> EvidenceMethods);
