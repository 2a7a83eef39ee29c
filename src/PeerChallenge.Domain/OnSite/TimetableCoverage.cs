using NodaTime;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Timeline;

namespace PeerChallenge.Domain.OnSite;

/// <summary>
/// Which themes and lines of enquiry the sessions of a timetable cover on each on-site day: a matrix of rows (the themes,
/// then the lines of enquiry) by days, with the gaps, rows no session covers (PC0807, PC0808).
/// </summary>
/// <remarks>
/// A session covers the themes and lines of enquiry it lists (<see cref="Session.Themes"/>, <see cref="Session.LinesOfEnquiry"/>),
/// on the day it starts. Made in one pass over the sessions. Equality is by value.
/// </remarks>
/// <example>
/// <code>
/// var days = TimetableCoverage.OnSiteDays(new LocalDate(2011, 10, 3), new LocalDate(2011, 10, 7), WorkingDayCalendar.EnglandAndWales);
/// var coverage = TimetableCoverage.Of(record.Timetable!, edition.Themes.Select(t => t.Code), record.LinesOfEnquiry.Select(l => l.Id), days);
/// foreach (var gap in coverage.Gaps) { ... }
/// </code>
/// </example>
public sealed record TimetableCoverage
{
    private TimetableCoverage(IReadOnlyList<LocalDate> days, IReadOnlyList<CoverageRow> themes, IReadOnlyList<CoverageRow> linesOfEnquiry)
    {
        Days = EquatableList.From(days);
        Themes = EquatableList.From(themes);
        LinesOfEnquiry = EquatableList.From(linesOfEnquiry);
    }

    /// <summary>Gets the days, the columns of the matrix, in the order given.</summary>
    public IReadOnlyList<LocalDate> Days { get; }

    /// <summary>Gets a row for each theme, in the order given.</summary>
    public IReadOnlyList<CoverageRow> Themes { get; }

    /// <summary>Gets a row for each line of enquiry, in the order given.</summary>
    public IReadOnlyList<CoverageRow> LinesOfEnquiry { get; }

    /// <summary>Gets the rows no session covers: the themes first, then the lines of enquiry.</summary>
    public IReadOnlyList<CoverageRow> Gaps => Array.AsReadOnly([.. Themes.Concat(LinesOfEnquiry).Where(r => r.IsGap)]);

    /// <summary>Computes the coverage of <paramref name="timetable"/>.</summary>
    /// <param name="timetable">The timetable.</param>
    /// <param name="themes">The themes to cover, in the order of the rows (the edition's, <see cref="Edition.Themes"/>).</param>
    /// <param name="linesOfEnquiry">The ids of the lines of enquiry to cover, in the order of the rows (the record's).</param>
    /// <param name="days">The days, the columns (the on-site days, <see cref="OnSiteDays"/>). A session on another day counts only in a row's total.</param>
    /// <returns>The coverage.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static TimetableCoverage Of(Timetable timetable, IEnumerable<ThemeCode> themes, IEnumerable<string> linesOfEnquiry, IReadOnlyList<LocalDate> days)
    {
        ArgumentNullException.ThrowIfNull(timetable);
        ArgumentNullException.ThrowIfNull(themes);
        ArgumentNullException.ThrowIfNull(linesOfEnquiry);
        ArgumentNullException.ThrowIfNull(days);
        var column = new Dictionary<LocalDate, int>();
        for (var d = 0; d < days.Count; d++)
        {
            column.TryAdd(days[d], d);
        }

        var themeCounts = new Tally(themes.Select(t => t.Value), days.Count);
        var lineCounts = new Tally(linesOfEnquiry, days.Count);
        foreach (var session in timetable.Sessions)
        {
            var day = column.TryGetValue(session.Date, out var d) ? d : -1;
            foreach (var theme in session.Themes.Select(t => t.Value).Distinct(StringComparer.Ordinal))
            {
                themeCounts.Count(theme, day);
            }

            foreach (var line in session.LinesOfEnquiry.Distinct(StringComparer.Ordinal))
            {
                lineCounts.Count(line, day);
            }
        }

        return new TimetableCoverage(days, themeCounts.Rows(CoverageRowKind.Theme), lineCounts.Rows(CoverageRowKind.LineOfEnquiry));
    }

    /// <summary>Returns the working days from <paramref name="first"/> to <paramref name="last"/>, both included: the on-site days of a visit.</summary>
    /// <param name="first">The first on-site day.</param>
    /// <param name="last">The last on-site day.</param>
    /// <param name="calendar">The working-day calendar (with the council's closures).</param>
    /// <returns>The working days, in order; empty when <paramref name="last"/> is before <paramref name="first"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A day is outside the years the calendar covers.</exception>
    public static IReadOnlyList<LocalDate> OnSiteDays(LocalDate first, LocalDate last, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var days = new List<LocalDate>();
        for (var day = first; day <= last; day = day.PlusDays(1))
        {
            if (calendar.IsWorkingDay(day))
            {
                days.Add(day);
            }
        }

        return days.AsReadOnly();
    }

    /// <summary>The session counts of one kind of row.</summary>
    private sealed class Tally
    {
        private readonly List<string> _codes = [];
        private readonly Dictionary<string, (int[] PerDay, int Total)> _counts = new(StringComparer.Ordinal);

        internal Tally(IEnumerable<string> codes, int days)
        {
            foreach (var code in codes)
            {
                if (_counts.TryAdd(code, (new int[days], 0)))
                {
                    _codes.Add(code);
                }
            }
        }

        internal void Count(string code, int day)
        {
            if (_counts.TryGetValue(code, out var counts))
            {
                if (day >= 0)
                {
                    counts.PerDay[day]++;
                }

                _counts[code] = (counts.PerDay, counts.Total + 1);
            }
        }

        internal IReadOnlyList<CoverageRow> Rows(CoverageRowKind kind) =>
            [.. _codes.Select(code => new CoverageRow(kind, code, _counts[code].PerDay, _counts[code].Total))];
    }
}
