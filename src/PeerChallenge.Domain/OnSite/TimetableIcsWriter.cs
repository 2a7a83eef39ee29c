using System.Text;
using NodaTime;
using NodaTime.Text;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Team;
using PeerChallenge.Domain.Timeline;

namespace PeerChallenge.Domain.OnSite;

/// <summary>
/// Writes a <see cref="Timetable"/> as an iCalendar file (RFC 5545) that Outlook, Google Calendar and Apple Calendar
/// import or subscribe to: one event per session, in Europe/London time, for the whole team or for one peer.
/// </summary>
/// <remarks>
/// <para>
/// The calendar has <c>VERSION:2.0</c>, a <c>PRODID</c>, <c>CALSCALE:GREGORIAN</c>, <c>METHOD:PUBLISH</c>, an optional
/// <c>X-WR-CALNAME</c>, <c>X-WR-TIMEZONE:Europe/London</c> and a <c>VTIMEZONE</c> for Europe/London: British Summer
/// Time (BST, +0100) from 01:00 UTC on the last Sunday of March, Greenwich Mean Time (GMT, +0000) from 01:00 UTC on the
/// last Sunday of October. Those are the rules in force since 1996 (the observances start in 1996); a session before
/// 1996 is still written with its local time and <c>TZID=Europe/London</c>, which calendars that know the time zone
/// database resolve correctly, but the <c>VTIMEZONE</c> does not describe the older rules.
/// </para>
/// <para>
/// Each session is a <c>VEVENT</c> with a <c>UID</c> made from the session id and the optional scope (so importing an
/// updated timetable replaces the events), a <c>DTSTAMP</c> in UTC from the clock passed in, <c>DTSTART</c> and
/// <c>DTEND</c> as local times with <c>TZID=Europe/London</c>, a <c>SUMMARY</c> of the session kind and the groups heard
/// in words (<c>Interview: elected member</c>), the place as <c>LOCATION</c>, a <c>DESCRIPTION</c> with the session id,
/// the groups heard (role group, agency type, expected number) and the ids of the lines of enquiry, the themes as
/// <c>CATEGORIES</c> (the edition's names), <c>CLASS:CONFIDENTIAL</c>, <c>TRANSP:OPAQUE</c>, and one <c>ATTENDEE</c> per
/// team member of the session, <c>urn:peer-challenge:team-member:&lt;id&gt;</c> with the member's name (or id) as
/// <c>CN</c>: team members have no e-mail address in the record, so no invitation is ever sent.
/// </para>
/// <para>
/// The summary and description are built only from codes, numbers and the session's own fields: the people heard are
/// groups, never persons, and no participant name is ever written. Lines end with CRLF and are folded at 75 octets
/// (UTF-8); text is escaped as RFC 5545 section 3.3.11 says.
/// </para>
/// </remarks>
public static class TimetableIcsWriter
{
    /// <summary>The product identifier written as <c>PRODID</c>.</summary>
    public const string ProductId = "-//PeerChallenge.Domain//On-site timetable//EN";

    /// <summary>The time zone of every session, written as <c>TZID</c> and described by the calendar's <c>VTIMEZONE</c>.</summary>
    public const string TimeZoneId = "Europe/London";

    private const string AttendeePrefix = "urn:peer-challenge:team-member:";

    private static readonly LocalDateTimePattern LocalPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuuMMdd'T'HHmmss");
    private static readonly InstantPattern StampPattern = InstantPattern.CreateWithInvariantCulture("uuuuMMdd'T'HHmmss'Z'");

