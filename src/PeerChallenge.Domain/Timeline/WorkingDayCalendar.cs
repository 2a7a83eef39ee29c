using System.Collections.Frozen;
using System.Collections.Immutable;
using NodaTime;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Timeline;

/// <summary>
/// Working days in England and Wales: every day but Saturdays, Sundays and bank holidays, adjusted by the
/// user's own closure days (<see cref="WithClosure"/>) and days taken back (<see cref="Without"/>).
/// </summary>
/// <remarks>
/// <para>
/// Bank holidays are computed by rule (New Year's Day, Good Friday, Easter Monday, the early May, spring and
/// summer bank holidays, Christmas Day and Boxing Day, with substitute days when one falls at a weekend) plus
/// the changes made by proclamation: VE day (1995 and 2020), the millennium (1999), the Golden, Diamond and
/// Platinum Jubilees (2002, 2012, 2022), the royal wedding (2011), the state funeral of Queen Elizabeth II
/// (2022) and the coronation (2023). For 1995 to 2030 the list equals GOV.UK's for England and Wales; later
/// years follow the rules and cannot know of a proclamation not yet made.
/// </para>
/// <para>
/// The calendar covers <see cref="FirstSupportedYear"/> to <see cref="LastSupportedYear"/>; any date outside
/// throws <see cref="ArgumentOutOfRangeException"/>. Immutable: <see cref="WithClosure"/>,
/// <see cref="WithClosures"/> and <see cref="Without"/> return a new calendar, so it can be shared freely.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var calendar = WorkingDayCalendar.EnglandAndWales
///     .WithClosures(new DateInterval(new LocalDate(2011, 12, 28), new LocalDate(2011, 12, 30)), "Council Christmas shutdown");
/// calendar.AddWorkingDays(new LocalDate(2011, 12, 23), 1); // 2012-01-03
/// </code>
/// </example>
public sealed class WorkingDayCalendar
{
    /// <summary>The first year the calendar covers: 1995.</summary>
    public const int FirstSupportedYear = 1995;

    /// <summary>The last year the calendar covers: 2099.</summary>
    public const int LastSupportedYear = 2099;

    private static readonly FrozenDictionary<LocalDate, Holiday> BankHolidays =
        Enumerable.Range(FirstSupportedYear, LastSupportedYear - FirstSupportedYear + 1)
            .SelectMany(EnglandAndWalesBankHolidays.ForYear)
            .ToFrozenDictionary(h => h.Date);

    private readonly ImmutableDictionary<LocalDate, Holiday> _closures;
    private readonly ImmutableHashSet<LocalDate> _workingAnyway;

    private WorkingDayCalendar(ImmutableDictionary<LocalDate, Holiday> closures, ImmutableHashSet<LocalDate> workingAnyway)
    {
        _closures = closures;
        _workingAnyway = workingAnyway;
    }

    /// <summary>Gets the calendar of England and Wales: weekends and bank holidays only, no local closures.</summary>
    public static WorkingDayCalendar EnglandAndWales { get; } = new(ImmutableDictionary<LocalDate, Holiday>.Empty, []);

    /// <summary>Gets the closure days added with <see cref="WithClosure"/> and still in force, in date order.</summary>
    public IReadOnlyList<Holiday> Closures => [.. _closures.Values.OrderBy(h => h.Date)];

    /// <summary>Gets a value indicating whether <paramref name="date"/> is within the years the calendar covers.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True for dates from 1 January <see cref="FirstSupportedYear"/> to 31 December <see cref="LastSupportedYear"/>.</returns>
    public static bool Covers(LocalDate date) => date.Year is >= FirstSupportedYear and <= LastSupportedYear;

    /// <summary>Gets a value indicating whether <paramref name="date"/> is a Saturday or a Sunday.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True at the weekend.</returns>
    public static bool IsWeekend(LocalDate date) => date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;

