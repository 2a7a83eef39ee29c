using System.Globalization;
using NodaTime;
using PeerChallenge.Domain.Evidence;
using PeerChallenge.Reports.Content;
using Scriban.Runtime;

namespace PeerChallenge.Reports.Templating;

/// <summary>
/// The report's content as the templates see it: plain Scriban objects with snake_case names, built by hand (no
/// reflection, so the renderings work trimmed and native AOT), with the charts' geometry worked out here.
/// </summary>
internal static class ScriptModel
{
    /// <summary>The width of the charts' drawing, in SVG user units.</summary>
    internal const double ChartWidth = 720;

    /// <summary>Where the bars start, after the labels.</summary>
    internal const double ChartLabelWidth = 240;

    /// <summary>The room the longest bar of the findings chart may take (leaving room for its number).</summary>
    internal const double BarRoom = 420;

    private const double BarHeight = 16;
    private const double BarGap = 4;
    private const double GroupGap = 14;
    private const double GanttRowHeight = 22;
    private const double GanttTop = 28;

    private static readonly string[] Palette = ["#00703c", "#1d70b8", "#912b88", "#b58840", "#505a5f", "#d4351c"];

    internal static ScriptObject From(ReportContent content, string css) =>
        new()
        {
            ["title"] = content.Title,
            ["host_council"] = content.HostCouncil,
            ["conducted_by"] = content.ConductedBy,
            ["edition"] = content.Edition,
            ["marking"] = content.Marking,
            ["marking_css"] = new RawText(CssString(content.Marking)),
            ["css"] = new RawText(css),
            ["status"] = content.Status,
            ["on_site"] = content.OnSite,
            ["lines_of_enquiry"] = Array(content.LinesOfEnquiry.Select((s, i) => Object(("number", i + 1), ("statement", s)))),
            ["feedback_date"] = content.FeedbackDate,
            ["key_messages"] = Array(content.KeyMessages.Select(m => Object(
                ("theme", m.Theme),
                ("message", m.Message),
                ("findings", Array(m.Findings.Select(f => Object(("label", f.Label), ("anchor", f.Anchor)))))))),
            ["themes"] = Array(content.Themes.Select(Theme)),
            ["finding_count"] = content.Findings.Count(),
            ["chart"] = Chart(content.Chart),
            ["gantt"] = Gantt(content.Timeline),
            ["action_plan"] = ActionPlan(content.ActionPlan),
            ["team"] = Array(content.Team.Select(t => Object(("role", t.Role), ("job_title", t.JobTitle), ("home", t.HomeOrganisation), ("on_site", t.OnSite)))),
            ["evidence"] = Evidence(content.Evidence),
            ["history"] = content.History is { } history ? History(history) : null,
        };

    private static ScriptObject Theme(ThemeSection theme) => Object(
        ("key", theme.Key),
        ("name", theme.Name),
        ("anchor", theme.Anchor),
        ("count", theme.Count),
        ("not_covered", theme.NotCoveredReason),
        ("groups", Array(theme.Groups.Select(g => Object(
            ("kind", g.KindCode),
            ("name", g.KindName),
            ("recommendation", g.IsRecommendation),
            ("findings", Array(g.Findings.Select(Finding))))))));

    private static ScriptObject Finding(FindingEntry f) => Object(
        ("id", f.Id),
        ("anchor", f.Anchor),
        ("label", f.Label),
        ("kind", f.KindCode),
        ("kind_name", f.KindName),
        ("statement", f.Statement),
        ("recommendation", f.IsRecommendation),
        ("number", f.Number),
        ("priority", f.Priority),
        ("other_themes", string.Join(", ", f.OtherThemes)),
        ("lines_of_enquiry", string.Join(", ", f.LinesOfEnquiry)),
        ("evidence_count", f.EvidenceCount),
        ("evidence_methods", string.Join(", ", f.EvidenceMethods).ToLowerInvariant()));

