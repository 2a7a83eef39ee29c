using NodaTime;
using PeerChallenge.Domain.OnSite;

namespace PeerChallenge.Domain.Tests.OnSite;

/// <summary>What the views of the timetable stand on: the sessions in order, per day, per team member and per group heard, the coverage matrix and double bookings.</summary>
public sealed class TimetableViewsTests
{
    private static readonly Timetable Week = TimetableTestRecords.Week;

    private static readonly IReadOnlyList<LocalDate> OnSiteDays =
        TimetableCoverage.OnSiteDays(new LocalDate(2011, 10, 3), new LocalDate(2011, 10, 7), WorkingDayCalendar.EnglandAndWales);

    [Fact]
    public void Sessions_in_order_are_sorted_by_start_then_end_then_as_listed()
    {
        Assert.Equal(["s-01", "s-02", "s-03", "s-04", "s-05", "s-06", "s-07"], Week.InOrder().Select(s => s.Id));
        var reversed = Week with { Sessions = [.. Week.Sessions.Reverse()] };
        Assert.Equal(["s-01", "s-02", "s-03", "s-04", "s-05", "s-06", "s-07"], reversed.InOrder().Select(s => s.Id));
    }

    [Fact]
    public void By_day_gives_each_day_with_a_session_in_order()
    {
        var days = Week.ByDay();

        Assert.Equal([new LocalDate(2011, 10, 3), new LocalDate(2011, 10, 7)], days.Select(d => d.Key));
        Assert.Equal(["s-01", "s-02", "s-03", "s-04", "s-05"], days[0].Sessions.Select(s => s.Id));
    }

    [Fact]
    public void By_team_member_gives_each_member_their_own_sessions()
    {
        var members = Week.ByTeamMember();

        Assert.Equal(["tm-1", "tm-2", "tm-3", "tm-4", "tm-5", "tm-6"], members.Select(m => m.Key));
        Assert.Equal(["s-05"], members.Single(m => m.Key == "tm-5").Sessions.Select(s => s.Id));
        Assert.Equal(["s-01", "s-02", "s-04", "s-06", "s-07"], members.Single(m => m.Key == "tm-1").Sessions.Select(s => s.Id));
    }

    [Fact]
    public void By_role_group_gives_each_group_heard_and_leaves_out_sessions_that_hear_nobody()
    {
        var groups = Week.ByRoleGroup();

        Assert.Equal(["elected-member", "front-line-staff", "partner-agency", "senior-officer"], groups.Select(g => g.Key.Value));
        Assert.Equal(["s-01", "s-06", "s-07"], groups.Single(g => g.Key == RoleGroupCode.PartnerAgency).Sessions.Select(s => s.Id));
    }

    [Fact]
    public void The_on_site_days_are_the_working_days_of_the_visit()
    {
        Assert.Equal(5, OnSiteDays.Count);
        var jubilee = TimetableCoverage.OnSiteDays(new LocalDate(2012, 5, 30), new LocalDate(2012, 6, 7), WorkingDayCalendar.EnglandAndWales);
        Assert.Equal([30, 31, 1, 6, 7], jubilee.Select(d => d.Day));
    }

    [Fact]
    public void Coverage_counts_the_sessions_of_each_theme_and_line_of_enquiry_per_day_with_the_gaps()
    {
        var coverage = TimetableCoverage.Of(Week, TimetableTestRecords.AllThemes, ["loe-1", "loe-2", "loe-3"], OnSiteDays);

        Assert.Equal(OnSiteDays, coverage.Days);
        var resources = coverage.Themes.Single(r => r.Code == "managing-resources");
        Assert.Equal([2, 0, 0, 0, 2], resources.SessionsPerDay);
        Assert.Equal(4, resources.Sessions);
        Assert.Equal(CoverageRowKind.Theme, resources.Kind);
        var gap = Assert.Single(coverage.Gaps);
        Assert.Equal((CoverageRowKind.LineOfEnquiry, "loe-3", true), (gap.Kind, gap.Code, gap.IsGap));
        Assert.Equal([0, 0, 0, 0, 0], gap.SessionsPerDay);
    }

    [Fact]
    public void A_session_on_another_day_counts_only_in_the_total()
    {
        var coverage = TimetableCoverage.Of(Week, [ThemeCode.Outcomes], [], OnSiteDays.Take(1).ToList());

        Assert.Equal([1], coverage.Themes[0].SessionsPerDay);
        Assert.Equal(3, coverage.Themes[0].Sessions);
    }

    [Fact]
    public void Double_bookings_name_the_sessions_by_index_the_later_one_last()
    {
        var sessions = Week.Sessions.Select((s, i) => i == 2 ? s with { TeamMembers = ["tm-1", "tm-2"], Place = "riverside house, room 2" } : s).ToList();

        Assert.Equal(
            [
                new DoubleBooking(DoubleBookingKind.TeamMember, "tm-1", 1, 2),
                new DoubleBooking(DoubleBookingKind.TeamMember, "tm-2", 1, 2),
                new DoubleBooking(DoubleBookingKind.Place, "riverside house, room 2", 1, 2),
            ],
            DoubleBookings.Find(sessions));
    }

    [Fact]
    public void A_session_that_takes_no_time_books_nobody()
    {
        var sessions = new[] { Week.Sessions[1], Week.Sessions[1] with { Id = "s-x", End = Week.Sessions[1].Start } };

        Assert.Empty(DoubleBookings.Find(sessions));
        Assert.False(sessions[1].Overlaps(sessions[0]));
    }

    [Fact]
    public void Working_hours_must_end_after_they_start()
    {
        Assert.Throws<ArgumentException>(() => new WorkingHours(new LocalTime(19, 0), new LocalTime(8, 0)));
        Assert.Equal("08:00 to 19:00", WorkingHours.Default.ToString());
    }
}