    /// <summary>Gets a value indicating whether <paramref name="date"/> is a working day.</summary>
    /// <param name="date">The date.</param>
    /// <returns>False on Saturdays, Sundays, bank holidays and closure days, unless the day was taken back with <see cref="Without"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the years the calendar covers.</exception>
    public bool IsWorkingDay(LocalDate date)
    {
        CheckCovered(date, nameof(date));
        return _workingAnyway.Contains(date) || (!IsWeekend(date) && !BankHolidays.ContainsKey(date) && !_closures.ContainsKey(date));
    }

    /// <summary>Finds the bank holiday or closure on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The holiday, or null when the day is not a holiday here (an ordinary day, a weekend day, or a day taken back with <see cref="Without"/>).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the years the calendar covers.</exception>
    public Holiday? FindHoliday(LocalDate date)
    {
        CheckCovered(date, nameof(date));
        if (_workingAnyway.Contains(date))
        {
            return null;
        }

        return BankHolidays.TryGetValue(date, out var bankHoliday) ? bankHoliday : _closures.GetValueOrDefault(date);
    }

    /// <summary>Returns the bank holidays and closure days in force from <paramref name="first"/> to <paramref name="last"/> inclusive, in date order.</summary>
    /// <param name="first">The first day.</param>
    /// <param name="last">The last day (inclusive).</param>
    /// <returns>The holidays; empty when there are none.</returns>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside the years the calendar covers.</exception>
    public IReadOnlyList<Holiday> HolidaysBetween(LocalDate first, LocalDate last)
    {
        CheckSpan(first, last);
        return [.. BankHolidays.Values.Concat(_closures.Values)
            .Where(h => h.Date >= first && h.Date <= last && !_workingAnyway.Contains(h.Date))
            .OrderBy(h => h.Date)];
    }

    /// <summary>
    /// Returns a calendar in which <paramref name="date"/> is also closed, for example a day of a council's Christmas
    /// shutdown. A bank holiday or weekend day taken back with <see cref="Without"/> is restored as it was.
    /// </summary>
    /// <param name="date">A weekday that is a working day in this calendar.</param>
    /// <param name="title">What the closure is, for example <c>Council Christmas shutdown</c>.</param>
    /// <returns>A new calendar; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="title"/> is blank, or <paramref name="date"/> is already not a working day (a weekend, a bank holiday or a closure).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the years the calendar covers.</exception>
    public WorkingDayCalendar WithClosure(LocalDate date, string title)
    {
        Preconditions.CheckNotBlank(title, nameof(title));
        Preconditions.CheckArgument(IsWorkingDay(date), nameof(date), $"{IsoDate.Format(date)} is already not a working day ({Describe(date)}); only a working day can be closed.");
        var closures = _closures;
        var workingAnyway = _workingAnyway;
        Close(ref closures, ref workingAnyway, date, title);
        return new WorkingDayCalendar(closures, workingAnyway);
    }

    /// <summary>Returns a calendar in which every working day of <paramref name="days"/> is closed; weekends and holidays in the span are left as they are.</summary>
    /// <param name="days">The span, for example 28 to 30 December.</param>
    /// <param name="title">What the closure is, for example <c>Council Christmas shutdown</c>.</param>
    /// <returns>A new calendar; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="title"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A day of the span is outside the years the calendar covers.</exception>
    public WorkingDayCalendar WithClosures(DateInterval days, string title)
    {
        ArgumentNullException.ThrowIfNull(days);
        Preconditions.CheckNotBlank(title, nameof(title));
        CheckSpan(days.Start, days.End);
        var closures = _closures;
        var workingAnyway = _workingAnyway;
        foreach (var day in days.Where(IsWorkingDay))
        {
            Close(ref closures, ref workingAnyway, day, title);
        }

        return new WorkingDayCalendar(closures, workingAnyway);
    }

    /// <summary>
    /// Returns a calendar in which <paramref name="date"/> is a working day: a closure removed, a bank holiday
    /// worked, or a Saturday or Sunday the council opens. A day that is already a working day is left as it is.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>A new calendar, or this one when <paramref name="date"/> is already a working day.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the years the calendar covers.</exception>
    public WorkingDayCalendar Without(LocalDate date) =>
        IsWorkingDay(date) ? this : new WorkingDayCalendar(_closures.Remove(date), _workingAnyway.Add(date));