    /// <summary>Writes <paramref name="timetable"/> as the text of an <c>.ics</c> file.</summary>
    /// <param name="timetable">The timetable.</param>
    /// <param name="team">The record's team: gives each attendee's name (<c>CN</c>), and the ids <paramref name="memberId"/> may name.</param>
    /// <param name="edition">The record's edition, whose theme names become the categories; null writes the theme codes.</param>
    /// <param name="clock">The clock giving the <c>DTSTAMP</c> (when the file was made).</param>
    /// <param name="memberId">The id of one team member, for that peer's own calendar (only the sessions they take part in); null (the default) writes every session.</param>
    /// <param name="calendarName">A name for the calendar (<c>X-WR-CALNAME</c>), for example <c>Rotherham peer challenge 2011: on-site week</c>; null (the default) writes none.</param>
    /// <param name="uidScope">Text that makes the event UIDs unique across challenges, for example the challenge id; null or blank (the default) uses the session ids alone.</param>
    /// <returns>The file's text, CRLF line endings, ending with a CRLF: one <c>VEVENT</c> per session (of <paramref name="memberId"/>'s sessions only when it is given), in <see cref="Timetable.InOrder"/> order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timetable"/>, <paramref name="team"/> or <paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="memberId"/> is given and is not the id of a member of <paramref name="team"/>.</exception>
    public static string Write(Timetable timetable, IReadOnlyList<TeamMember> team, Edition? edition, IClock clock, string? memberId = null, string? calendarName = null, string? uidScope = null)
    {
        ArgumentNullException.ThrowIfNull(timetable);
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(clock);
        if (memberId is not null && !team.Any(m => m is not null && string.Equals(m.Id, memberId, StringComparison.Ordinal)))
        {
            throw new ArgumentException($"'{memberId}' is not the id of a member of the team.", nameof(memberId));
        }

        var names = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var member in team)
        {
            if (member?.Id is { } id)
            {
                names.TryAdd(id, member.Name);
            }
        }

        var stamp = StampPattern.Format(clock.GetCurrentInstant());
        var scope = string.IsNullOrWhiteSpace(uidScope) ? string.Empty : "." + uidScope.Trim();

        var text = new StringBuilder();
        Line(text, "BEGIN:VCALENDAR");
        Line(text, "VERSION:2.0");
        Line(text, "PRODID:" + ProductId);
        Line(text, "CALSCALE:GREGORIAN");
        Line(text, "METHOD:PUBLISH");
        if (!string.IsNullOrWhiteSpace(calendarName))
        {
            Line(text, "X-WR-CALNAME:" + Escape(calendarName));
        }

        Line(text, "X-WR-TIMEZONE:" + TimeZoneId);
        AppendTimeZone(text);

        foreach (var session in timetable.InOrder())
        {
            if (memberId is not null && !session.TeamMembers.Contains(memberId, StringComparer.Ordinal))
            {
                continue;
            }

            AppendEvent(text, session, names, edition, stamp, scope);
        }

