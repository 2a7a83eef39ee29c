using PeerChallenge.Domain;
using PeerChallenge.Reports.Content;
using PeerChallenge.Reports.Word;

namespace PeerChallenge.Reports;

/// <summary>
/// Renders a record's report as a Word document (<c>.docx</c>, Office Open XML) a council officer can edit: the content
/// of <see cref="HtmlReportWriter"/> with real heading styles (Heading 1 to 3), a table of contents field that Word
/// builds when it opens the file, tables with a repeating header row, and the security marking in the header and
/// footer of every page. The charts are given as their tables of numbers.
/// </summary>
public static class WordReportWriter
{
    /// <summary>Writes the report of a record as a Word document.</summary>
    /// <param name="record">The record.</param>
    /// <param name="output">The stream to write the package to; it must be writable and seekable (a file or a <see cref="MemoryStream"/>), and is left open.</param>
    /// <param name="options">How to render; null for <see cref="ReportOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> cannot be written or cannot seek.</exception>
    public static void Write(ChallengeRecord record, Stream output, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(output);
        if (!output.CanWrite || !output.CanSeek)
        {
            throw new ArgumentException("A Word document is a zip package: write it to a writable, seekable stream such as a file or a MemoryStream.", nameof(output));
        }

        var content = ReportContentBuilder.Build(record, options ?? ReportOptions.Default);
        var word = new WordDocumentBuilder();
        word.Heading(0, content.Title);
        word.Paragraph($"Safeguarding children peer challenge of {content.HostCouncil}{(content.ConductedBy is { } by ? $", run by {by}" : string.Empty)}.");
        word.Bullet(content.OnSite, "On site:");
        word.Bullet(content.Edition, "Framework:");
        if (content.Status is { } status)
        {
            word.Bullet(status, "This version:");
        }

        word.Bullet(content.Marking, "Security marking:");
        word.TableOfContents();
        KeyMessages(word, content);
        Findings(word, content);
        Chart(word, content.Chart);
        Timeline(word, content.Timeline);
        ActionPlan(word, content.ActionPlan);
        Team(word, content.Team);
        Evidence(word, content.Evidence);
        if (content.History is { } history)
        {
            History(word, history);
        }

        word.Save(output, content.Title, content.Marking);
    }

    private static void KeyMessages(WordDocumentBuilder word, ReportContent content)
    {
        word.Heading(1, "Key messages");
        if (content.KeyMessages.Count == 0)
        {
            word.Paragraph("The record has no feedback presentation.");
        }
        else
        {
            word.Paragraph($"The key messages the team gave at the feedback presentation on {content.FeedbackDate}.");
            foreach (var message in content.KeyMessages)
            {
                var rests = message.Findings.Count > 0 ? $"(rests on {string.Join(", ", message.Findings.Select(f => f.Label))})" : null;
                word.Bullet(message.Message, message.Theme + ":", rests);
            }
        }

        if (content.LinesOfEnquiry.Count > 0)
        {
            word.Heading(2, "The council's lines of enquiry");
            for (var i = 0; i < content.LinesOfEnquiry.Count; i++)
            {
                word.Paragraph(content.LinesOfEnquiry[i], $"{i + 1}.");
            }
        }
    }

    private static void Findings(WordDocumentBuilder word, ReportContent content)
    {
        word.Heading(1, "Findings by theme");
        word.Paragraph($"{content.Findings.Count()} findings. Each is listed once, under its first theme; its other themes are named with it.");
        foreach (var theme in content.Themes)
        {
            word.Heading(2, theme.Name);
            if (theme.Count == 0)
            {
                word.Paragraph(theme.NotCoveredReason is { } reason ? $"The report does not cover this theme: {reason}" : "No findings under this theme.");
            }

            foreach (var group in theme.Groups)
            {
                word.Heading(3, group.KindName);
                foreach (var finding in group.Findings)
                {
                    word.Bullet(finding.Statement, finding.Label + ".", Meta(finding));
                }
            }
        }
    }

    private static string Meta(FindingEntry finding)
    {
        var parts = new List<string>();
        if (finding.Priority is { } priority)
        {
            parts.Add($"Priority: {priority}.");
        }

        if (finding.OtherThemes.Count > 0)
        {
            parts.Add($"Also: {string.Join(", ", finding.OtherThemes)}.");
        }

        if (finding.LinesOfEnquiry.Count > 0)
        {
            parts.Add($"Answers {string.Join(", ", finding.LinesOfEnquiry)}.");
        }

        var methods = finding.EvidenceMethods.Count > 0 ? $" ({string.Join(", ", finding.EvidenceMethods).ToLowerInvariant()})" : string.Empty;
        parts.Add($"Evidence: {finding.EvidenceCount} {(finding.EvidenceCount == 1 ? "item" : "items")}{methods}.");
        return string.Join(" ", parts);
    }