    private static ScriptObject Chart(FindingChart chart)
    {
        var series = chart.Series.Count;
        var groupHeight = (series * (BarHeight + BarGap)) - BarGap + GroupGap;
        var legendHeight = 24.0;
        var height = legendHeight + (chart.Rows.Count * groupHeight) + 8;
        var rows = new ScriptArray();
        for (var i = 0; i < chart.Rows.Count; i++)
        {
            var row = chart.Rows[i];
            var top = legendHeight + (i * groupHeight);
            var bars = new ScriptArray();
            for (var s = 0; s < series; s++)
            {
                var count = row.Counts[s];
                var width = count * BarRoom / chart.Max;
                var y = top + (s * (BarHeight + BarGap));
                bars.Add(Object(
                    ("kind", chart.Series[s].KindCode),
                    ("series", chart.Series[s].Name),
                    ("count", count),
                    ("x", Number(ChartLabelWidth)),
                    ("y", Number(y)),
                    ("width", Number(width)),
                    ("height", Number(BarHeight)),
                    ("fill", Palette[s % Palette.Length]),
                    ("text_x", Number(ChartLabelWidth + width + 6)),
                    ("text_y", Number(y + BarHeight - 4))));
            }

            rows.Add(Object(
                ("theme", row.ThemeKey),
                ("name", row.ThemeName),
                ("short", Short(row.ThemeName)),
                ("label_y", Number(top + ((groupHeight - GroupGap) / 2) + 4)),
                ("counts", Array(row.Counts.Select(c => (object)c))),
                ("bars", bars)));
        }

        return Object(
            ("width", Number(ChartWidth)),
            ("height", Number(height)),
            ("label_x", Number(ChartLabelWidth - 8)),
            ("series", Array(chart.Series.Select(s => Object(
                ("kind", s.KindCode),
                ("name", s.Name),
                ("fill", Palette[s.Index % Palette.Length]),
                ("x", Number(ChartLabelWidth + (s.Index * 170))),
                ("text_x", Number(ChartLabelWidth + (s.Index * 170) + 18)))))),
            ("rows", rows),
            ("empty", chart.Rows.Count == 0 || chart.Series.Count == 0));
    }