    /// <summary>
    /// Moves <paramref name="count"/> working days from <paramref name="date"/>: forwards when positive,
    /// backwards when negative. Zero returns <paramref name="date"/> unchanged, even when it is not a working day.
    /// </summary>
    /// <param name="date">The starting day; it need not be a working day.</param>
    /// <param name="count">The number of working days to move.</param>
    /// <returns>The working day reached; for example one working day after Friday 26 August 2011 is Tuesday 30 August (29 August is the summer bank holiday).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The walk leaves the years the calendar covers.</exception>
    public LocalDate AddWorkingDays(LocalDate date, int count)
    {
        CheckCovered(date, nameof(date));
        var step = count < 0 ? -1 : 1;
        var remaining = Math.Abs((long)count);
        var day = date;
        while (remaining > 0)
        {
            day = day.PlusDays(step);
            if (IsWorkingDay(day))
            {
                remaining--;
            }
        }

        return day;
    }

    /// <summary>Returns <paramref name="date"/> when it is a working day, otherwise the next working day after it.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The working day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The search leaves the years the calendar covers.</exception>
    public LocalDate NextWorkingDayOnOrAfter(LocalDate date) => IsWorkingDay(date) ? date : AddWorkingDays(date, 1);

    /// <summary>Returns <paramref name="date"/> when it is a working day, otherwise the last working day before it.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The working day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The search leaves the years the calendar covers.</exception>
    public LocalDate PreviousWorkingDayOnOrBefore(LocalDate date) => IsWorkingDay(date) ? date : AddWorkingDays(date, -1);

    /// <summary>Counts the working days from <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
    /// <param name="first">The first day.</param>
    /// <param name="last">The last day (inclusive).</param>
    /// <returns>The number of working days; 5 for Monday 3 to Friday 7 October 2011.</returns>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside the years the calendar covers.</exception>
    public int CountWorkingDays(LocalDate first, LocalDate last)
    {
        CheckSpan(first, last);
        return new DateInterval(first, last).Count(IsWorkingDay);
    }

    /// <summary>Says why <paramref name="date"/> is not a working day: <c>a Saturday</c>, <c>a Sunday</c> or <c>a bank holiday, Boxing Day</c>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The reason, or <c>a working day</c> when it is one.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the years the calendar covers.</exception>
    public string Describe(LocalDate date)
    {
        if (IsWorkingDay(date))
        {
            return "a working day";
        }

        return FindHoliday(date) switch
        {
            { Kind: HolidayKind.LocalClosure } closure => $"a closure day, {closure.DisplayName}",
            { } bankHoliday => $"a bank holiday, {bankHoliday.DisplayName}",
            _ => date.DayOfWeek == IsoDayOfWeek.Saturday ? "a Saturday" : "a Sunday",
        };
    }

    private static void Close(ref ImmutableDictionary<LocalDate, Holiday> closures, ref ImmutableHashSet<LocalDate> workingAnyway, LocalDate day, string title)
    {
        // A bank holiday or weekend day taken back with Without is simply given back; only an ordinary weekday becomes a closure.
        if (workingAnyway.Contains(day))
        {
            workingAnyway = workingAnyway.Remove(day);
            if (BankHolidays.ContainsKey(day) || IsWeekend(day))
            {
                return;
            }
        }

        closures = closures.SetItem(day, new Holiday(day, title, HolidayKind.LocalClosure));
    }

    private static void CheckCovered(LocalDate date, string paramName)
    {
        if (!Covers(date))
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                IsoDate.Format(date),
                $"The England and Wales working-day calendar covers {FirstSupportedYear} to {LastSupportedYear}; {IsoDate.Format(date)} is outside it.");
        }
    }

    private static void CheckSpan(LocalDate first, LocalDate last)
    {
        CheckCovered(first, nameof(first));
        CheckCovered(last, nameof(last));
        Preconditions.CheckArgument(first <= last, nameof(last), $"The last day ({IsoDate.Format(last)}) is before the first ({IsoDate.Format(first)}).");
    }
}
