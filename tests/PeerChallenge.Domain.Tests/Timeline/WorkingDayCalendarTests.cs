using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;
using PeerChallenge.Domain.Timeline;

namespace PeerChallenge.Domain.Tests.Timeline;

public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    // GOV.UK, https://www.gov.uk/bank-holidays.json, division england-and-wales, 2018 to 2025: date, title, notes == "Substitute day".
    public static TheoryData<int, string[]> GovUkYears => new()
    {
        { 2018, ["2018-01-01 New Year’s Day", "2018-03-30 Good Friday", "2018-04-02 Easter Monday", "2018-05-07 Early May bank holiday", "2018-05-28 Spring bank holiday", "2018-08-27 Summer bank holiday", "2018-12-25 Christmas Day", "2018-12-26 Boxing Day"] },
        { 2019, ["2019-01-01 New Year’s Day", "2019-04-19 Good Friday", "2019-04-22 Easter Monday", "2019-05-06 Early May bank holiday", "2019-05-27 Spring bank holiday", "2019-08-26 Summer bank holiday", "2019-12-25 Christmas Day", "2019-12-26 Boxing Day"] },
        { 2020, ["2020-01-01 New Year’s Day", "2020-04-10 Good Friday", "2020-04-13 Easter Monday", "2020-05-08 Early May bank holiday (VE day)", "2020-05-25 Spring bank holiday", "2020-08-31 Summer bank holiday", "2020-12-25 Christmas Day", "2020-12-28 Boxing Day (substitute day)"] },
        { 2021, ["2021-01-01 New Year’s Day", "2021-04-02 Good Friday", "2021-04-05 Easter Monday", "2021-05-03 Early May bank holiday", "2021-05-31 Spring bank holiday", "2021-08-30 Summer bank holiday", "2021-12-27 Christmas Day (substitute day)", "2021-12-28 Boxing Day (substitute day)"] },
        { 2022, ["2022-01-03 New Year’s Day (substitute day)", "2022-04-15 Good Friday", "2022-04-18 Easter Monday", "2022-05-02 Early May bank holiday", "2022-06-02 Spring bank holiday", "2022-06-03 Platinum Jubilee bank holiday", "2022-08-29 Summer bank holiday", "2022-09-19 Bank Holiday for the State Funeral of Queen Elizabeth II", "2022-12-26 Boxing Day", "2022-12-27 Christmas Day (substitute day)"] },
        { 2023, ["2023-01-02 New Year’s Day (substitute day)", "2023-04-07 Good Friday", "2023-04-10 Easter Monday", "2023-05-01 Early May bank holiday", "2023-05-08 Bank holiday for the coronation of King Charles III", "2023-05-29 Spring bank holiday", "2023-08-28 Summer bank holiday", "2023-12-25 Christmas Day", "2023-12-26 Boxing Day"] },
        { 2024, ["2024-01-01 New Year’s Day", "2024-03-29 Good Friday", "2024-04-01 Easter Monday", "2024-05-06 Early May bank holiday", "2024-05-27 Spring bank holiday", "2024-08-26 Summer bank holiday", "2024-12-25 Christmas Day", "2024-12-26 Boxing Day"] },
        { 2025, ["2025-01-01 New Year’s Day", "2025-04-18 Good Friday", "2025-04-21 Easter Monday", "2025-05-05 Early May bank holiday", "2025-05-26 Spring bank holiday", "2025-08-25 Summer bank holiday", "2025-12-25 Christmas Day", "2025-12-26 Boxing Day"] },

        // GOV.UK's 2012 page (New Year substitute, spring moved for the Diamond Jubilee) and the 2011 list.
        { 2012, ["2012-01-02 New Year’s Day (substitute day)", "2012-04-06 Good Friday", "2012-04-09 Easter Monday", "2012-05-07 Early May bank holiday", "2012-06-04 Spring bank holiday (substitute day)", "2012-06-05 Queen’s Diamond Jubilee", "2012-08-27 Summer bank holiday", "2012-12-25 Christmas Day", "2012-12-26 Boxing Day"] },
        { 2011, ["2011-01-03 New Year’s Day (substitute day)", "2011-04-22 Good Friday", "2011-04-25 Easter Monday", "2011-04-29 Royal wedding", "2011-05-02 Early May bank holiday", "2011-05-30 Spring bank holiday", "2011-08-29 Summer bank holiday", "2011-12-26 Boxing Day", "2011-12-27 Christmas Day (substitute day)"] },

        // Proclamations before GOV.UK's list: VE day 50 (1995), the millennium (1999, with Christmas at the weekend), 2000's substitute New Year, the Golden Jubilee (2002).
        { 1995, ["1995-01-02 New Year’s Day (substitute day)", "1995-04-14 Good Friday", "1995-04-17 Easter Monday", "1995-05-08 Early May bank holiday (VE day)", "1995-05-29 Spring bank holiday", "1995-08-28 Summer bank holiday", "1995-12-25 Christmas Day", "1995-12-26 Boxing Day"] },
        { 1999, ["1999-01-01 New Year’s Day", "1999-04-02 Good Friday", "1999-04-05 Easter Monday", "1999-05-03 Early May bank holiday", "1999-05-31 Spring bank holiday", "1999-08-30 Summer bank holiday", "1999-12-27 Christmas Day (substitute day)", "1999-12-28 Boxing Day (substitute day)", "1999-12-31 Millennium celebrations"] },
        { 2000, ["2000-01-03 New Year’s Day (substitute day)", "2000-04-21 Good Friday", "2000-04-24 Easter Monday", "2000-05-01 Early May bank holiday", "2000-05-29 Spring bank holiday", "2000-08-28 Summer bank holiday", "2000-12-25 Christmas Day", "2000-12-26 Boxing Day"] },
        { 2002, ["2002-01-01 New Year’s Day", "2002-03-29 Good Friday", "2002-04-01 Easter Monday", "2002-05-06 Early May bank holiday", "2002-06-03 Queen’s Golden Jubilee", "2002-06-04 Spring bank holiday (substitute day)", "2002-08-26 Summer bank holiday", "2002-12-25 Christmas Day", "2002-12-26 Boxing Day"] },
    };

    [Theory]
    [MemberData(nameof(GovUkYears))]
    public void BankHolidaysOfAYearAreGovUks(int year, string[] expected)
    {
        var holidays = WorkingDayCalendar.EnglandAndWales.HolidaysBetween(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));

        Assert.Equal(expected, holidays.Select(h => h.ToString()));
    }

    [Theory]
    [InlineData(2011, "2011-01-03")] // Saturday: Monday 3rd.
    [InlineData(2012, "2012-01-02")] // Sunday: Monday 2nd.
    [InlineData(2017, "2017-01-02")] // Sunday.
    [InlineData(2022, "2022-01-03")] // Saturday.
    [InlineData(2018, "2018-01-01")] // Monday: the day itself.
    public void NewYearsDayAtTheWeekendMovesToMonday(int year, string expected)
    {
        var newYear = Single(year, h => h.Title == "New Year’s Day");

        Assert.Equal(Date(expected), newYear.Date);
        Assert.Equal(newYear.Date != new LocalDate(year, 1, 1), newYear.IsSubstituteDay);
    }

    [Theory]
    [InlineData(2015, "2015-12-25 Christmas Day", "2015-12-28 Boxing Day (substitute day)")] // Friday: Boxing Day on Saturday moves to Monday.
    [InlineData(2010, "2010-12-27 Christmas Day (substitute day)", "2010-12-28 Boxing Day (substitute day)")] // Saturday: both move.
    [InlineData(2016, "2016-12-26 Boxing Day", "2016-12-27 Christmas Day (substitute day)")] // Sunday: Boxing Day is Monday, Christmas Tuesday.
    [InlineData(2019, "2019-12-25 Christmas Day", "2019-12-26 Boxing Day")] // Wednesday.
    [InlineData(2017, "2017-12-25 Christmas Day", "2017-12-26 Boxing Day")] // Monday.
    [InlineData(2029, "2029-12-25 Christmas Day", "2029-12-26 Boxing Day")] // Tuesday.
    [InlineData(2014, "2014-12-25 Christmas Day", "2014-12-26 Boxing Day")] // Thursday: Boxing Day Friday.
    public void ChristmasAndBoxingDayAtTheWeekendGetSubstitutes(int year, string first, string second)
    {
        var holidays = WorkingDayCalendar.EnglandAndWales.HolidaysBetween(new LocalDate(year, 12, 20), new LocalDate(year, 12, 31));

        Assert.Equal([first, second], holidays.Select(h => h.ToString()));
    }

    [Theory]
    [InlineData(1995, "1995-04-16")]
    [InlineData(2000, "2000-04-23")]
    [InlineData(2008, "2008-03-23")] // Earliest this century but one.
    [InlineData(2011, "2011-04-24")]
    [InlineData(2016, "2016-03-27")]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2030, "2030-04-21")]
    [InlineData(2038, "2038-04-25")] // The latest possible date.
    [InlineData(2285, "2285-03-22")] // The earliest possible date.
    public void GoodFridayAndEasterMondayFollowTheGregorianComputus(int year, string easterSunday)
    {
        var easter = Date(easterSunday);

        Assert.Equal(easter, GregorianEaster.Sunday(year));
        if (WorkingDayCalendar.Covers(easter))
        {
            Assert.Equal(easter.PlusDays(-2), Single(year, h => h.Title == "Good Friday").Date);
            Assert.Equal(easter.PlusDays(1), Single(year, h => h.Title == "Easter Monday").Date);
        }
    }

    [Theory]
    [InlineData(2011, "2011-05-02")]
    [InlineData(2019, "2019-05-06")]
    [InlineData(2026, "2026-05-04")]
    [InlineData(1995, "1995-05-08")] // VE day 50: moved from Monday 1 May.
    [InlineData(2020, "2020-05-08")] // VE day 75: moved to Friday 8 May.
    public void EarlyMayIsTheFirstMondayExceptForVeDay(int year, string expected) =>
        Assert.Equal(Date(expected), Single(year, h => h.Title.StartsWith("Early May", StringComparison.Ordinal)).Date);

    [Theory]
    [InlineData(2011, "2011-05-30", false)]
    [InlineData(2021, "2021-05-31", false)]
    [InlineData(2026, "2026-05-25", false)]
    [InlineData(2002, "2002-06-04", true)] // Golden Jubilee.
    [InlineData(2012, "2012-06-04", true)] // Diamond Jubilee.
    [InlineData(2022, "2022-06-02", false)] // Platinum Jubilee: GOV.UK gives no note.
    public void SpringIsTheLastMondayOfMayExceptForJubilees(int year, string expected, bool substitute)
    {
        var spring = Single(year, h => h.Title == "Spring bank holiday");

        Assert.Equal(Date(expected), spring.Date);
        Assert.Equal(substitute, spring.IsSubstituteDay);
    }

    [Theory]
    [InlineData(2011, "2011-08-29")]
    [InlineData(2015, "2015-08-31")]
    [InlineData(2030, "2030-08-26")]
    public void SummerIsTheLastMondayOfAugust(int year, string expected) =>
        Assert.Equal(Date(expected), Single(year, h => h.Title == "Summer bank holiday").Date);

    [Theory]
    [InlineData("1999-12-31", "Millennium celebrations")]
    [InlineData("2002-06-03", "Queen’s Golden Jubilee")]
    [InlineData("2011-04-29", "Royal wedding")]
    [InlineData("2012-06-05", "Queen’s Diamond Jubilee")]
    [InlineData("2022-06-03", "Platinum Jubilee bank holiday")]
    [InlineData("2022-09-19", "Bank Holiday for the State Funeral of Queen Elizabeth II")]
    [InlineData("2023-05-08", "Bank holiday for the coronation of King Charles III")]
    public void ProclaimedDaysAreBankHolidays(string date, string title)
    {
        var holiday = Calendar.FindHoliday(Date(date));

        Assert.Equal(new Holiday(Date(date), title, HolidayKind.BankHoliday), holiday);
        Assert.False(Calendar.IsWorkingDay(Date(date)));
    }

    [Fact]
    public void EveryYearHasItsBankHolidaysOnWeekdaysOnlyAndTheRightNumber()
    {
        var extra = new Dictionary<int, int> { [1999] = 1, [2002] = 1, [2011] = 1, [2012] = 1, [2022] = 2, [2023] = 1 };
        for (var year = WorkingDayCalendar.FirstSupportedYear; year <= WorkingDayCalendar.LastSupportedYear; year++)
        {
            var holidays = WorkingDayCalendar.EnglandAndWales.HolidaysBetween(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));

            Assert.Equal(8 + extra.GetValueOrDefault(year), holidays.Count);
            Assert.All(holidays, h => Assert.False(WorkingDayCalendar.IsWeekend(h.Date), $"{h} is at the weekend"));
            Assert.Equal(holidays.Count, holidays.Select(h => h.Date).Distinct().Count());
            Assert.Equal(holidays.OrderBy(h => h.Date), holidays);
        }
    }

    [Theory]
    [InlineData("1994-12-30")]
    [InlineData("2100-01-01")]
    public void DatesOutsideTheCoveredYearsThrow(string date)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.IsWorkingDay(Date(date)));

        Assert.StartsWith($"The England and Wales working-day calendar covers 1995 to 2099; {date} is outside it.", error.Message, StringComparison.Ordinal);
        Assert.Equal("date", error.ParamName);
    }

    [Fact]
    public void WeekendsAreNotWorkingDays()
    {
        Assert.False(Calendar.IsWorkingDay(Date("2011-10-01")));
        Assert.False(Calendar.IsWorkingDay(Date("2011-10-02")));
        Assert.True(Calendar.IsWorkingDay(Date("2011-10-03")));
        Assert.Equal("a Saturday", Calendar.Describe(Date("2011-10-01")));
        Assert.Equal("a bank holiday, Christmas Day (substitute day)", Calendar.Describe(Date("2011-12-27")));
    }

    [Fact]
    public void AddWorkingDaysSkipsWeekendsAndBankHolidays()
    {
        Assert.Equal(Date("2011-08-30"), Calendar.AddWorkingDays(Date("2011-08-26"), 1)); // Over the weekend and the summer bank holiday.
        Assert.Equal(Date("2011-08-26"), Calendar.AddWorkingDays(Date("2011-08-30"), -1));
        Assert.Equal(Date("2011-10-07"), Calendar.AddWorkingDays(Date("2011-10-03"), 4));
        Assert.Equal(Date("2011-12-28"), Calendar.AddWorkingDays(Date("2011-12-23"), 1));
        Assert.Equal(Date("2011-10-01"), Calendar.AddWorkingDays(Date("2011-10-01"), 0));
        Assert.Equal(5, Calendar.CountWorkingDays(Date("2011-10-03"), Date("2011-10-07")));
        Assert.Equal(Date("2012-06-06"), Calendar.NextWorkingDayOnOrAfter(Date("2012-06-02")));
        Assert.Equal(Date("2012-06-01"), Calendar.PreviousWorkingDayOnOrBefore(Date("2012-06-05")));
    }

    [Fact]
    public void ACouncilsOwnClosureIsNotAWorkingDayAndLeavesTheOriginalUnchanged()
    {
        var shutdown = Calendar.WithClosures(new DateInterval(Date("2011-12-24"), Date("2012-01-02")), "Council Christmas shutdown");

        Assert.Equal(
            ["2011-12-26 Boxing Day", "2011-12-27 Christmas Day (substitute day)", "2011-12-28 Council Christmas shutdown", "2011-12-29 Council Christmas shutdown", "2011-12-30 Council Christmas shutdown", "2012-01-02 New Year’s Day (substitute day)"],
            shutdown.HolidaysBetween(Date("2011-12-24"), Date("2012-01-02")).Select(h => h.ToString()));
        Assert.Equal(Date("2012-01-03"), shutdown.AddWorkingDays(Date("2011-12-23"), 1));
        Assert.Equal(HolidayKind.LocalClosure, shutdown.FindHoliday(Date("2011-12-29"))!.Kind);
        Assert.Equal(3, shutdown.Closures.Count);
        Assert.True(Calendar.IsWorkingDay(Date("2011-12-29")));
        Assert.Empty(Calendar.Closures);
    }

    [Fact]
    public void ADayCanBeTakenBackAsAWorkingDay()
    {
        var closed = Calendar.WithClosure(Date("2011-10-04"), "Staff training day");
        var worked = closed.Without(Date("2011-10-04")).Without(Date("2011-08-29")).Without(Date("2011-10-01"));

        Assert.False(closed.IsWorkingDay(Date("2011-10-04")));
        Assert.True(worked.IsWorkingDay(Date("2011-10-04")));
        Assert.True(worked.IsWorkingDay(Date("2011-08-29")));
        Assert.True(worked.IsWorkingDay(Date("2011-10-01")));
        Assert.Null(worked.FindHoliday(Date("2011-08-29")));
        Assert.Empty(worked.HolidaysBetween(Date("2011-08-01"), Date("2011-10-31")));
        Assert.False(Calendar.IsWorkingDay(Date("2011-08-29")));
        Assert.Same(Calendar, Calendar.Without(Date("2011-10-03")));

        var restored = worked.WithClosure(Date("2011-08-29"), "ignored: the bank holiday comes back");
        Assert.Equal("Summer bank holiday", restored.FindHoliday(Date("2011-08-29"))!.Title);
    }

    [Fact]
    public void ClosingADayThatIsNotAWorkingDayThrows()
    {
        var error = Assert.Throws<ArgumentException>(() => Calendar.WithClosure(Date("2011-12-26"), "Shutdown"));

        Assert.Equal("2011-12-26 is already not a working day (a bank holiday, Boxing Day); only a working day can be closed. (Parameter 'date')", error.Message);
        Assert.Throws<ArgumentException>(() => Calendar.WithClosure(Date("2011-10-04"), " "));
    }

    [Fact]
    public void AHolidayAlwaysHasATitle()
    {
        var boxingDay = Calendar.FindHoliday(Date("2011-12-26"))!;

        Assert.Throws<ArgumentException>(() => new Holiday(Date("2011-12-28"), " ", HolidayKind.LocalClosure));
        Assert.Throws<ArgumentException>(() => boxingDay with { Title = string.Empty });
        Assert.Equal("Boxing Day", boxingDay.DisplayName);
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(Arbitraries)])]
    public bool EveryDayReachedByAddingWorkingDaysIsAWorkingDay(CoveredDate start, WorkingDayCount count)
    {
        var reached = Calendar.AddWorkingDays(start.Value, count.Value);
        var counted = count.Value > 0
            ? Calendar.CountWorkingDays(start.Value.PlusDays(1), reached)
            : -Calendar.CountWorkingDays(reached, start.Value.PlusDays(-1));
        return Calendar.IsWorkingDay(reached) && counted == count.Value;
    }

    private static Holiday Single(int year, Func<Holiday, bool> predicate) =>
        Assert.Single(WorkingDayCalendar.EnglandAndWales.HolidaysBetween(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)), h => predicate(h));

    private static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).Value;

    /// <summary>A date well inside the calendar's years.</summary>
    public sealed record CoveredDate(LocalDate Value);

    /// <summary>A non-zero number of working days, -60 to 60.</summary>
    public sealed record WorkingDayCount(int Value);

    public static class Arbitraries
    {
        public static Arbitrary<CoveredDate> CoveredDates() =>
            Gen.Choose(0, Period.Between(new LocalDate(1996, 1, 1), new LocalDate(2098, 12, 31), PeriodUnits.Days).Days)
                .Select(days => new CoveredDate(new LocalDate(1996, 1, 1).PlusDays(days)))
                .ToArbitrary();

        public static Arbitrary<WorkingDayCount> WorkingDayCounts() =>
            Gen.Choose(-60, 60).Where(n => n != 0).Select(n => new WorkingDayCount(n)).ToArbitrary();
    }
}
