using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.OnSite;
using PeerChallenge.Domain.Team;
using PeerChallenge.Domain.Testing;
using PeerChallenge.Domain.Timeline;

namespace PeerChallenge.Domain.Benchmarks.OnSite;

/// <summary>
/// Checking an on-site timetable of 500, 5,000 and 50,000 sessions (a clash-free week from
/// <see cref="TimetableGenerator"/>, seed 20111003) against a naive all-pairs clash check in the same run, grouped by
/// category:
/// <list type="bullet">
/// <item><c>Clashes</c>: the double bookings by comparing every pair of sessions (<see cref="NaiveDoubleBookings.Find"/>,
/// baseline, O(n²)) and by sorting and sweeping (<see cref="DoubleBookings.Find"/>, O(n log n + k)).</item>
/// <item><c>Validate</c>: the same all-pairs check alone (baseline: what the clash rule of a validator that compares all
/// pairs costs, before any other rule) against the whole <see cref="PeerChallenge.Domain.OnSite.TimetableValidator"/>, every rule of the timetable
/// (ids, times, working hours and days, references, double bookings, coverage, groups heard, required sessions).</item>
/// </list>
/// The setup checks once that the baseline and the library find the same double bookings in the same order, on the
/// timetable with a clash added every tenth of the way, and that the validator reports exactly those. The <c>ns/item</c>
/// column is the mean time per session: flat from 500 to 50,000 sessions when the cost is O(n log n) or better, growing
/// tenfold with each size when it is O(n²).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[ShortRunJob]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[Config(typeof(Columns))]
public class TimetableBenchmark
{
    private const string ClashesCategory = "Clashes";
    private const string ValidateCategory = "Validate";

    /// <summary>The clashes added to the checking copy of the timetable (not to the timetable measured).</summary>
    private const int AddedClashes = 10;

    private static readonly string[] Lines = ["loe-1", "loe-2", "loe-3", "loe-4"];

    private readonly TimetableValidator _validator = new(BuiltInEditions.Lgg2011, WorkingDayCalendar.EnglandAndWales);
    private IReadOnlyList<Session> _sessions = [];
    private OnSiteVisit _visit = null!;

    /// <summary>Gets or sets the number of sessions in the timetable.</summary>
    [Params(500, 5_000, 50_000)]
    public int Sessions { get; set; } = 500;

    /// <summary>
    /// Generates the timetable (fixed seed) and the visit around it (the week of Monday 3 October 2011, a team member for
    /// each id the sessions name, the four lines of enquiry), and checks that the baseline and the library agree.
    /// </summary>
    [GlobalSetup]
    public void Setup()
    {
        var timetable = TimetableGenerator.Generate(Sessions, seed: 20111003, lines: Lines);
        _sessions = timetable.Sessions;
        _visit = Visit(timetable);
        Check();
    }

    /// <summary>The all-pairs baseline: every session compared with every other.</summary>
    /// <returns>The double bookings (none: the timetable has no clash).</returns>
    [BenchmarkCategory(ClashesCategory), Benchmark(Baseline = true)]
    public IReadOnlyList<DoubleBooking> NaiveAllPairs() => NaiveDoubleBookings.Find(_sessions);

    /// <summary>The library: <see cref="DoubleBookings.Find"/>, each team member's and place's sessions sorted and swept.</summary>
    /// <returns>The double bookings (none).</returns>
    [BenchmarkCategory(ClashesCategory), Benchmark]
    public IReadOnlyList<DoubleBooking> SortAndSweep() => DoubleBookings.Find(_sessions);

    /// <summary>The all-pairs clash check alone, the least a validator that compares all pairs pays, before its other rules.</summary>
    /// <returns>The number of double bookings (0).</returns>
    [BenchmarkCategory(ValidateCategory), Benchmark(Baseline = true)]
    public int AllPairsClashCheck() => NaiveDoubleBookings.Find(_sessions).Count;

    /// <summary>The library: every rule of <see cref="PeerChallenge.Domain.OnSite.TimetableValidator"/> on the visit.</summary>
    /// <returns>The number of issues.</returns>
    [BenchmarkCategory(ValidateCategory), Benchmark]
    public int TimetableValidator() => _validator.Validate(_visit).Errors.Count;

    /// <summary>The visit of the generated week: 3 to 7 October 2011, every team member the sessions name (officer peers), the lines of enquiry.</summary>
    private static OnSiteVisit Visit(Timetable timetable)
    {
        var members = timetable.Sessions.SelectMany(s => s.TeamMembers).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return new OnSiteVisit(timetable, new ChallengeTimeline { OnSiteStart = TimetableGenerator.DefaultFirstDay, OnSiteEnd = TimetableGenerator.DefaultFirstDay.PlusDays(4) })
        {
            Team = [.. members.Select(id => new TeamMember { Id = id, Role = RoleCode.OfficerPeer })],
            LinesOfEnquiry = [.. Lines.Select(id => new LineOfEnquiry { Id = id, Statement = "A line of enquiry.", Themes = [ThemeCode.Outcomes] })],
        };
    }

    /// <summary>
    /// Throws unless the timetable measured has no double booking, and, on a copy with <see cref="AddedClashes"/> sessions
    /// added (each a quarter of an hour after one of the week's, with its team members and its place), the all-pairs
    /// baseline and the library find the same double bookings in the same order and the validator reports each one once.
    /// </summary>
    private void Check()
    {
        Require(DoubleBookings.Find(_sessions).Count == 0, "the generated timetable has no double booking");
        var clean = _validator.Validate(_visit).ToIssues();
        Require(!clean.Any(IsClash), "the validator finds no double booking in the generated timetable");
        Require(!clean.Any(i => i.IsError && i.Code != OnSiteIssueCodes.RequiredSessionMissing), "the only errors are the required sessions the generated week does not have");

        var added = Enumerable.Range(0, AddedClashes)
            .Select(k => _sessions[k * _sessions.Count / AddedClashes])
            .Select((s, k) => s with { Id = string.Create(CultureInfo.InvariantCulture, $"s-clash-{k + 1}"), Start = s.Start.PlusMinutes(15), End = s.End.PlusMinutes(15) });
        var clashing = new Timetable { Sessions = [.. _sessions, .. added] };
        var naive = NaiveDoubleBookings.Find(clashing.Sessions);
        var sorted = DoubleBookings.Find(clashing.Sessions);
        Require(naive.Count >= 3 * AddedClashes, "every added session double-books its two team members and its place");
        Require(naive.SequenceEqual(sorted), "the same double bookings in the same order");
        var reported = _validator.Validate(_visit with { Timetable = clashing }).ToIssues().Count(IsClash);
        Require(reported == sorted.Count, "the validator reports each double booking once");
    }

    private static bool IsClash(ValidationIssue issue) => issue.Code == OnSiteIssueCodes.TeamMemberDoubleBooked || issue.Code == OnSiteIssueCodes.PlaceDoubleBooked;

    private static void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"The all-pairs baseline and the library disagree: {what}.");
        }
    }

    /// <summary>Adds the number of sessions and the mean time per session, and allows a slow build of the generated project on a busy machine.</summary>
    private sealed class Columns : ManualConfig
    {
        public Columns()
        {
            AddColumn(PerItemColumn.Pair(
                benchmarkCase => benchmarkCase.Parameters["Sessions"] is int n ? n : 0,
                "Sessions in the timetable",
                "Mean time per session in nanoseconds (flat across the sizes for O(n log n); ten times more at each size for O(n²))"));
            WithBuildTimeout(TimeSpan.FromMinutes(10));
        }
    }
}
