using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Testing;
using PeerChallenge.Domain.OnSite;
using PeerChallenge.Domain.Tests.Timeline;
using CalDateTime = Ical.Net.DataTypes.CalDateTime;
using IcalCalendar = Ical.Net.Calendar;

namespace PeerChallenge.Domain.Tests.OnSite;

/// <summary>
/// The on-site timetable as an iCalendar file, read back with Ical.Net (an independent RFC 5545 parser, a test-only
/// dependency) and with the tests' own strict line reader, and its instants checked against NodaTime's time zone data.
/// </summary>
public sealed class TimetableIcsWriterTests
{
    private static readonly ChallengeRecord Example = ChallengeRecordReader.Read(RepositoryFiles.Read("docs", "examples", "rotherham-2011.json")).Value!;

    private static readonly Timetable Week = Example.Timetable!;

    private static readonly Edition Edition = BuiltInEditions.Lgg2011;

    private static readonly FakeClock Clock = new(Instant.FromUtc(2011, 9, 20, 14, 5, 30));

    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    [Fact]
    public void The_example_week_reads_back_with_Ical_Net_as_the_same_sessions()
    {
        Assert.Equal(40, Week.Sessions.Count);
        var text = Write(Week, calendarName: "Rotherham peer challenge 2011: on-site week", uidScope: "LGG-SCPC-2011-ROT");

        var calendar = Load(text);

        Assert.Equal("2.0", calendar.Version);
        Assert.Equal(TimetableIcsWriter.ProductId, calendar.ProductId);
        Assert.Equal("PUBLISH", calendar.Method);
        Assert.Equal("Europe/London", Assert.Single(calendar.TimeZones).TzId);
        var sessions = Week.InOrder();
        var events = calendar.Events.ToList();
        Assert.Equal(sessions.Count, events.Count);
        Assert.Equal(sessions.Count, events.Select(e => e.Uid).Distinct(StringComparer.Ordinal).Count());
        var team = Example.Team.ToDictionary(m => m.Id, StringComparer.Ordinal);
        foreach (var (e, session) in events.Zip(sessions))
        {
            Assert.Equal($"{session.Id}.LGG-SCPC-2011-ROT@peer-challenge", e.Uid);
            AssertTime(session.Start, e.DtStart);
            AssertTime(session.End, e.DtEnd);
            Assert.Equal(new DateTime(2011, 9, 20, 14, 5, 30, DateTimeKind.Utc), e.DtStamp!.AsUtc);
            Assert.Equal(session.Place, e.Location);
            Assert.Equal([.. session.Themes.Select(t => Edition.FindTheme(t)!.Name)], e.Categories);
            Assert.Equal("CONFIDENTIAL", e.Class);
            Assert.Equal("OPAQUE", e.Transparency);
            Assert.StartsWith(session.Kind.DisplayName, e.Summary, StringComparison.Ordinal);
            Assert.StartsWith("Session " + session.Id, e.Description, StringComparison.Ordinal);
            var attendees = Attendees(e);
            Assert.Equal([.. session.TeamMembers.Select(id => team[id].Name)], attendees.Select(a => a.Parameters.Get("CN")));
            Assert.All(attendees, a => Assert.Equal(("INDIVIDUAL", "REQ-PARTICIPANT"), (a.Parameters.Get("CUTYPE"), a.Parameters.Get("ROLE"))));
        }

        // Ical.Net reads only mailto: calendar addresses into Attendee.Value (it prefixes anything else with "mailto:"),
        // so the urn values are read with the tests' own line reader.
        var lines = IcsDocument.Parse(text);
        foreach (var (properties, session) in lines.Events.Zip(sessions))
        {
            Assert.Equal([.. session.TeamMembers.Select(id => "urn:peer-challenge:team-member:" + id)], properties.Where(p => p.Name == "ATTENDEE").Select(p => p.Value));
        }
    }