        Line(text, "END:VCALENDAR");
        return text.ToString();
    }

    /// <summary>The <c>SUMMARY</c> of a session: its kind's display name, then the groups heard in words (<c>Opening meeting: partner agency and senior officer</c>).</summary>
    internal static string Summary(Session session)
    {
        var groups = session.Participants.Where(p => p?.RoleGroup is not null).Select(p => p.RoleGroup.ToWords()).Distinct(StringComparer.Ordinal).ToList();
        var kind = session.Kind?.DisplayName ?? SessionKind.Other.DisplayName;
        return groups.Count switch
        {
            0 => kind,
            1 => $"{kind}: {groups[0]}",
            _ => $"{kind}: {string.Join(", ", groups.Take(groups.Count - 1))} and {groups[^1]}",
        };
    }

    /// <summary>The <c>DESCRIPTION</c> of a session: its id, the groups heard with agency type and expected number, and the ids of the lines of enquiry.</summary>
    internal static string Description(Session session)
    {
        var text = new StringBuilder();
        text.Append("Session ").Append(session.Id);
        var groups = session.Participants.Where(p => p?.RoleGroup is not null).ToList();
        if (groups.Count > 0)
        {
            text.Append('\n').Append("Groups heard:");
            foreach (var group in groups)
            {
                text.Append('\n').Append("- ").Append(group.RoleGroup.ToWords());
                if (!string.IsNullOrWhiteSpace(group.AgencyType))
                {
                    text.Append(" (").Append(group.AgencyType.Trim()).Append(')');
                }

                if (group.Expected is { } expected)
                {
                    text.Append(", ").Append(expected.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(" expected");
                }
            }
        }

        var lines = session.LinesOfEnquiry.Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
        if (lines.Count > 0)
        {
            text.Append('\n').Append("Lines of enquiry: ").Append(string.Join(", ", lines));
        }

        return text.ToString();
    }

    /// <summary>A <c>CN</c> parameter value (RFC 5545 section 3.1): double quotes and control characters removed, quoted when it holds <c>:</c>, <c>;</c> or <c>,</c>.</summary>
    internal static string ParameterValue(string value)
    {
        var clean = new string([.. value.Where(c => c != '"' && !char.IsControl(c))]);
        return clean.AsSpan().IndexOfAny(":;,") >= 0 ? "\"" + clean + "\"" : clean;
    }

    private static void AppendEvent(StringBuilder text, Session session, Dictionary<string, string?> names, Edition? edition, string stamp, string scope)
    {
        Line(text, "BEGIN:VEVENT");
        Line(text, $"UID:{Escape(session.Id)}{Escape(scope)}@peer-challenge");
        Line(text, "DTSTAMP:" + stamp);
        Line(text, $"DTSTART;TZID={TimeZoneId}:{LocalPattern.Format(session.Start)}");
        Line(text, $"DTEND;TZID={TimeZoneId}:{LocalPattern.Format(session.End)}");
        Line(text, "SUMMARY:" + Escape(Summary(session)));
        if (!string.IsNullOrWhiteSpace(session.Place))
        {
            Line(text, "LOCATION:" + Escape(session.Place.Trim()));
        }

        Line(text, "DESCRIPTION:" + Escape(Description(session)));
        var themes = session.Themes.Where(t => t is not null).Select(t => edition?.FindTheme(t)?.Name ?? t.Value).Distinct(StringComparer.Ordinal).ToList();
        if (themes.Count > 0)
        {
            Line(text, "CATEGORIES:" + string.Join(",", themes.Select(Escape)));
        }

        Line(text, "CLASS:CONFIDENTIAL");
        Line(text, "TRANSP:OPAQUE");
        foreach (var id in session.TeamMembers.Where(id => !string.IsNullOrEmpty(id)).Distinct(StringComparer.Ordinal))
        {
            var name = names.TryGetValue(id, out var known) && !string.IsNullOrWhiteSpace(known) ? known.Trim() : id;
            Line(text, $"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;CN={ParameterValue(name)}:{AttendeePrefix}{Uri.EscapeDataString(id)}");
        }

        Line(text, "END:VEVENT");
    }

    /// <summary>The VTIMEZONE of Europe/London under the rules in force since 1996.</summary>
    private static void AppendTimeZone(StringBuilder text)
    {
        Line(text, "BEGIN:VTIMEZONE");
        Line(text, "TZID:" + TimeZoneId);
        Line(text, "BEGIN:DAYLIGHT");
        Line(text, "TZOFFSETFROM:+0000");
        Line(text, "TZOFFSETTO:+0100");
        Line(text, "TZNAME:BST");
        Line(text, "DTSTART:19960331T010000");
        Line(text, "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
        Line(text, "END:DAYLIGHT");
        Line(text, "BEGIN:STANDARD");
        Line(text, "TZOFFSETFROM:+0100");
        Line(text, "TZOFFSETTO:+0000");
        Line(text, "TZNAME:GMT");
        Line(text, "DTSTART:19961027T020000");
        Line(text, "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
        Line(text, "END:STANDARD");
        Line(text, "END:VTIMEZONE");
    }

    private static string Escape(string value) => TimelineIcsWriter.EscapeText(value);

    private static void Line(StringBuilder text, string line) => TimelineIcsWriter.AppendLine(text, line);
}
