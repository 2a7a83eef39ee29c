namespace PeerChallenge.Reports.Content;

/// <summary>One theme of the findings section: its findings by kind, or why the report does not cover it.</summary>
/// <param name="Key">The theme's code, or <see cref="ReportContentBuilder.AcrossThemesKey"/> for findings with no theme.</param>
/// <param name="Name">The theme's name in the edition.</param>
/// <param name="Anchor">The fragment that links to the section.</param>
/// <param name="Groups">Its findings, by kind in the edition's order.</param>
/// <param name="NotCoveredReason">Why the report does not cover the theme (from the report history); null when it is covered or no reason is given.</param>
internal sealed record ThemeSection(string Key, string Name, string Anchor, IReadOnlyList<KindGroup> Groups, string? NotCoveredReason)
{
    /// <summary>Gets the number of findings under the theme.</summary>
    public int Count => Groups.Sum(g => g.Findings.Count);

    /// <summary>Gets the number of findings of a kind under the theme.</summary>
    public int CountOf(string kindCode) => Groups.Where(g => g.KindCode == kindCode).Sum(g => g.Findings.Count);
}
