using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using PeerChallenge.Domain;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.OnSite;
using PeerChallenge.Domain.Team;
using PeerChallenge.Domain.Timeline;

namespace PeerChallenge.Cli;

/// <summary>
/// <c>peer-challenge timetable FILE</c>: the on-site week per day, per team member or per group heard (text, JSON,
/// iCalendar, Mermaid), the coverage of themes and lines of enquiry by day, and what the rules find wrong with it.
/// </summary>
internal static class TimetableCommand
{
    private const string Name = "peer-challenge timetable";

    private static readonly LocalDatePattern Iso = LocalDatePattern.Iso;
    private static readonly LocalDatePattern Long = LocalDatePattern.CreateWithInvariantCulture("dddd d MMMM uuuu");
    private static readonly LocalDatePattern Short = LocalDatePattern.CreateWithInvariantCulture("ddd d");
    private static readonly LocalDateTimePattern Minute = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");
    private static readonly LocalTimePattern Clock = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    internal static readonly string[] Examples =
    [
        "peer-challenge timetable docs/examples/rotherham-2011.json",
        "peer-challenge timetable record.json --by member",
        "peer-challenge timetable record.json --coverage",
        "peer-challenge timetable record.json --format ics --member tm-3 > my-week.ics",
    ];

    internal static Command Create(Terminal terminal)
    {
        var file = new Argument<string>("FILE") { Description = "A challenge record JSON file with a timetable; '-' reads standard input." };
        var by = new Option<string>("--by")
        {
            Description = "Group the sessions by day (the default), by team member (member) or by the group of people heard (group).",
            DefaultValueFactory = _ => "day",
            HelpName = "day|member|group",
        };
        by.AcceptOnlyFromAmong("day", "member", "group");
        var format = FormatOption.Create(
            "Output format: text (for people), json, ics (an iCalendar file for Outlook or Google Calendar: one event per session, Europe/London) or mermaid (a Gantt chart for Markdown).",
            "text",
            "json",
            "ics",
            "mermaid");
        var coverage = new Option<bool>("--coverage")
        {
            Description = "Print the matrix of themes and lines of enquiry against the on-site days instead, with the gaps (what no session covers) marked. Text or json.",
        };
        var member = new Option<string?>("--member")
        {
            Description = "Only this team member's sessions (a team member id, for example tm-3): one peer's own week or calendar.",
            HelpName = "ID",
        };

        var command = new Command(
            "timetable",
            "Show the on-site week of a record: its sessions per day, per team member or per group heard, the coverage of themes and lines of enquiry, "
                + "and what the timetable rules find (double bookings, gaps, groups not heard). Exit code 0: shown; 1: the record has no timetable; 2: the file cannot be read, or a bad option.")
        {
            file,
            by,
            format,
            coverage,
            member,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(file)!,
            parseResult.GetValue(by)!,
            parseResult.GetValue(format)!,
            parseResult.GetValue(coverage),
            parseResult.GetValue(member),
            terminal));
        return command;
    }

    private static int Run(string file, string by, string format, bool coverage, string? memberId, Terminal terminal)
    {
        if (coverage && format is "ics" or "mermaid")
        {
            terminal.Error.WriteLine($"{Name}: --coverage prints text or json, not {format}.");
            return ExitCodes.UsageOrUnreadable;
        }

        if (!RecordInput.TryRead(Name, file, terminal, out var record))
        {
            return ExitCodes.UsageOrUnreadable;
        }

        if (record.Timetable is not { } timetable)
        {
            terminal.Error.WriteLine($"{Name}: {TerminalText.Escape(file)} has no timetable: add the on-site sessions as timetable.sessions (docs/on-site.md).");
            return ExitCodes.Invalid;
        }

        if (memberId is not null)
        {
            if (!record.Team.Any(m => m.Id == memberId))
            {
                var ids = string.Join(", ", record.Team.Select(m => m.Id));
                terminal.Error.WriteLine($"{Name}: '{TerminalText.Escape(memberId)}' is not the id of a team member of this record; the ids are: {TerminalText.Escape(ids)}.");
                return ExitCodes.UsageOrUnreadable;
            }

            timetable = timetable with { Sessions = [.. timetable.Sessions.Where(s => s.TeamMembers.Contains(memberId, StringComparer.Ordinal))] };
        }

        var edition = record.EditionDefinition ?? (EditionCatalog.BuiltIn.TryFind(record.Edition, out var builtIn) ? builtIn : null);
        var view = new View(record, timetable, edition, memberId);
        if (coverage)
        {
            var matrix = view.Coverage();
            if (format == "json")
            {
                WriteCoverageJson(view, matrix, terminal.Output);
            }
            else
            {
                WriteCoverageText(view, matrix, terminal.Output);
            }

            return ExitCodes.Ok;
        }

        switch (format)
        {
            case "ics":
                var calendarName = memberId is null ? $"Peer challenge week: {view.Title}" : $"Peer challenge week of {view.MemberName(memberId)}: {view.Title}";
                terminal.Output.Write(TimetableIcsWriter.Write(timetable, record.Team, edition, SystemClock.Instance, memberId, calendarName, record.Id.ToString()));
                break;
            case "mermaid":
                terminal.Output.Write(by switch
                {
                    "member" => TimetableMermaidWriter.Write(timetable.ByTeamMember(), view.MemberName, view.Title),
                    "group" => TimetableMermaidWriter.Write(timetable.ByRoleGroup(), g => g.ToWords(), view.Title),
                    _ => TimetableMermaidWriter.Write(timetable.ByDay(), d => Long.Format(d), view.Title),
                });
                break;
            case "json":
                WriteJson(view, by, terminal.Output);
                break;
            default:
                WriteText(view, by, terminal.Output);
                break;
        }

        return ExitCodes.Ok;
    }

    private static string Groups(Session session) => string.Join(
        "; ",
        session.Participants.Select(p =>
        {
            var details = new[] { p.AgencyType, p.Expected?.ToString(CultureInfo.InvariantCulture) }.Where(d => !string.IsNullOrWhiteSpace(d)).ToList();
            return details.Count == 0 ? p.RoleGroup.ToWords() : $"{p.RoleGroup.ToWords()} ({string.Join(", ", details)})";
        }));

    private static void WriteText(View view, string by, TextWriter output)
    {
        output.WriteLine($"Timetable: {TerminalText.Escape(view.Title)}");
        output.WriteLine(view.Summary());
        switch (by)
        {
            case "member":
                foreach (var member in view.Record.Team.Where(m => view.MemberId is null || m.Id == view.MemberId))
                {
                    var sessions = view.Timetable.ByTeamMember().FirstOrDefault(g => g.Key == member.Id)?.Sessions ?? [];
                    output.WriteLine();
                    output.WriteLine($"{TerminalText.Escape(view.MemberName(member.Id))}: {Plural(sessions.Count, "session")}");
                    foreach (var session in sessions)
                    {
                        WriteSession(session, view, output, withDay: true, withTeam: false);
                    }
                }

                break;
            case "group":
                foreach (var group in view.Timetable.ByRoleGroup())
                {
                    output.WriteLine();
                    output.WriteLine($"{TerminalText.Escape(group.Key.ToWords())}: {Plural(group.Sessions.Count, "session")}");
                    foreach (var session in group.Sessions)
                    {
                        WriteSession(session, view, output, withDay: true, withTeam: true);
                    }
                }

                var unheard = view.Timetable.Sessions.Count(s => s.Participants.Count == 0);
                if (unheard > 0)
                {
                    output.WriteLine();
                    output.WriteLine($"Hearing nobody (team meetings, case file reading): {Plural(unheard, "session")}");
                }

                break;
            default:
                foreach (var day in view.Timetable.ByDay())
                {
                    output.WriteLine();
                    output.WriteLine(Long.Format(day.Key));
                    foreach (var session in day.Sessions)
                    {
                        WriteSession(session, view, output, withDay: false, withTeam: true);
                    }
                }

                break;
        }

        output.WriteLine();
        var issues = view.Issues();
        if (issues.Count == 0)
        {
            output.WriteLine("Checks: the timetable rules find nothing wrong.");
            return;
        }

        output.WriteLine($"Checks: {Plural(issues.Count(i => i.IsError), "error")}, {Plural(issues.Count(i => i.Severity == IssueSeverity.Warning), "warning")}, {Plural(issues.Count(i => i.Severity == IssueSeverity.Information), "note")}");
        foreach (var issue in issues)
        {
            var label = issue.Severity == IssueSeverity.Information ? "note" : issue.Severity.Code;
            output.WriteLine($"  {label,-7} {issue.Code}  {TerminalText.Escape(issue.Path.ToString())}  {TerminalText.Escape(issue.Message)}");
        }
    }

    private static void WriteSession(Session session, View view, TextWriter output, bool withDay, bool withTeam)
    {
        var day = withDay ? Short.Format(session.Date) + "  " : string.Empty;
        var place = session.Place is null ? "(no place: remote)" : TerminalText.Escape(session.Place);
        output.WriteLine($"  {day}{Clock.Format(session.Start.TimeOfDay)}-{Clock.Format(session.End.TimeOfDay)}  {session.Kind.DisplayName}  {place}  [{TerminalText.Escape(session.Id)}]");
        var indent = new string(' ', 2 + day.Length + 13);
        if (session.Participants.Count > 0)
        {
            output.WriteLine($"{indent}heard: {TerminalText.Escape(Groups(session))}");
        }

        if (withTeam && session.TeamMembers.Count > 0)
        {
            output.WriteLine($"{indent}team: {TerminalText.Escape(string.Join(", ", session.TeamMembers.Select(view.MemberName)))}");
        }

        var covers = session.Themes.Select(t => view.ThemeName(t)).Concat(session.LinesOfEnquiry).ToList();
        if (covers.Count > 0)
        {
            output.WriteLine($"{indent}covers: {TerminalText.Escape(string.Join("; ", covers))}");
        }
    }

    private static void WriteJson(View view, string by, TextWriter output) => JsonOutput.Write(output, writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("title", view.Title);
        writer.WriteString("by", by);
        if (view.MemberId is not null)
        {
            writer.WriteString("member", view.MemberId);
        }

        writer.WriteStartArray("groups");
        void Group(string key, string label, IEnumerable<Session> sessions)
        {
            writer.WriteStartObject();
            writer.WriteString("key", key);
            writer.WriteString("label", label);
            writer.WriteStartArray("sessions");
            foreach (var session in sessions)
            {
                WriteSessionJson(writer, session);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        switch (by)
        {
            case "member":
                foreach (var group in view.Timetable.ByTeamMember())
                {
                    Group(group.Key, view.MemberName(group.Key), group.Sessions);
                }

                break;
            case "group":
                foreach (var group in view.Timetable.ByRoleGroup())
                {
                    Group(group.Key.Value, group.Key.ToWords(), group.Sessions);
                }

                break;
            default:
                foreach (var group in view.Timetable.ByDay())
                {
                    Group(Iso.Format(group.Key), Long.Format(group.Key), group.Sessions);
                }

                break;
        }

        writer.WriteEndArray();
        writer.WriteStartArray("issues");
        foreach (var issue in view.Issues())
        {
            writer.WriteStartObject();
            writer.WriteString("code", issue.Code.Code);
            writer.WriteString("severity", issue.Severity.Code);
            writer.WriteString("path", issue.Path.ToString());
            writer.WriteString("message", issue.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    private static void WriteSessionJson(Utf8JsonWriter writer, Session session)
    {
        writer.WriteStartObject();
        writer.WriteString("id", session.Id);
        writer.WriteString("kind", session.Kind.Code);
        writer.WriteString("start", Minute.Format(session.Start));
        writer.WriteString("end", Minute.Format(session.End));
        if (session.Place is not null)
        {
            writer.WriteString("place", session.Place);
        }

        Strings(writer, "teamMembers", session.TeamMembers);
        writer.WriteStartArray("participants");
        foreach (var group in session.Participants)
        {
            writer.WriteStartObject();
            writer.WriteString("roleGroup", group.RoleGroup.Value);
            if (group.AgencyType is not null)
            {
                writer.WriteString("agencyType", group.AgencyType);
            }

            if (group.Expected is { } expected)
            {
                writer.WriteNumber("expected", expected);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        Strings(writer, "themes", session.Themes.Select(t => t.Value));
        Strings(writer, "linesOfEnquiry", session.LinesOfEnquiry);
        writer.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteCoverageText(View view, TimetableCoverage coverage, TextWriter output)
    {
        output.WriteLine($"Coverage: {TerminalText.Escape(view.Title)}");
        output.WriteLine($"Sessions that cover each theme and line of enquiry, per on-site day; GAP: no session covers it.{(view.MemberId is null ? string.Empty : $" Only the sessions of {TerminalText.Escape(view.MemberName(view.MemberId))}.")}");
        var rows = coverage.Themes.Select(r => (Label: TerminalText.Escape(view.ThemeName(ThemeCode.Parse(r.Code))), Row: r))
            .Concat(coverage.LinesOfEnquiry.Select(r => (Label: TerminalText.Escape(r.Code), Row: r)))
            .ToList();
        var days = coverage.Days.Select(d => Short.Format(d)).ToList();
        var width = rows.Select(r => r.Label.Length).Append("Lines of enquiry".Length).Max() + 2;
        var columns = days.Select(d => Math.Max(d.Length, 3)).ToList();
        output.WriteLine();
        output.WriteLine($"{new string(' ', width)}{string.Concat(days.Select((d, j) => "  " + d.PadLeft(columns[j])))}  Total");
        void Block(string heading, IEnumerable<(string Label, CoverageRow Row)> block)
        {
            output.WriteLine(heading);
            foreach (var (label, row) in block)
            {
                var cells = row.SessionsPerDay.Select((n, j) => "  " + (n == 0 ? "-" : n.ToString(CultureInfo.InvariantCulture)).PadLeft(columns[j]));
                output.WriteLine($"  {label.PadRight(width - 2)}{string.Concat(cells)}  {row.Sessions.ToString(CultureInfo.InvariantCulture).PadLeft(5)}{(row.IsGap ? "  GAP" : string.Empty)}");
            }
        }

        Block("Themes", rows.Where(r => r.Row.Kind == CoverageRowKind.Theme));
        if (coverage.LinesOfEnquiry.Count > 0)
        {
            Block("Lines of enquiry", rows.Where(r => r.Row.Kind == CoverageRowKind.LineOfEnquiry));
        }

        output.WriteLine();
        output.WriteLine(coverage.Gaps.Count == 0
            ? "No gaps: every theme and line of enquiry is covered by at least one session."
            : $"Gaps: {string.Join(", ", coverage.Gaps.Select(g => TerminalText.Escape(g.Code)))}.");
    }

    private static void WriteCoverageJson(View view, TimetableCoverage coverage, TextWriter output) => JsonOutput.Write(output, writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("title", view.Title);
        if (view.MemberId is not null)
        {
            writer.WriteString("member", view.MemberId);
        }

        Strings(writer, "days", coverage.Days.Select(d => Iso.Format(d)));
        void Rows(string name, IEnumerable<CoverageRow> rows, Func<CoverageRow, string> label)
        {
            writer.WriteStartArray(name);
            foreach (var row in rows)
            {
                writer.WriteStartObject();
                writer.WriteString("code", row.Code);
                writer.WriteString("label", label(row));
                writer.WriteStartArray("sessionsPerDay");
                foreach (var count in row.SessionsPerDay)
                {
                    writer.WriteNumberValue(count);
                }

                writer.WriteEndArray();
                writer.WriteNumber("sessions", row.Sessions);
                writer.WriteBoolean("gap", row.IsGap);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        Rows("themes", coverage.Themes, r => view.ThemeName(ThemeCode.Parse(r.Code)));
        Rows("linesOfEnquiry", coverage.LinesOfEnquiry, r => view.Record.LinesOfEnquiry.FirstOrDefault(l => l.Id == r.Code)?.Statement ?? r.Code);
        Strings(writer, "gaps", coverage.Gaps.Select(g => g.Code));
        writer.WriteEndObject();
    });

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    /// <summary>What the views share: the record, the timetable shown (one member's when asked), its edition and names.</summary>
    private sealed class View(ChallengeRecord record, Timetable timetable, Edition? edition, string? memberId)
    {
        private readonly Dictionary<string, TeamMember> _team = record.Team.GroupBy(m => m.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        internal ChallengeRecord Record => record;

        internal Timetable Timetable => timetable;

        internal string? MemberId => memberId;

        internal string Title => record.Title ?? record.Id.ToString();

        internal string MemberName(string id) => _team.TryGetValue(id, out var member)
            ? $"{member.Name ?? id} ({(edition?.Roles.FirstOrDefault(r => r.Code == member.Role)?.Name ?? member.Role.Value)})"
            : id;

        internal string ThemeName(ThemeCode code) => edition?.Themes.FirstOrDefault(t => t.Code == code)?.Name ?? code.Value;

        internal string Summary()
        {
            var first = record.Timeline.OnSiteStart.TryGetDay(out var start) ? Long.Format(start) : record.Timeline.OnSiteStart.ToDisplayString();
            var last = record.Timeline.OnSiteEnd is { } end ? (end.TryGetDay(out var day) ? Long.Format(day) : end.ToDisplayString()) : null;
            var who = memberId is null ? string.Empty : $" for {MemberName(memberId)}";
            return $"On site {first}{(last is null ? string.Empty : $" to {last}")}: {Plural(timetable.Sessions.Count, "session")}{who}.";
        }

        /// <summary>The columns: the on-site days when the timeline gives them as days, otherwise the days that have sessions.</summary>
        internal TimetableCoverage Coverage()
        {
            IReadOnlyList<LocalDate> days;
            try
            {
                days = record.Timeline.OnSiteStart.TryGetDay(out var first) && record.Timeline.OnSiteEnd is { } end && end.TryGetDay(out var last)
                    ? TimetableCoverage.OnSiteDays(first, last, WorkingDayCalendar.EnglandAndWales)
                    : [.. timetable.ByDay().Select(g => g.Key)];
            }
            catch (ArgumentOutOfRangeException)
            {
                days = [.. timetable.ByDay().Select(g => g.Key)];
            }

            return TimetableCoverage.Of(timetable, edition?.Themes.Select(t => t.Code) ?? [], record.LinesOfEnquiry.Select(l => l.Id), days);
        }

        /// <summary>The issues of the timetable (under <c>/timetable</c>) the record validator finds, for the whole timetable.</summary>
        internal IReadOnlyList<ValidationIssue> Issues() =>
        [
            .. new ChallengeRecordValidator().ValidateRecord(record)
                .Where(i => i.Path.ToString().StartsWith("/timetable", StringComparison.Ordinal) || i.Code.Code.StartsWith("PC08", StringComparison.Ordinal)),
        ];
    }
}
