using NodaTime;
using PeerChallenge.Domain;
using PeerChallenge.Domain.Evidence;
using PeerChallenge.Domain.Findings;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Provenance;

namespace PeerChallenge.Reports.Content;

/// <summary>Works out a report's <see cref="ReportContent"/> from a record: the one place that decides what the report says.</summary>
internal static class ReportContentBuilder
{
    /// <summary>The key of the section for findings with no theme.</summary>
    internal const string AcrossThemesKey = "across-themes";

    /// <summary>The heading of the section for findings with no theme.</summary>
    internal const string AcrossThemesName = "Across the themes";

    private static readonly HashSet<string> LabelStopWords = new(StringComparer.Ordinal) { "for", "the", "to", "that", "of", "and", "in", "needs", "a" };

    /// <summary>Builds the content of the report of a record.</summary>
    /// <exception cref="ArgumentNullException">A parameter is null.</exception>
    internal static ReportContent Build(ChallengeRecord record, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(options);
        var edition = ResolveEdition(record);
        var year = record.Timeline.OnSiteStart.Year;
        var kinds = Kinds(record, edition);
        var evidence = record.Evidence.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var linesOfEnquiry = record.LinesOfEnquiry.Select((l, i) => (l.Id, Number: i + 1)).GroupBy(l => l.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Number, StringComparer.Ordinal);
        var omissions = record.Report?.ThemesNotCovered ?? [];

        var sections = Sections(record, edition, kinds, evidence, linesOfEnquiry, omissions);
        var entries = sections.SelectMany(s => s.Groups).SelectMany(g => g.Findings).ToList();
        var byId = entries.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        return new ReportContent
        {
            Title = record.Title ?? $"{record.HostCouncil.NameIn(year)} safeguarding children peer challenge",
            HostCouncil = record.HostCouncil.NameIn(year),
            ConductedBy = record.ConductedBy?.NameIn(year),
            Edition = edition?.Name ?? record.Edition.ToString(),
            Marking = Marking(record),
            Status = record.Report?.Current is { } current ? $"{current.Status.DisplayName} (version {current.Version}), {current.Date.ToDisplayString()}" : null,
            OnSite = Span(record.Timeline.OnSiteStart, record.Timeline.OnSiteEnd ?? record.Timeline.OnSiteStart),
            LinesOfEnquiry = [.. record.LinesOfEnquiry.Select(l => l.Statement)],
            FeedbackDate = record.Feedback?.Date.ToDisplayString(),
            KeyMessages = [.. (record.Feedback?.KeyMessages ?? []).Select(m => new KeyMessageView(
                m.Theme is null ? AcrossThemesName : ThemeName(edition, m.Theme),
                m.Message,
                [.. m.Findings.Where(byId.ContainsKey).Distinct(StringComparer.Ordinal).Select(id => (byId[id].Label, byId[id].Anchor))]))],
            Themes = sections,
            Chart = Chart(sections, kinds),
            Timeline = Gantt(record),
            ActionPlan = ActionPlanOf(record, entries, options),
            Team = [.. record.Team.Select(m => new TeamRow(
                edition?.FindRole(m.Role)?.Name ?? Words(m.Role.ToString()),
                m.JobTitle,
                m.HomeOrganisation?.NameIn(year),
                (m.OnSite ?? edition?.FindRole(m.Role)?.OnSite ?? true) ? "On site" : "Off site"))],
            Evidence = EvidenceOf(record, options.Disclosure),
            History = record.Report is { } report ? History(report, edition) : null,
        };
    }

    /// <summary>The record's edition: a built-in one by its code, else the record's own definition when its code matches; null when neither.</summary>
    internal static Edition? ResolveEdition(ChallengeRecord record) =>
        EditionCatalog.BuiltIn.TryFind(record.Edition, out var builtIn) ? builtIn
        : record.EditionDefinition is { } definition && definition.Code == record.Edition ? definition : null;

    /// <summary>The finding kinds in report order: the edition's, then any other the findings use, in the order they first appear.</summary>
    private static List<FindingKindDefinition> Kinds(ChallengeRecord record, Edition? edition)
    {
        var kinds = new List<FindingKindDefinition>(edition?.FindingKinds ?? []);
        foreach (var code in record.Findings.Select(f => f.Kind).Distinct(StringComparer.Ordinal))
        {
            if (!kinds.Any(k => k.Code == code))
            {
                kinds.Add(new FindingKindDefinition { Code = code, Name = Words(code), Recommendation = code == "recommendation" });
            }
        }

        return kinds;
    }

