using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace PeerChallenge.Domain.OnSite;

/// <summary>
/// Writes a timetable as a Mermaid Gantt chart in a Markdown code block (GitHub, GitLab and Azure DevOps draw it): a
/// section per day, per team member or per group heard, and a bar per session from its start to its end.
/// </summary>
/// <remarks>
/// A bar is labelled with the session's start time, kind, the groups heard (role groups only: participants have no
/// names) and its id. Characters Mermaid reads as syntax in a label (<c>:</c>, <c>;</c>, <c>#</c>, line breaks) are
/// replaced. Pure: the same timetable gives the same text.
/// </remarks>
public static class TimetableMermaidWriter
{
    private static readonly LocalDateTimePattern TimePattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm");
    private static readonly LocalDatePattern DayPattern = LocalDatePattern.CreateWithInvariantCulture("dddd d MMMM uuuu");

    /// <summary>Writes the timetable with a section per day.</summary>
    /// <param name="timetable">The timetable.</param>
    /// <param name="title">The chart's title; default <c>Peer challenge on-site week</c>.</param>
    /// <returns>The Markdown code block.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timetable"/> is null.</exception>
    public static string Write(Timetable timetable, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(timetable);
        return Write(timetable.ByDay(), day => DayPattern.Format(day), title);
    }

    /// <summary>Writes sections of sessions, one section per group, in the order given.</summary>
    /// <typeparam name="TKey">What the sessions are grouped by (a day, a team member id, a role group).</typeparam>
    /// <param name="sections">The groups of sessions (<see cref="Timetable.ByDay"/>, <see cref="Timetable.ByTeamMember"/>, <see cref="Timetable.ByRoleGroup"/>).</param>
    /// <param name="sectionName">The name of a group's section.</param>
    /// <param name="title">The chart's title; default <c>Peer challenge on-site week</c>.</param>
    /// <returns>The Markdown code block.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sections"/> or <paramref name="sectionName"/> is null.</exception>
    public static string Write<TKey>(IEnumerable<SessionGroup<TKey>> sections, Func<TKey, string> sectionName, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(sectionName);
        var text = new StringBuilder();
        text.Append("```mermaid\n");
        text.Append("gantt\n");
        text.Append("    title ").Append(Clean(string.IsNullOrWhiteSpace(title) ? "Peer challenge on-site week" : title)).Append('\n');
        text.Append("    dateFormat YYYY-MM-DD HH:mm\n");
        text.Append("    axisFormat %a %H:%M\n");
        foreach (var section in sections)
        {
            text.Append("    section ").Append(Clean(sectionName(section.Key))).Append('\n');
            foreach (var session in section.Sessions)
            {
                text.Append("    ").Append(Clean(Label(session)))
                    .Append(" :").Append(TimePattern.Format(session.Start))
                    .Append(", ").Append(TimePattern.Format(session.End)).Append('\n');
            }
        }

        text.Append("```\n");
        return text.ToString();
    }

    /// <summary>A session's label: start time, kind, the groups heard and the id, for example <c>09.00 Interview with elected member (s-07)</c>.</summary>
    private static string Label(Session session)
    {
        var groups = session.Participants.Select(p => p.RoleGroup.ToWords()).Distinct(StringComparer.Ordinal).ToList();
        var with = groups.Count == 0 ? string.Empty : " with " + string.Join(", ", groups);
        return string.Create(CultureInfo.InvariantCulture, $"{session.Start.Hour:00}.{session.Start.Minute:00} {session.Kind.DisplayName}{with} ({session.Id})");
    }

    private static string Clean(string value) =>
        value.Replace(":", " -", StringComparison.Ordinal).Replace(";", ",", StringComparison.Ordinal)
            .Replace("#", "no.", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');
}
