namespace PeerChallenge.Reports.Content;

/// <summary>The report's own history: its versions, the council's comments in numbers, and the themes it does not cover.</summary>
internal sealed record ReportHistoryView(
    IReadOnlyList<(string Version, string Status, string Date)> Versions,
    int Comments,
    int Accepted,
    int NotAccepted,
    IReadOnlyList<(string Theme, string Reason)> ThemesNotCovered);