    private static List<ThemeSection> Sections(
        ChallengeRecord record,
        Edition? edition,
        List<FindingKindDefinition> kinds,
        Dictionary<string, EvidenceItem> evidence,
        Dictionary<string, int> linesOfEnquiry,
        IReadOnlyList<ThemeOmission> omissions)
    {
        // A finding is listed once, under its first theme; with no theme, in a section of its own at the end.
        var themeKeys = new List<string>((edition?.Themes ?? []).Select(t => t.Code.ToString()));
        foreach (var finding in record.Findings)
        {
            var key = finding.Themes.Count > 0 ? finding.Themes[0].ToString() : null;
            if (key is not null && !themeKeys.Contains(key))
            {
                themeKeys.Add(key);
            }
        }

        if (record.Findings.Any(f => f.Themes.Count == 0))
        {
            themeKeys.Add(AcrossThemesKey);
        }

        var prefixes = Prefixes(kinds);
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var counters = kinds.ToDictionary(k => k.Code, _ => 0, StringComparer.Ordinal);
        var sections = new List<ThemeSection>();
        foreach (var key in themeKeys)
        {
            var inTheme = record.Findings.Where(f => (f.Themes.Count > 0 ? f.Themes[0].ToString() : AcrossThemesKey) == key).ToList();
            var groups = new List<KindGroup>();
            foreach (var kind in kinds)
            {
                var ofKind = inTheme.Where(f => f.Kind == kind.Code).ToList();
                if (kind.Recommendation)
                {
                    ofKind = [.. ofKind.OrderBy(f => f.Number ?? int.MaxValue)];
                }

                if (ofKind.Count == 0)
                {
                    continue;
                }

                var list = new List<FindingEntry>();
                foreach (var finding in ofKind)
                {
                    var label = kind.Recommendation
                        ? finding.Number is { } number ? $"Recommendation {number}" : $"Recommendation {finding.Id}"
                        : $"{prefixes[kind.Code]}{++counters[kind.Code]}";
                    var cited = finding.Evidence.Where(evidence.ContainsKey).Select(id => evidence[id]).ToList();
                    list.Add(new FindingEntry(
                        finding.Id,
                        Unique(anchors, Anchor("finding", finding.Id)),
                        label,
                        kind.Code,
                        kind.Name,
                        finding.Statement,
                        kind.Recommendation,
                        kind.Recommendation ? finding.Number : null,
                        finding.Priority?.DisplayName,
                        [.. finding.Themes.Skip(1).Select(t => ThemeName(edition, t)).Distinct(StringComparer.Ordinal)],
                        [.. finding.LinesOfEnquiry.Select(l => linesOfEnquiry.TryGetValue(l, out var n) ? $"line of enquiry {n}" : l).Distinct(StringComparer.Ordinal)],
                        finding.Evidence.Count,
                        [.. cited.Select(e => e.Method.DisplayName).Distinct(StringComparer.Ordinal)]));
                }

                groups.Add(new KindGroup(kind.Code, kind.Name, kind.Recommendation, list));
            }

            var name = key == AcrossThemesKey ? AcrossThemesName : ThemeName(edition, ThemeCode.Parse(key));
            var reason = omissions.FirstOrDefault(o => o.Theme.ToString() == key)?.Reason;
            sections.Add(new ThemeSection(key, name, Unique(anchors, Anchor("theme", key)), groups, reason));
        }

        return sections;
    }

    /// <summary>Short labels per kind: the initials of the code's words (<c>S</c>, <c>AC</c>); the code itself where two kinds would share them.</summary>
    private static Dictionary<string, string> Prefixes(List<FindingKindDefinition> kinds)
    {
        var initials = kinds.ToDictionary(
            k => k.Code,
            k => string.Concat(k.Code.Split('-', StringSplitOptions.RemoveEmptyEntries).Where(w => !LabelStopWords.Contains(w)).Select(w => char.ToUpperInvariant(w[0]))),
            StringComparer.Ordinal);
        return initials.ToDictionary(
            p => p.Key,
            p => p.Value.Length == 0 || initials.Count(o => o.Value == p.Value) > 1 ? p.Key.ToUpperInvariant() + " " : p.Value,
            StringComparer.Ordinal);
    }

    private static FindingChart Chart(List<ThemeSection> sections, List<FindingKindDefinition> kinds)
    {
        var series = kinds.Where(k => !k.Recommendation).Select((k, i) => new ChartSeries(k.Code, k.Name, i)).ToList();
        var rows = sections.Select(s => new ChartRow(s.Key, s.Name, [.. series.Select(x => s.CountOf(x.KindCode))])).ToList();
        return new FindingChart(series, rows);
    }

