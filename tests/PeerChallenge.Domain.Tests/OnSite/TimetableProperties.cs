using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PeerChallenge.Domain.OnSite;
using PeerChallenge.Domain.Testing;

namespace PeerChallenge.Domain.Tests.OnSite;

/// <summary>
/// Invariants of the timetable rules on generated weeks (<see cref="TimetableGenerator"/>): no double booking is found
/// where there is none; one session added finds exactly its own; sorting finds what comparing all pairs finds; moving
/// the week by whole weeks changes no coverage; a timetable round-trips.
/// </summary>
public sealed class TimetableProperties
{
    private static readonly TimetableValidator Rules = new(BuiltInEditions.Lgg2011, WorkingDayCalendar.EnglandAndWales);

    [Property(MaxTest = 100, Arbitrary = [typeof(Weeks)])]
    public void A_generated_timetable_without_clashes_has_no_clash_issue(GeneratedWeek week)
    {
        var issues = Rules.Validate(Visit(week.Timetable)).ToIssues();

        Assert.Empty(DoubleBookings.Find(week.Timetable.Sessions));
        Assert.DoesNotContain(issues, i => i.Code == OnSiteIssueCodes.TeamMemberDoubleBooked || i.Code == OnSiteIssueCodes.PlaceDoubleBooked);
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(Weeks)])]
    public void Adding_one_overlapping_session_yields_exactly_the_clash_issues_for_it(GeneratedWeek week, NewSession added)
    {
        var sessions = week.Timetable.Sessions;
        var extra = added.For(week);
        var timetable = week.Timetable with { Sessions = [.. sessions, extra] };
        var at = sessions.Count;

        // What a person would list: each session the new one overlaps, for each team member they share and for the place.
        var expected = new List<(string Code, string Path, string Other)>();
        for (var i = 0; i < sessions.Count; i++)
        {
            var other = sessions[i];
            if (!other.Overlaps(extra))
            {
                continue;
            }

            var (later, earlier) = other.Start > extra.Start ? (i, extra) : (at, other);
            var reportedIn = timetable.Sessions[later];
            foreach (var member in extra.TeamMembers.Intersect(other.TeamMembers, StringComparer.Ordinal))
            {
                expected.Add(("PC0801", $"/timetable/sessions/{later}/teamMembers/{IndexOf(reportedIn.TeamMembers, member)}", earlier.Id));
            }

            if (string.Equals(extra.Place, other.Place, StringComparison.OrdinalIgnoreCase))
            {
                expected.Add(("PC0802", $"/timetable/sessions/{later}/place", earlier.Id));
            }
        }

        var found = Rules.Validate(Visit(timetable)).ToIssues()
            .Where(i => i.Code == OnSiteIssueCodes.TeamMemberDoubleBooked || i.Code == OnSiteIssueCodes.PlaceDoubleBooked)
            .Select(i => (i.Code.Code, i.Path.ToString(), Other: expected.Select(e => e.Other).FirstOrDefault(id => i.Message.Contains($"the session '{id}' (", StringComparison.Ordinal)) ?? "?"))
            .ToList();

        Assert.Equal(expected.Order(), found.Order());
    }

    [Property(MaxTest = 100, Arbitrary = [typeof(Weeks)])]
    public void Sorting_finds_the_same_double_bookings_as_comparing_all_pairs(GeneratedWeek week, NewSession[] added)
    {
        var sessions = week.Timetable.Sessions.Concat(added.Select(a => a.For(week))).ToList();

        Assert.Equal(NaiveDoubleBookings.Find(sessions), DoubleBookings.Find(sessions));
    }

    [Property(MaxTest = 100, Arbitrary = [typeof(Weeks)])]
    public void Moving_every_session_by_whole_weeks_onto_other_working_days_changes_no_coverage(GeneratedWeek week, PositiveInt weeks)
    {
        var shift = Enumerable.Range(weeks.Get % 300, 60).Select(w => w + 1).First(w => WholeWeekOfWorkingDays(w));
        var moved = week.Timetable with { Sessions = [.. week.Timetable.Sessions.Select(s => s with { Start = s.Start.PlusWeeks(shift), End = s.End.PlusWeeks(shift) })] };
        var days = Days(0);

        var before = TimetableCoverage.Of(week.Timetable, Themes, Lines, days);
        var after = TimetableCoverage.Of(moved, Themes, Lines, [.. days.Select(d => d.PlusWeeks(shift))]);

        Assert.Equal(before.Themes, after.Themes);
        Assert.Equal(before.LinesOfEnquiry, after.LinesOfEnquiry);
        Assert.Equal(
            Coverage(Rules.Validate(Visit(week.Timetable)).ToIssues()),
            Coverage(Rules.Validate(Visit(moved) with { Timeline = Timeline(shift) }).ToIssues()));
    }

    [Property(MaxTest = 50, Arbitrary = [typeof(Weeks)])]
    public void A_record_with_a_generated_timetable_round_trips(GeneratedWeek week)
    {
        var record = TestRecords.Rotherham2011 with { Timetable = week.Timetable };
        var json = ChallengeRecordWriter.Write(record);

        var read = ChallengeRecordReader.Read(json);

        Assert.True(read.Succeeded, string.Join("\n", read.Issues));
        Assert.Equal(record, read.Value);
        Assert.Equal(json, ChallengeRecordWriter.Write(read.Value));
    }

    [Fact]
    public void Fifty_thousand_sessions_are_checked_by_sorting_and_one_clash_added_is_found_once()
    {
        var week = TimetableGenerator.Generate(50_000);
        var first = week.Sessions[0];
        var sessions = week.Sessions.Append(first with { Id = "s-clash", Place = "Room elsewhere" }).ToList();

        Assert.Empty(DoubleBookings.Find(week.Sessions));
        Assert.Equal(
            [new DoubleBooking(DoubleBookingKind.TeamMember, first.TeamMembers[0], 0, 50_000), new DoubleBooking(DoubleBookingKind.TeamMember, first.TeamMembers[1], 0, 50_000)],
            DoubleBookings.Find(sessions));
    }

    private static readonly ThemeCode[] Themes = [.. BuiltInEditions.Lgg2011.Themes.Select(t => t.Code)];

    private static readonly string[] Lines = ["loe-1", "loe-2", "loe-3", "loe-4"];

    private static IEnumerable<string> Coverage(IEnumerable<ValidationIssue> issues) =>
        issues.Where(i => i.Code == OnSiteIssueCodes.ThemeNotCovered || i.Code == OnSiteIssueCodes.LineOfEnquiryNotCovered).Select(i => $"{i.Code.Code} {i.Path} {i.Message}");

    private static bool WholeWeekOfWorkingDays(int weeks) => Days(weeks).All(WorkingDayCalendar.EnglandAndWales.IsWorkingDay);

    private static LocalDate[] Days(int weeks) => [.. Enumerable.Range(0, 5).Select(d => TimetableGenerator.DefaultFirstDay.PlusDays(d).PlusWeeks(weeks))];

    private static ChallengeTimeline Timeline(int weeks) => new() { OnSiteStart = Days(weeks)[0], OnSiteEnd = Days(weeks)[4] };

    private static OnSiteVisit Visit(Timetable timetable) => new(timetable, Timeline(0))
    {
        Team = [.. Enumerable.Range(0, 200).Select(i => new TeamMember { Id = TimetableGenerator.MemberId(i), Role = RoleCode.OfficerPeer })],
        LinesOfEnquiry = [.. Lines.Select(id => new LineOfEnquiry { Id = id, Statement = "x", Themes = [ThemeCode.Outcomes] })],
    };

    private static int IndexOf(IReadOnlyList<string> ids, string id) => ids.Select((m, i) => (m, i)).First(x => x.m == id).i;

    /// <summary>A generated week with no double booking.</summary>
    public sealed record GeneratedWeek(int Seed, int Size)
    {
        public Timetable Timetable { get; } = TimetableGenerator.Generate(Size, Seed);

        public override string ToString() => $"{Size} sessions, seed {Seed}";
    }

    /// <summary>A session to add to a generated week: a day, a time and a length, team members and a place chosen among the week's.</summary>
    public sealed record NewSession(int Day, int Quarter, int Quarters, int FirstMember, int Members, int Place)
    {
        public Session For(GeneratedWeek week)
        {
            var tracks = Math.Max(1, (week.Size + TimetableGenerator.SessionsPerTrack - 1) / TimetableGenerator.SessionsPerTrack);
            var start = Days(0)[Day].At(new LocalTime(8, 0)).PlusMinutes(15 * Quarter);
            return new Session
            {
                Id = "s-new",
                Kind = SessionKind.Interview,
                Start = start,
                End = start.PlusMinutes(15 * Quarters),
                Place = Place < tracks ? $"Room {Place + 1}" : "Room elsewhere",
                TeamMembers = [.. Enumerable.Range(FirstMember, Members).Select(m => TimetableGenerator.MemberId(m % (2 * tracks))).Distinct()],
            };
        }
    }

    public static class Weeks
    {
        public static Arbitrary<GeneratedWeek> Week() => Arb.From(
            from seed in Gen.Choose(0, int.MaxValue)
            from size in Gen.Choose(0, 60)
            select new GeneratedWeek(seed, size));

        public static Arbitrary<NewSession> Session() => Arb.From(
            from day in Gen.Choose(0, 4)
            from quarter in Gen.Choose(0, 40)
            from quarters in Gen.Choose(1, 12)
            from first in Gen.Choose(0, 9)
            from members in Gen.Choose(0, 3)
            from place in Gen.Choose(0, 5)
            select new NewSession(day, quarter, quarters, first, members, place));
    }
}
