using System.Text;
using NodaTime;
using NodaTime.Text;

namespace PeerChallenge.Domain.Timeline;

/// <summary>
/// Writes a <see cref="TimelinePlan"/> as an iCalendar file (RFC 5545) that Outlook, Google Calendar and Apple
/// Calendar import: one all-day event per milestone.
/// </summary>
/// <remarks>
/// Lines end with CRLF and are folded at 75 octets (UTF-8), continuation lines starting with a space. The
/// calendar has <c>VERSION:2.0</c> and a <c>PRODID</c>; each event has a <c>UID</c> made from the milestone id,
/// the first on-site day and the optional scope (so importing an updated plan replaces the events), a
/// <c>DTSTAMP</c> in UTC from the clock passed in, <c>DTSTART;VALUE=DATE</c> and an exclusive
/// <c>DTEND;VALUE=DATE</c> the day after, and the title as <c>SUMMARY</c> with <c>\</c>, <c>;</c>, <c>,</c> and
/// line breaks escaped. Events are <c>TRANSP:TRANSPARENT</c>: a deadline does not block the day.
/// </remarks>
public static class TimelineIcsWriter
{
    /// <summary>The product identifier written as <c>PRODID</c>.</summary>
    public const string ProductId = "-//PeerChallenge.Domain//Timeline plan//EN";

    private const int MaxLineOctets = 75;
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.CreateWithInvariantCulture("uuuuMMdd");
    private static readonly InstantPattern StampPattern = InstantPattern.CreateWithInvariantCulture("uuuuMMdd'T'HHmmss'Z'");

    /// <summary>Writes <paramref name="plan"/> as the text of an <c>.ics</c> file.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="clock">The clock giving the <c>DTSTAMP</c> (when the file was made).</param>
    /// <param name="calendarName">A name for the calendar (<c>X-WR-CALNAME</c>), for example <c>Rotherham peer challenge 2011</c>; null (the default) writes none.</param>
    /// <param name="uidScope">Text that makes the event UIDs unique across challenges, for example the challenge id; null (the default) uses the dates alone.</param>
    /// <returns>The file's text, CRLF line endings, ending with a CRLF.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> or <paramref name="clock"/> is null.</exception>
    public static string Write(TimelinePlan plan, IClock clock, string? calendarName = null, string? uidScope = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(clock);
        var stamp = StampPattern.Format(clock.GetCurrentInstant());
        var onSite = DatePattern.Format(plan.OnSiteStart);
        var scope = string.IsNullOrWhiteSpace(uidScope) ? string.Empty : "." + uidScope.Trim();

        var text = new StringBuilder();
        AppendLine(text, "BEGIN:VCALENDAR");
        AppendLine(text, "VERSION:2.0");
        AppendLine(text, "PRODID:" + ProductId);
        AppendLine(text, "CALSCALE:GREGORIAN");
        AppendLine(text, "METHOD:PUBLISH");
        if (!string.IsNullOrWhiteSpace(calendarName))
        {
            AppendLine(text, "X-WR-CALNAME:" + EscapeText(calendarName));
        }

        foreach (var milestone in plan.Milestones)
        {
            AppendLine(text, "BEGIN:VEVENT");
            AppendLine(text, $"UID:{EscapeText(milestone.Id)}.{onSite}{EscapeText(scope)}@peer-challenge");
            AppendLine(text, "DTSTAMP:" + stamp);
            AppendLine(text, "DTSTART;VALUE=DATE:" + DatePattern.Format(milestone.Date));
            AppendLine(text, "DTEND;VALUE=DATE:" + DatePattern.Format(milestone.Date.PlusDays(1)));
            AppendLine(text, "SUMMARY:" + EscapeText(milestone.Title));
            AppendLine(text, "DESCRIPTION:" + EscapeText($"Peer challenge {PhaseName(milestone.Phase)}: {milestone.Title}"));
            AppendLine(text, "CATEGORIES:" + EscapeText(PhaseName(milestone.Phase)));
            AppendLine(text, "TRANSP:TRANSPARENT");
            AppendLine(text, "END:VEVENT");
        }

        AppendLine(text, "END:VCALENDAR");
        return text.ToString();
    }

    /// <summary>Escapes a TEXT value (RFC 5545 section 3.3.11): backslash, semicolon, comma and line breaks.</summary>
    internal static string EscapeText(string value)
    {
        var escaped = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            switch (value[i])
            {
                case '\\': escaped.Append(@"\\"); break;
                case ';': escaped.Append(@"\;"); break;
                case ',': escaped.Append(@"\,"); break;
                case '\r' when i + 1 < value.Length && value[i + 1] == '\n': break;
                case '\r' or '\n': escaped.Append(@"\n"); break;
                default: escaped.Append(value[i]); break;
            }
        }

        return escaped.ToString();
    }

    private static string PhaseName(TimelinePhase phase) => phase switch
    {
        TimelinePhase.LeadIn => "lead-in",
        TimelinePhase.OnSite => "on site",
        _ => "after the visit",
    };

    /// <summary>Appends one content line folded at 75 octets (RFC 5545 section 3.1), never splitting a UTF-8 character, ending it with CRLF.</summary>
    /// <remarks>Shared with the on-site timetable's writer (<c>OnSite.TimetableIcsWriter</c>), a higher layer of the same assembly.</remarks>
    internal static void AppendLine(StringBuilder text, string line)
    {
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxLineOctets)
            {
                text.Append("\r\n ");
                octets = 1;
            }

            text.Append(rune.ToString());
            octets += size;
        }

        text.Append("\r\n");
    }
}
