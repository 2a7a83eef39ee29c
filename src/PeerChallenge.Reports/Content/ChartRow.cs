namespace PeerChallenge.Reports.Content;

/// <summary>One theme of the findings chart with its count per series (in the order of the series).</summary>
internal sealed record ChartRow(string ThemeKey, string ThemeName, IReadOnlyList<int> Counts);
