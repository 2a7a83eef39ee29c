namespace PeerChallenge.Reports.Content;

/// <summary>
/// Everything the report shows, worked out once from a record, so that the HTML, Markdown and Word renderings say
/// the same thing: each rendering only lays this out.
/// </summary>
internal sealed record ReportContent
{
    /// <summary>Gets the report's title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the council challenged.</summary>
    public required string HostCouncil { get; init; }

    /// <summary>Gets the body that ran the challenge; null when not recorded.</summary>
    public string? ConductedBy { get; init; }

    /// <summary>Gets the framework edition's name.</summary>
    public required string Edition { get; init; }

    /// <summary>Gets the security marking of the report, the highest of what it was made from, in words.</summary>
    public required string Marking { get; init; }

    /// <summary>Gets the current version of the report in words (<c>Final, 25 November 2011</c>); null when the record has no report history.</summary>
    public string? Status { get; init; }

    /// <summary>Gets the on-site dates in words.</summary>
    public required string OnSite { get; init; }

    /// <summary>Gets the statements of the host council's lines of enquiry, numbered from 1 in this order.</summary>
    public required IReadOnlyList<string> LinesOfEnquiry { get; init; }

    /// <summary>Gets the date of the feedback presentation in words; null when there was none.</summary>
    public string? FeedbackDate { get; init; }

    /// <summary>Gets the key messages of the feedback presentation.</summary>
    public required IReadOnlyList<KeyMessageView> KeyMessages { get; init; }

    /// <summary>Gets the findings by theme; every finding is in exactly one section.</summary>
    public required IReadOnlyList<ThemeSection> Themes { get; init; }

    /// <summary>Gets the chart of strengths against areas per theme.</summary>
    public required FindingChart Chart { get; init; }

    /// <summary>Gets the timeline as a Gantt chart.</summary>
    public required GanttChart Timeline { get; init; }

    /// <summary>Gets the action plan view.</summary>
    public required ActionPlanView ActionPlan { get; init; }

    /// <summary>Gets the peer team, without names.</summary>
    public required IReadOnlyList<TeamRow> Team { get; init; }

    /// <summary>Gets the methods and evidence counts.</summary>
    public required EvidenceView Evidence { get; init; }

    /// <summary>Gets the report's history; null when the record has none.</summary>
    public ReportHistoryView? History { get; init; }

    /// <summary>Gets every finding in the order of the sections.</summary>
    public IEnumerable<FindingEntry> Findings => Themes.SelectMany(t => t.Groups).SelectMany(g => g.Findings);
}