    [Fact]
    public void A_session_in_summer_time_and_one_in_winter_time_are_at_the_instants_NodaTime_gives()
    {
        Session At(string id, LocalDateTime start) => Week.Sessions[1] with { Id = id, Start = start, End = start.PlusHours(1) };
        var timetable = new Timetable
        {
            Sessions =
            [
                At("bst", new LocalDateTime(2011, 10, 28, 9, 0)),   // Friday before the clocks go back: BST, 08:00 UTC
                At("gmt", new LocalDateTime(2011, 10, 31, 9, 0)),   // Monday after: GMT, 09:00 UTC
                At("january", new LocalDateTime(2012, 1, 16, 9, 0)), // January: GMT
                At("march", new LocalDateTime(2012, 3, 26, 9, 0)),  // Monday after the clocks go forward: BST again
            ],
        };

        var events = Load(Write(timetable)).Events.ToDictionary(e => e.Uid!.Split('@')[0], StringComparer.Ordinal);

        Assert.Equal(new DateTime(2011, 10, 28, 8, 0, 0, DateTimeKind.Utc), events["bst"].DtStart!.AsUtc);
        Assert.Equal(new DateTime(2011, 10, 31, 9, 0, 0, DateTimeKind.Utc), events["gmt"].DtStart!.AsUtc);
        Assert.Equal(new DateTime(2012, 1, 16, 9, 0, 0, DateTimeKind.Utc), events["january"].DtStart!.AsUtc);
        Assert.Equal(new DateTime(2012, 3, 26, 8, 0, 0, DateTimeKind.Utc), events["march"].DtStart!.AsUtc);
        foreach (var session in timetable.Sessions)
        {
            AssertTime(session.Start, events[session.Id].DtStart);
            AssertTime(session.End, events[session.Id].DtEnd);
        }
    }

    [Fact]
    public void The_VTIMEZONE_gives_the_same_changes_as_the_time_zone_database_since_1996()
    {
        var zone = Assert.Single(Load(Write(Week)).TimeZones);
        var daylight = Assert.Single(zone.TimeZoneInfos, i => i.Name == "DAYLIGHT");
        var standard = Assert.Single(zone.TimeZoneInfos, i => i.Name == "STANDARD");
        Assert.Equal(("BST", TimeSpan.Zero, TimeSpan.FromHours(1)), (daylight.TimeZoneName, daylight.OffsetFrom!.Offset, daylight.OffsetTo!.Offset));
        Assert.Equal(("GMT", TimeSpan.FromHours(1), TimeSpan.Zero), (standard.TimeZoneName, standard.OffsetFrom!.Offset, standard.OffsetTo!.Offset));

        // Each observance's onsets, local time before the change, turned into instants, against the database's transitions.
        var fromIcs = new[] { daylight, standard }
            .SelectMany(info => info.GetOccurrences(info.DtStart!, null).Select(o => o.Period.StartTime).TakeWhile(t => t.Year <= 2037)
                .Select(t => LocalDateTime.FromDateTime(t.Value).InZoneStrictly(DateTimeZone.ForOffset(Offset.FromTimeSpan(info.OffsetFrom!.Offset))).ToInstant()))
            .Order().ToList();
        var fromTzdb = London.GetZoneIntervals(Instant.FromUtc(1996, 1, 1, 0, 0), Instant.FromUtc(2038, 1, 1, 0, 0)).Skip(1).Select(i => i.Start).ToList();

        Assert.Equal(84, fromTzdb.Count);
        Assert.Equal(fromTzdb, fromIcs);
    }

