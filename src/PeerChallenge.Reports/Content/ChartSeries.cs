namespace PeerChallenge.Reports.Content;

/// <summary>One series of the findings chart: a finding kind other than recommendations.</summary>
internal sealed record ChartSeries(string KindCode, string Name, int Index);