    private static void Chart(WordDocumentBuilder word, FindingChart chart)
    {
        word.Heading(1, "Strengths and areas per theme");
        if (chart.Rows.Count == 0 || chart.Series.Count == 0)
        {
            word.Paragraph("No findings to chart.");
            return;
        }

        word.Paragraph("Each finding counts once, under its first theme, as in the lists above.");
        word.Table(
            "Findings per theme by kind",
            [.. chart.Series.Select(s => s.Name).Prepend("Theme")],
            chart.Rows.Select(r => (IReadOnlyList<string?>)[r.ThemeName, .. r.Counts.Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture))]));
    }

    private static void Timeline(WordDocumentBuilder word, GanttChart timeline)
    {
        word.Heading(1, "Timeline");
        word.Table(
            "Dates of the challenge",
            ["What", "When", "Planned or happened"],
            timeline.Rows.Select(r => (IReadOnlyList<string?>)[r.Label, r.When, r.IsPlanned ? "Planned" : "Happened"]));
    }

    private static void ActionPlan(WordDocumentBuilder word, ActionPlanView plan)
    {
        word.Heading(1, "Action plan");
        if (!plan.Exists)
        {
            word.Paragraph("The council's action plan is not in the record yet.");
        }
        else
        {
            var overdue = plan.AsOf is { } asOf ? $" Actions overdue on {asOf}: {plan.OverdueCount}." : string.Empty;
            word.Paragraph($"The council's response to each recommendation{(plan.Published is { } published ? $", published {published}" : string.Empty)}.{overdue}");
        }

        if (plan.Recommendations.Count == 0)
        {
            word.Paragraph("The findings have no recommendations.");
        }

        foreach (var recommendation in plan.Recommendations)
        {
            word.Heading(2, recommendation.Label + (recommendation.Priority is { } priority ? $" (priority: {priority})" : string.Empty));
            if (recommendation.Items.Count == 0)
            {
                word.Paragraph("No action in the plan for this recommendation.");
            }

            foreach (var item in recommendation.Items)
            {
                Item(word, item);
            }
        }

        foreach (var (id, item) in plan.Unmatched)
        {
            word.Heading(2, $"Actions for {id}, which is not a recommendation of the findings");
            Item(word, item);
        }
    }

    private static void Item(WordDocumentBuilder word, ActionPlanItem item)
    {
        word.Paragraph(item.DesiredOutcome, "Desired outcome:");
        if (item.SuccessIndicators.Count > 0)
        {
            word.Paragraph(string.Empty, "Success indicators:");
            foreach (var indicator in item.SuccessIndicators)
            {
                word.Bullet(indicator);
            }
        }

        if (item.Actions.Count == 0)
        {
            word.Paragraph("No actions yet.");
            return;
        }

        word.Table(
            "Actions",
            ["Action", "Owner", "Due", "Status", "Latest progress"],
            item.Actions.Select(a => (IReadOnlyList<string?>)[$"{a.Id}: {a.Description}", a.Owner, a.Due, a.Status + (a.IsOverdue ? " (overdue)" : string.Empty), a.LatestProgress]));
    }

    private static void Team(WordDocumentBuilder word, IReadOnlyList<TeamRow> team)
    {
        word.Heading(1, "The peer team");
        if (team.Count == 0)
        {
            word.Paragraph("The record does not list the team.");
            return;
        }

        word.Table(
            "The peer team by role and home organisation",
            ["Role", "Job title", "Home organisation", "On site"],
            team.Select(m => (IReadOnlyList<string?>)[m.Role, m.JobTitle, m.HomeOrganisation, m.OnSite]));
    }

    private static void Evidence(WordDocumentBuilder word, EvidenceView evidence)
    {
        word.Heading(1, "Methods and evidence");
        if (evidence.Methods.Count > 0)
        {
            word.Paragraph($"Methods: {string.Join("; ", evidence.Methods)}.");
        }

        word.Paragraph($"The council gave the team {evidence.Documents} {(evidence.Documents == 1 ? "document" : "documents")}; "
            + $"the team recorded {evidence.EvidenceItems} evidence {(evidence.EvidenceItems == 1 ? "item" : "items")}.");
        if (evidence.Table is { } table)
        {
            word.Table(
                table.Title,
                [.. table.Columns.Prepend("Method")],
                table.Rows.Select(r => (IReadOnlyList<string?>)[r.Label, .. r.Cells.Select(c => c.ToString())]));
            word.Paragraph(evidence.Profile);
        }
    }

    private static void History(WordDocumentBuilder word, ReportHistoryView history)
    {
        word.Heading(1, "About this report");
        word.Table("Versions of the report", ["Version", "Status", "Date"], history.Versions.Select(v => (IReadOnlyList<string?>)[v.Version, v.Status, v.Date]));
        var undecided = history.Comments - history.Accepted - history.NotAccepted;
        word.Paragraph($"The council made {history.Comments} {(history.Comments == 1 ? "comment" : "comments")} on the draft for factual accuracy: "
            + $"{history.Accepted} accepted, {history.NotAccepted} not accepted{(undecided > 0 ? $", {undecided} not yet answered" : string.Empty)}.");
        foreach (var (theme, reason) in history.ThemesNotCovered)
        {
            word.Paragraph($"Not covered: {theme}: {reason}");
        }
    }
}