    [Fact]
    public void The_calendar_and_each_event_hold_what_the_spec_says_line_by_line()
    {
        var ics = IcsDocument.Parse(Write(Week, calendarName: "Rotherham; on-site, 2011"));

        Assert.Equal(["VERSION:2.0", "PRODID:-//PeerChallenge.Domain//On-site timetable//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", @"X-WR-CALNAME:Rotherham\; on-site\, 2011", "X-WR-TIMEZONE:Europe/London", "BEGIN:VTIMEZONE", "TZID:Europe/London"],
            ics.Calendar.Take(8).Select(p => p.Name + (p.Parameters.Length > 0 ? ";" + p.Parameters : string.Empty) + ":" + p.Value));
        Assert.Contains(ics.Calendar, p => p.Name == "RRULE" && p.Value == "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
        Assert.Contains(ics.Calendar, p => p.Name == "RRULE" && p.Value == "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
        var first = ics.Events[0];
        Assert.Equal(
            [
                "UID:s-01@peer-challenge",
                "DTSTAMP:20110920T140530Z",
                "DTSTART;TZID=Europe/London:20111003T090000",
                "DTEND;TZID=Europe/London:20111003T103000",
                "SUMMARY:Opening meeting: partner agency and senior officer",
                @"LOCATION:Town Hall\, committee room 1",
                @"DESCRIPTION:Session s-01\nGroups heard:\n- partner agency (health\, police\, schools and the LSCB)\, 12 expected\n- senior officer (local authority)\, 5 expected",
                @"CATEGORIES:Vision\, Strategy and Leadership,Working Together and Local Safeguarding Children Board (LSCB)",
                "CLASS:CONFIDENTIAL",
                "TRANSP:OPAQUE",
                "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;CN=Alex Morgan:urn:peer-challenge:team-member:tm-1",
            ],
            first.Take(11).Select(p => p.Name + (p.Parameters.Length > 0 ? ";" + p.Parameters : string.Empty) + ":" + p.Value));
        Assert.Equal(5, first.Count(p => p.Name == "ATTENDEE"));
    }

    [Fact]
    public void The_summary_names_the_kind_and_the_groups_heard_in_words()
    {
        Session With(params RoleGroupCode[] groups) => Week.Sessions[0] with { Kind = SessionKind.Interview, Participants = [.. groups.Select(g => new ParticipantGroup { RoleGroup = g })] };

        Assert.Equal("Interview: elected member", TimetableIcsWriter.Summary(With(RoleGroupCode.ElectedMember)));
        Assert.Equal("Interview: front-line staff", TimetableIcsWriter.Summary(With(RoleGroupCode.FrontLineStaff, RoleGroupCode.FrontLineStaff)));
        Assert.Equal("Interview: young people, parents and carers and foster carers", TimetableIcsWriter.Summary(With(RoleGroupCode.YoungPeople, RoleGroupCode.ParentsAndCarers, RoleGroupCode.Parse("foster-carers"))));
        Assert.Equal("Interview", TimetableIcsWriter.Summary(With()));
        Assert.Equal("Team meeting", TimetableIcsWriter.Summary(Week.Sessions.First(s => s.Kind == SessionKind.TeamMeeting)));
    }

    [Fact]
    public void A_member_calendar_has_exactly_that_members_sessions()
    {
        foreach (var member in Example.Team)
        {
            var events = Load(Write(Week, memberId: member.Id)).Events.ToList();

            var expected = Week.InOrder().Where(s => s.TeamMembers.Contains(member.Id)).Select(s => s.Id + "@peer-challenge").ToList();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, events.Select(e => e.Uid));
            Assert.All(events, e => Assert.Contains(Attendees(e), a => a.Parameters.Get("CN") == member.Name));
            Assert.All(IcsDocument.Parse(Write(Week, memberId: member.Id)).Events, e => Assert.Contains(e, p => p.Name == "ATTENDEE" && p.Value == "urn:peer-challenge:team-member:" + member.Id));
        }

        var offSite = Load(Write(Week, memberId: "tm-5")).Events;
        Assert.All(offSite, e => Assert.Null(e.Location));
    }

    [Fact]
    public void An_unknown_member_id_is_an_argument_exception_naming_it_and_null_arguments_throw()
    {
        var unknown = Assert.Throws<ArgumentException>(() => Write(Week, memberId: "tm-99"));
        Assert.Contains("tm-99", unknown.Message, StringComparison.Ordinal);
        Assert.Equal("memberId", unknown.ParamName);
        Assert.Throws<ArgumentException>(() => Write(Week, memberId: string.Empty));

        Assert.Throws<ArgumentNullException>(() => TimetableIcsWriter.Write(null!, Example.Team, Edition, Clock));
        Assert.Throws<ArgumentNullException>(() => TimetableIcsWriter.Write(Week, null!, Edition, Clock));
        Assert.Throws<ArgumentNullException>(() => TimetableIcsWriter.Write(Week, Example.Team, Edition, null!));
    }

    [Fact]
    public void Attendees_without_a_team_entry_use_the_id_and_names_are_quoted_when_they_must_be()
    {
        var team = new[] { Example.Team[0] with { Name = "Dr \"Alex\" Morgan, OBE" }, Example.Team[1] with { Name = null } };
        var session = Week.Sessions[0] with { TeamMembers = ["tm-1", "tm-2", "tm-3"] };
        var lonely = Week.Sessions[1] with { Id = "s-99", TeamMembers = [] };

        var text = TimetableIcsWriter.Write(new Timetable { Sessions = [session, lonely] }, team, Edition, Clock);
        var events = Load(text).Events.ToList();

        Assert.Contains("CN=\"Dr Alex Morgan, OBE\":urn:peer-challenge:team-member:tm-1", Unfold(text), StringComparison.Ordinal);
        Assert.Equal(["Dr Alex Morgan, OBE", "tm-2", "tm-3"], Attendees(events[0]).Select(a => a.Parameters.Get("CN")));
        Assert.Empty(Attendees(events.Single(e => e.Uid == "s-99@peer-challenge")));
        Assert.Equal("\"Room 3: Alex; Sam\"", TimetableIcsWriter.ParameterValue("Room 3: Alex; Sam"));
        Assert.Equal("Sam Patel", TimetableIcsWriter.ParameterValue("Sam \"Patel\""));
    }

    [Fact]
    public void Without_the_edition_the_categories_are_the_theme_codes()
    {
        var text = TimetableIcsWriter.Write(Week, Example.Team, null, Clock);

        var first = Load(text).Events.First();
        Assert.Equal(["vision-strategy-leadership", "working-together-lscb"], first.Categories);
    }

    [Fact]
    public void Every_line_is_at_most_75_octets_and_ends_with_CRLF()
    {
        var longPlace = "Riverside House, the council’s safeguarding and quality assurance suite — room 3, second floor, east wing";
        var timetable = Week with { Sessions = [.. Week.Sessions.Select((s, i) => i == 0 ? s with { Place = longPlace } : s)] };
        var text = Write(timetable, calendarName: "Rotherham Metropolitan Borough Council — children’s safeguarding peer challenge, on-site week, October 2011");

        var ics = IcsDocument.Parse(text); // CRLF only, every physical line ≤ 75 octets, continuations start with a space
        Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(ics.PhysicalLines, line => line.StartsWith(' '));
        Assert.Contains(ics.PhysicalLines, line => Encoding.UTF8.GetByteCount(line) == 75);
        Assert.Equal(longPlace, Load(text).Events.First().Location);
    }

    [Fact]
    public void Folding_matches_the_RFC_example_and_never_splits_a_character()
    {
        // RFC 5545 section 3.1: a folded line and its unfolded form.
        const string rfcFolded = "DESCRIPTION:This is a lo\r\n ng description\r\n  that exists on a long line.";
        const string unfolded = "DESCRIPTION:This is a long description that exists on a long line.";
        Assert.Equal(unfolded, Unfold(rfcFolded));
        var rfcEvent = Load("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nBEGIN:VEVENT\r\nUID:a@b\r\nDTSTAMP:19970714T170000Z\r\n" + rfcFolded + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").Events.Single();
        Assert.Equal("This is a long description that exists on a long line.", rfcEvent.Description);

        var ours = new StringBuilder();
        TimelineIcsWriter.AppendLine(ours, unfolded);
        Assert.Equal(unfolded + "\r\n", ours.ToString()); // 67 octets: not folded

        var exactly75 = "DESCRIPTION:" + new string('x', 63);
        var seventySix = exactly75 + "y";
        var withEuro = "DESCRIPTION:" + new string('x', 62) + "€€";
        ours.Clear();
        TimelineIcsWriter.AppendLine(ours, exactly75);
        TimelineIcsWriter.AppendLine(ours, seventySix);
        TimelineIcsWriter.AppendLine(ours, withEuro);
        Assert.Equal(exactly75 + "\r\n" + exactly75 + "\r\n y\r\n" + "DESCRIPTION:" + new string('x', 62) + "\r\n €€\r\n", ours.ToString());
    }

    [Fact]
    public void Text_is_escaped_as_the_RFC_example_says()
    {
        // RFC 5545 section 3.3.11: the TEXT value with line breaks.
        const string text = "Project XYZ Final Review\nConference Room - 3B\nCome Prepared.";
        Assert.Equal(@"Project XYZ Final Review\nConference Room - 3B\nCome Prepared.", TimelineIcsWriter.EscapeText(text));
        Assert.Equal(@"a\\b\;c\,d\ne", TimelineIcsWriter.EscapeText("a\\b;c,d\r\ne"));

        var session = Week.Sessions[0] with { Place = text + " \\ ; ," };
        var calendar = Load(Write(new Timetable { Sessions = [session] }, calendarName: text));
        Assert.Equal(text + " \\ ; ,", calendar.Events.Single().Location);
        Assert.Contains(@"X-WR-CALNAME:Project XYZ Final Review\nConference Room - 3B\nCome Prepared.", Unfold(Write(Week, calendarName: text)), StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_and_description_hold_only_codes_numbers_and_the_sessions_own_fields()
    {
        var template = new HashSet<string>(["Session", "Groups", "heard:", "expected", "Lines", "of", "enquiry:", "-", "and"], StringComparer.Ordinal);
        var kinds = SessionKind.All.SelectMany(k => Words(k.DisplayName));
        var groups = Week.Sessions.SelectMany(s => s.Participants).SelectMany(p => Words(p.RoleGroup.ToWords()));
        var names = Example.Team.Select(m => m.Name!).ToList();
        var events = Load(Write(Week)).Events.ToDictionary(e => e.Uid!.Split('@')[0], StringComparer.Ordinal);
        foreach (var session in Week.Sessions)
        {
            var own = session.Participants.SelectMany(p => Words(p.AgencyType ?? string.Empty).Append(p.Expected?.ToString(CultureInfo.InvariantCulture) ?? string.Empty))
                .Concat(session.LinesOfEnquiry).Append(session.Id);
            var allowed = template.Concat(kinds).Concat(groups).Concat(own).Select(Bare).ToHashSet(StringComparer.Ordinal);
            var e = events[session.Id];

            Assert.All(Words(e.Summary + " " + e.Description), word => Assert.Contains(Bare(word), allowed));
            Assert.All(names, name => Assert.DoesNotContain(name, e.Summary + e.Description + e.Location, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void The_output_is_deterministic_under_a_fake_clock_and_only_the_stamp_follows_the_clock()
    {
        var once = Write(Week, uidScope: "LGG-SCPC-2011-ROT");
        Assert.Equal(once, Write(Week, uidScope: "LGG-SCPC-2011-ROT"));
        Assert.Equal(once, Write(Week with { Sessions = Week.InOrder() }, uidScope: "  LGG-SCPC-2011-ROT "));
        Assert.NotEqual(Week.Sessions.Select(s => s.Id), Week.InOrder().Select(s => s.Id));

        var later = new FakeClock(Clock.GetCurrentInstant().Plus(Duration.FromDays(1)));
        var next = TimetableIcsWriter.Write(Week, Example.Team, Edition, later, uidScope: "LGG-SCPC-2011-ROT");
        Assert.Equal(once.Replace("DTSTAMP:20110920T140530Z", "DTSTAMP:20110921T140530Z", StringComparison.Ordinal), next);
        Assert.Equal(Write(Week), Write(Week, uidScope: "   "));
    }

    private static string Write(Timetable timetable, string? memberId = null, string? calendarName = null, string? uidScope = null) =>
        TimetableIcsWriter.Write(timetable, Example.Team, Edition, Clock, memberId, calendarName, uidScope);

    private static List<Ical.Net.ICalendarProperty> Attendees(Ical.Net.CalendarComponents.CalendarEvent e) => [.. e.Properties.Where(p => p.Name == "ATTENDEE")];

    private static IcalCalendar Load(string text) => Assert.IsType<IcalCalendar>(IcalCalendar.Load(text));

    private static void AssertTime(LocalDateTime expected, CalDateTime? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal("Europe/London", actual.TzId);
        Assert.Equal(expected, LocalDateTime.FromDateTime(actual.Value));
        Assert.Equal(expected.InZoneStrictly(London).ToInstant(), Instant.FromDateTimeUtc(DateTime.SpecifyKind(actual.AsUtc, DateTimeKind.Utc)));
    }

    private static string Unfold(string text) => text.Replace("\r\n ", string.Empty, StringComparison.Ordinal);

    private static string Bare(string word) => word.Trim('(', ')', ',', ':');

    private static IEnumerable<string> Words(string text) => text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
}