    private static GanttChart Gantt(ChallengeRecord record)
    {
        var timeline = record.Timeline;
        var rows = new List<GanttRow>();
        var onSiteEnd = timeline.OnSiteEnd ?? timeline.OnSiteStart;
        if (timeline.LeadInStart is { } leadIn && leadIn.Earliest < timeline.OnSiteStart.Earliest)
        {
            var weeks = Period.Between(leadIn.Earliest, timeline.OnSiteStart.Earliest, PeriodUnits.Weeks).Weeks;
            rows.Add(Bar($"Lead-in ({weeks} weeks)", leadIn.Earliest, timeline.OnSiteStart.Earliest.PlusDays(-1), false, Span(leadIn, timeline.OnSiteStart)));
        }

        rows.Add(Bar("On-site visit", timeline.OnSiteStart.Earliest, onSiteEnd.Latest, false, Span(timeline.OnSiteStart, onSiteEnd)));
        if (record.Feedback is { } feedback)
        {
            rows.Add(Point("Feedback presentation", feedback.Date, false));
        }

        AddPlanned(rows, "Draft report due", timeline.DraftReportDue);
        AddPlanned(rows, "Council comments due", timeline.CouncilCommentsDue);
        AddPlanned(rows, "Final report due", timeline.FinalReportDue);
        AddPlanned(rows, "Action plan due", timeline.ActionPlanDue);
        AddPlanned(rows, "Progress review due", timeline.ProgressReviewDue);
        foreach (var version in record.Report?.Versions ?? [])
        {
            rows.Add(Point($"Report {version.Status.DisplayName.ToLowerInvariant()} (version {version.Version})", version.Date, false));
        }

        if (record.ActionPlan is { } plan)
        {
            if (plan.Published is { } published)
            {
                rows.Add(Point("Action plan published", published, false));
            }

            var dues = plan.Entries.SelectMany(e => e.Actions).Where(a => a.Due is not null).Select(a => a.Due!.Value).ToList();
            if (dues.Count > 0)
            {
                var first = dues.MinBy(d => d.Earliest);
                var last = dues.MaxBy(d => d.Latest);
                rows.Add(Bar($"Actions due ({dues.Count})", first.Earliest, last.Latest, true, Span(first, last)));
            }
        }

        return new GanttChart([.. rows.OrderBy(r => r.Start).ThenBy(r => r.IsPlanned)]);

        static void AddPlanned(List<GanttRow> rows, string label, PartialDate? date)
        {
            if (date is { } due)
            {
                rows.Add(Point(label, due, true));
            }
        }

        static GanttRow Bar(string label, LocalDate start, LocalDate end, bool planned, string when) =>
            new(label, start, end < start ? start : end, false, planned, when);

        static GanttRow Point(string label, PartialDate date, bool planned) =>
            new(label, date.Earliest, date.Earliest, true, planned, date.ToDisplayString());
    }

    private static ActionPlanView ActionPlanOf(ChallengeRecord record, List<FindingEntry> entries, ReportOptions options)
    {
        var plan = record.ActionPlan;
        var recommendations = entries.Where(e => e.IsRecommendation).OrderBy(e => e.Number ?? int.MaxValue).ToList();
        var ids = recommendations.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var planEntries = plan?.Entries ?? [];
        var entriesFor = planEntries.ToLookup(e => e.Recommendation, StringComparer.Ordinal);
        return new ActionPlanView(
            [.. recommendations.Select(r => new RecommendationPlan(
                r.Id,
                r.Label,
                r.Anchor,
                r.Priority,
                [.. entriesFor[r.Id].Select(e => Item(e, options))]))],
            [.. planEntries.Where(e => !ids.Contains(e.Recommendation)).Select(e => (e.Recommendation, Item(e, options)))],
            plan?.Published?.ToDisplayString(),
            options.AsOf is { } asOf ? PartialDate.OfDay(asOf).ToDisplayString() : null,
            plan is not null);

        static ActionPlanItem Item(ActionPlanEntry entry, ReportOptions options) => new(
            entry.DesiredOutcome,
            entry.SuccessIndicators,
            [.. entry.Actions.Select(a => new ActionRow(
                a.Id,
                a.Description,
                a.Owner,
                a.Due?.ToDisplayString(),
                a.Status.Code,
                a.Status.DisplayName,
                options.AsOf is { } asOf && a.IsOverdue(asOf),
                a.Progress.OrderBy(p => p.Date.Earliest).LastOrDefault() is { } latest ? $"{latest.Date.ToDisplayString()}: {latest.Note}" : null))]);
    }