    private static ScriptObject Gantt(GanttChart gantt)
    {
        var room = ChartWidth - ChartLabelWidth - 10;
        var days = gantt.Days;
        double X(LocalDate day) => ChartLabelWidth + (Period.DaysBetween(gantt.First, day) * room / days);
        var rows = new ScriptArray();
        for (var i = 0; i < gantt.Rows.Count; i++)
        {
            var row = gantt.Rows[i];
            var y = GanttTop + (i * GanttRowHeight);
            var x = X(row.Start);
            var width = Math.Max(3, (Period.DaysBetween(row.Start, row.End) + 1) * room / days);
            var cx = x + (room / days / 2);
            var cy = y + (GanttRowHeight / 2);
            rows.Add(Object(
                ("label", row.Label),
                ("short", Short(row.Label)),
                ("when", row.When),
                ("start", row.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                ("end", row.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                ("milestone", row.IsMilestone),
                ("planned", row.IsPlanned),
                ("x", Number(x)),
                ("y", Number(y + 4)),
                ("width", Number(width)),
                ("height", Number(GanttRowHeight - 8)),
                ("diamond", $"{Number(cx)},{Number(cy - 7)} {Number(cx + 7)},{Number(cy)} {Number(cx)},{Number(cy + 7)} {Number(cx - 7)},{Number(cy)}"),
                ("label_y", Number(cy + 4))));
        }

        var ticks = new ScriptArray();
        if (gantt.Rows.Count > 0)
        {
            var months = ((gantt.Last.Year - gantt.First.Year) * 12) + gantt.Last.Month - gantt.First.Month + 1;
            var step = Math.Max(1, (int)Math.Ceiling(months / 8.0));
            for (var month = new LocalDate(gantt.First.Year, gantt.First.Month, 1); month <= gantt.Last; month = month.PlusMonths(step))
            {
                var x = Math.Max(ChartLabelWidth, X(month));
                ticks.Add(Object(("x", Number(x)), ("label", month.ToString("MMM yyyy", CultureInfo.InvariantCulture))));
            }
        }

        return Object(
            ("width", Number(ChartWidth)),
            ("height", Number(GanttTop + (gantt.Rows.Count * GanttRowHeight) + 8)),
            ("label_x", Number(ChartLabelWidth - 8)),
            ("bottom", Number(GanttTop + (gantt.Rows.Count * GanttRowHeight))),
            ("rows", rows),
            ("ticks", ticks));
    }

    private static ScriptObject ActionPlan(ActionPlanView plan) => Object(
        ("exists", plan.Exists),
        ("published", plan.Published),
        ("as_of", plan.AsOf),
        ("overdue", plan.OverdueCount),
        ("recommendations", Array(plan.Recommendations.Select(r => Object(
            ("id", r.FindingId),
            ("label", r.Label),
            ("anchor", r.Anchor),
            ("priority", r.Priority),
            ("items", Array(r.Items.Select(Item))))))),
        ("unmatched", Array(plan.Unmatched.Select(u => Object(("recommendation", u.Recommendation), ("item", Item(u.Item)))))));

    private static ScriptObject Item(ActionPlanItem item) => Object(
        ("outcome", item.DesiredOutcome),
        ("indicators", Array(item.SuccessIndicators.Select(s => (object)s))),
        ("actions", Array(item.Actions.Select(a => Object(
            ("id", a.Id),
            ("description", a.Description),
            ("owner", a.Owner),
            ("due", a.Due),
            ("status_code", a.StatusCode),
            ("status", a.Status),
            ("overdue", a.IsOverdue),
            ("progress", a.LatestProgress))))));

    private static ScriptObject Evidence(EvidenceView evidence) => Object(
        ("methods", Array(evidence.Methods.Select(m => (object)m))),
        ("documents", evidence.Documents),
        ("items", evidence.EvidenceItems),
        ("profile", evidence.Profile),
        ("table", evidence.Table is { } table ? Table(table) : null));

    internal static ScriptObject Table(StatisticalTable table) => Object(
        ("id", table.Id),
        ("title", table.Title),
        ("columns", Array(table.Columns.Select(c => (object)c))),
        ("rows", Array(table.Rows.Select(r => Object(("label", r.Label), ("cells", Array(r.Cells.Select(c => (object)c.ToString()))))))));

    private static ScriptObject History(ReportHistoryView history) => Object(
        ("versions", Array(history.Versions.Select(v => Object(("version", v.Version), ("status", v.Status), ("date", v.Date))))),
        ("comments", history.Comments),
        ("accepted", history.Accepted),
        ("not_accepted", history.NotAccepted),
        ("undecided", history.Comments - history.Accepted - history.NotAccepted),
        ("themes_not_covered", Array(history.ThemesNotCovered.Select(t => Object(("theme", t.Theme), ("reason", t.Reason))))));

    /// <summary>A CSS string literal of the text: quotes, backslashes and anything outside printable ASCII as CSS escapes, so it cannot end the string or the style element.</summary>
    internal static string CssString(string text)
    {
        var css = new System.Text.StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is >= ' ' and <= '~' and not '"' and not '\\' and not '<' and not '>' and not '&')
            {
                css.Append(c);
            }
            else
            {
                css.Append('\\').Append(((int)c).ToString("X", CultureInfo.InvariantCulture)).Append(' ');
            }
        }

        return css.Append('"').ToString();
    }

    /// <summary>A chart label that fits the room before the bars (about 33 characters at 12px); the full text is in the chart's title, description and table.</summary>
    internal static string Short(string label) => label.Length <= 33 ? label : label[..31].TrimEnd() + "\u2026";

    private static string Number(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static ScriptObject Object(params (string Name, object? Value)[] members)
    {
        var script = new ScriptObject(members.Length);
        foreach (var (name, value) in members)
        {
            script[name] = value;
        }

        return script;
    }

    private static ScriptArray Array(IEnumerable<object> items)
    {
        var array = new ScriptArray();
        foreach (var item in items)
        {
            array.Add(item);
        }

        return array;
    }
}
