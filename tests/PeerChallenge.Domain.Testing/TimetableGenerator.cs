using System.Globalization;
using NodaTime;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.OnSite;
using PeerChallenge.Domain.Timeline;

namespace PeerChallenge.Domain.Testing;

/// <summary>
/// Makes on-site timetables of any size from a seed, with no double booking: the sessions run in tracks, each track with
/// its own two team members and its own place, and a track's sessions follow one another (back to back or with a gap)
/// on the working days of an on-site week, within 08:00 to 19:00. The same seed and size always give the same timetable.
/// For the clash-detection benchmark and the properties of the timetable rules.
/// </summary>
public static class TimetableGenerator
{
    /// <summary>The most sessions a track holds: with sessions of at most 2 hours and gaps of at most 1, at least 3 fit in a day, so 15 fit in a week of 5 days.</summary>
    public const int SessionsPerTrack = 15;

    /// <summary>The first on-site day the generator uses unless told otherwise: Monday 3 October 2011.</summary>
    public static readonly LocalDate DefaultFirstDay = new(2011, 10, 3);

    private static readonly SessionKind[] Kinds = [SessionKind.Interview, SessionKind.FocusGroup, SessionKind.CaseFileReading, SessionKind.SiteVisit];

    private static readonly RoleGroupCode[] Groups =
        [RoleGroupCode.SeniorOfficer, RoleGroupCode.ElectedMember, RoleGroupCode.PartnerAgency, RoleGroupCode.FrontLineStaff, RoleGroupCode.YoungPeople, RoleGroupCode.ParentsAndCarers];

    /// <summary>Generates a timetable with no double booking.</summary>
    /// <param name="sessions">The number of sessions (0 or more).</param>
    /// <param name="seed">The seed.</param>
    /// <param name="lines">The ids of the lines of enquiry sessions may cover; default <c>loe-1</c> to <c>loe-4</c>.</param>
    /// <param name="firstDay">The first on-site day; default <see cref="DefaultFirstDay"/>. The week runs over the next 5 working days of England and Wales.</param>
    /// <returns>The timetable.</returns>
    public static Timetable Generate(int sessions, int seed = RecordGenerator.DefaultSeed, IReadOnlyList<string>? lines = null, LocalDate? firstDay = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sessions);
        lines ??= ["loe-1", "loe-2", "loe-3", "loe-4"];
        var random = new Random(seed);
        var days = OnSiteDays(firstDay ?? DefaultFirstDay);
        var themes = BuiltInEditions.Lgg2011.Themes.Select(t => t.Code).ToArray();
        var tracks = Math.Max(1, (sessions + SessionsPerTrack - 1) / SessionsPerTrack);
        var made = new List<Session>(sessions);
        var clocks = Enumerable.Range(0, tracks).Select(_ => (Day: 0, Time: new LocalTime(8, 0))).ToArray();
        for (var i = 0; i < sessions; i++)
        {
            var track = i % tracks;
            var (day, time) = clocks[track];
            time = time.PlusMinutes(random.Next(0, 5) * 15);
            var length = random.Next(2, 9) * 15;
            if (time.PlusMinutes(length) > new LocalTime(19, 0) || time.PlusMinutes(length) < time)
            {
                (day, time) = (day + 1, new LocalTime(8, 0));
            }

            var start = days[day].At(time);
            var end = start.PlusMinutes(length);
            clocks[track] = (day, end.TimeOfDay);
            made.Add(new Session
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"s-{i + 1}"),
                Kind = Kinds[random.Next(Kinds.Length)],
                Start = start,
                End = end,
                Place = string.Create(CultureInfo.InvariantCulture, $"Room {track + 1}"),
                TeamMembers = [MemberId(2 * track), MemberId((2 * track) + 1)],
                Participants = [new ParticipantGroup { RoleGroup = Groups[random.Next(Groups.Length)], AgencyType = "local authority", Expected = random.Next(3, 13) }],
                Themes = [.. themes.Where(_ => random.Next(3) == 0)],
                LinesOfEnquiry = [.. lines.Where(_ => random.Next(3) == 0)],
            });
        }

        return new Timetable { Sessions = made };
    }

    /// <summary>The id of the team member the generator names <paramref name="index"/> (from 0): <c>tm-1</c>, <c>tm-2</c>, ...</summary>
    /// <param name="index">The index.</param>
    /// <returns>The id.</returns>
    public static string MemberId(int index) => string.Create(CultureInfo.InvariantCulture, $"tm-{index + 1}");

    /// <summary>The 5 working days of England and Wales from <paramref name="firstDay"/> (which is one), and 5 more after them for overflow.</summary>
    private static LocalDate[] OnSiteDays(LocalDate firstDay)
    {
        var calendar = WorkingDayCalendar.EnglandAndWales;
        var days = new LocalDate[10];
        days[0] = calendar.NextWorkingDayOnOrAfter(firstDay);
        for (var i = 1; i < days.Length; i++)
        {
            days[i] = calendar.AddWorkingDays(days[i - 1], 1);
        }

        return days;
    }
}