    private static EvidenceView EvidenceOf(ChallengeRecord record, DisclosureProfile profile)
    {
        StatisticalTable? table = null;
        if (record.Evidence.Count > 0)
        {
            const string notRecorded = "Not recorded";
            var agencies = record.Evidence.Select(e => Label(e.Source?.AgencyType is { Length: > 0 } a ? Words(a) : notRecorded)).Distinct(StringComparer.Ordinal).ToList();
            var methods = EvidenceMethod.All.Where(m => record.Evidence.Any(e => e.Method == m)).ToList();
            var counts = methods.Select(m => agencies.Select(a => record.Evidence.Count(e => e.Method == m && Label(e.Source?.AgencyType is { Length: > 0 } x ? Words(x) : notRecorded) == a)));
            var count = new CountTable("evidence-by-method", "Evidence items by method and source agency", agencies, methods.Select(m => Label(m.DisplayName)), counts);
            table = DisclosureControl.Apply(count, profile);
        }

        var from = profile.SuppressZero ? 0 : 1;
        var rounding = profile.RoundingBase > 1 ? $"; other counts are rounded to the nearest {profile.RoundingBase}" : string.Empty;
        var secondary = profile.SecondarySuppression ? "; so are the counts from which a hidden one could be worked out" : string.Empty;
        var text = $"Counts follow the {profile.Name} rules: counts of {from} to {profile.Threshold - 1} are shown as {profile.Symbol}{secondary}{rounding}.";
        return new EvidenceView([.. record.Methods.Select(m => Words(m.ToString()))], record.Documents.Count, record.Evidence.Count, table, text);

        // A count table keeps the label "Total" for its totals.
        static string Label(string label) => label == StatisticalTable.TotalLabel ? label + " (as recorded)" : label;
    }

    private static ReportHistoryView History(ReportHistory report, Edition? edition) => new(
        [.. report.Versions.Select(v => (v.Version, v.Status.DisplayName, v.Date.ToDisplayString()))],
        report.Comments.Count,
        report.Comments.Count(c => c.Decision == CommentDecision.Accepted),
        report.Comments.Count(c => c.Decision == CommentDecision.NotAccepted),
        [.. report.ThemesNotCovered.Select(t => (ThemeName(edition, t.Theme), t.Reason))]);

    /// <summary>The report's marking: the highest marking of the record's documents, questionnaires and case audit; with none, the lowest marking of the scheme in use when the report is dated.</summary>
    private static string Marking(ChallengeRecord record)
    {
        var markings = record.Documents.Select(d => d.Marking)
            .Concat(record.Questionnaires.Select(q => q.Marking))
            .Append(record.CaseAudit?.Marking);
        if (SecurityMarking.HighestOf(markings) is { } highest)
        {
            return highest.ToString();
        }

        var dated = record.Report?.Current?.Date ?? record.Timeline.OnSiteEnd ?? record.Timeline.OnSiteStart;
        var scheme = MarkingScheme.For(dated) ?? MarkingScheme.InUseOn(dated.Latest);
        return SecurityMarking.Of(scheme)[0].DisplayName;
    }

    private static string ThemeName(Edition? edition, ThemeCode theme) => edition?.FindTheme(theme)?.Name ?? Words(theme.ToString());

    /// <summary>A code in words: <c>case-mapping</c> as <c>Case mapping</c>.</summary>
    internal static string Words(string code)
    {
        var words = code.Replace('-', ' ').Replace('_', ' ').Trim();
        return words.Length == 0 ? code : char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>A fragment id safe in HTML and Word bookmarks: the prefix and the id's letters and digits, others as <c>-</c>.</summary>
    internal static string Anchor(string prefix, string id) =>
        prefix + "-" + new string([.. id.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-')]);

    /// <summary>The anchor, or with <c>-2</c>, <c>-3</c> ... after it when another finding or section has it already (ids <c>f.1</c> and <c>f-1</c>).</summary>
    private static string Unique(HashSet<string> taken, string anchor)
    {
        var candidate = anchor;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = $"{anchor}-{n}";
        }

        return candidate;
    }

    private static string Span(PartialDate start, PartialDate end) =>
        start == end ? start.ToDisplayString() : $"{start.ToDisplayString()} to {end.ToDisplayString()}";
}
