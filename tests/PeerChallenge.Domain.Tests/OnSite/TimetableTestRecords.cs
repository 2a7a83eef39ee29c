using System.Globalization;
using NodaTime;
using PeerChallenge.Domain.OnSite;

namespace PeerChallenge.Domain.Tests.OnSite;

/// <summary>Rotherham 2011 with a short on-site timetable that meets every rule: valid, with no warnings.</summary>
internal static class TimetableTestRecords
{
    internal const string MainRoom = "Riverside House, room 1";

    internal static readonly string[] OnSiteTeam = ["tm-1", "tm-2", "tm-3", "tm-4", "tm-6"];

    internal static readonly ThemeCode[] AllThemes = [.. BuiltInEditions.Lgg2011.Themes.Select(t => t.Code)];

    /// <summary>
    /// Monday: the opening meeting with partners and senior officers (s-01), elected members (s-02), a focus group of
    /// front-line staff (s-03), the team meeting (s-04) and a call with the off-site peer (s-05, no place). Friday: the
    /// feedback presentation (s-06) and the workshop (s-07).
    /// </summary>
    internal static Timetable Week { get; } = new()
    {
        Sessions =
        [
            Session("s-01", SessionKind.OpeningMeeting, 3, "09:00", "10:30", MainRoom, OnSiteTeam,
                [Group(RoleGroupCode.PartnerAgency, "health and police", 8), Group(RoleGroupCode.SeniorOfficer, "local authority", 4)],
                [ThemeCode.VisionStrategyLeadership, ThemeCode.WorkingTogetherLscb], []),
            Session("s-02", SessionKind.Interview, 3, "11:00", "12:00", "Riverside House, room 2", ["tm-1", "tm-2"],
                [Group(RoleGroupCode.ElectedMember, "local authority", 3)], [ThemeCode.VisionStrategyLeadership, ThemeCode.ManagingResources], ["loe-2"]),
            Session("s-03", SessionKind.FocusGroup, 3, "11:00", "12:30", "Riverside House, room 3", ["tm-3", "tm-4"],
                [Group(RoleGroupCode.FrontLineStaff, "local authority", 8)], [ThemeCode.ServiceDeliveryEffectivePractice, ThemeCode.Outcomes], ["loe-1"]),
            Session("s-04", SessionKind.TeamMeeting, 3, "17:00", "18:00", MainRoom, OnSiteTeam, [], [], []),
            Session("s-05", SessionKind.TeamMeeting, 3, "18:00", "18:30", null, ["tm-5", "tm-6"], [], [ThemeCode.ManagingResources], []),
            Session("s-06", SessionKind.FeedbackPresentation, 7, "10:00", "11:30", MainRoom, OnSiteTeam,
                [Group(RoleGroupCode.SeniorOfficer, "local authority", 10), Group(RoleGroupCode.PartnerAgency, "health, police and schools", 6)],
                AllThemes, ["loe-1", "loe-2"]),
            Session("s-07", SessionKind.Workshop, 7, "13:00", "15:00", MainRoom, OnSiteTeam,
                [Group(RoleGroupCode.SeniorOfficer, "local authority", 10), Group(RoleGroupCode.PartnerAgency, "health, police and schools", 6)],
                AllThemes, ["loe-1", "loe-2"]),
        ],
    };

    internal static ChallengeRecord Record { get; } = TestRecords.Rotherham2011 with { Timetable = Week };

    /// <summary>A session in October 2011.</summary>
    internal static Session Session(string id, SessionKind kind, int day, string start, string end, string? place, IReadOnlyList<string> members,
        IReadOnlyList<ParticipantGroup> participants, IReadOnlyList<ThemeCode> themes, IReadOnlyList<string> lines) => new()
    {
        Id = id,
        Kind = kind,
        Start = At(day, start),
        End = At(day, end),
        Place = place,
        TeamMembers = members,
        Participants = participants,
        Themes = themes,
        LinesOfEnquiry = lines,
    };

    internal static ParticipantGroup Group(RoleGroupCode roleGroup, string agencyType, int expected) => new() { RoleGroup = roleGroup, AgencyType = agencyType, Expected = expected };

    /// <summary>A time on a day of October 2011, <c>HH:mm</c>.</summary>
    internal static LocalDateTime At(int day, string time) => new LocalDate(2011, 10, day).At(LocalTime.FromHourMinuteSecondNanosecond(int.Parse(time[..2], CultureInfo.InvariantCulture), int.Parse(time[3..], CultureInfo.InvariantCulture), 0, 0));

    /// <summary>The record with the timetable's sessions changed.</summary>
    internal static ChallengeRecord WithSessions(this ChallengeRecord record, Func<IReadOnlyList<Session>, IEnumerable<Session>> change) =>
        record with { Timetable = record.Timetable! with { Sessions = [.. change(record.Timetable!.Sessions)] } };

    /// <summary>The record with one session changed.</summary>
    internal static ChallengeRecord WithSession(this ChallengeRecord record, int index, Func<Session, Session> change) =>
        record.WithSessions(sessions => sessions.Select((s, i) => i == index ? change(s) : s));
}
