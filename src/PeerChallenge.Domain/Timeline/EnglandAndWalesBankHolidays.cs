using NodaTime;

namespace PeerChallenge.Domain.Timeline;

/// <summary>
/// The bank holidays of England and Wales, computed by rule (Banking and Financial Dealings Act 1971 and the
/// royal proclamations made under it) with the one-off changes of 1995 to 2023. Titles follow GOV.UK.
/// </summary>
internal static class EnglandAndWalesBankHolidays
{
    private const string NewYearsDay = "New Year’s Day";
    private const string ChristmasDay = "Christmas Day";
    private const string BoxingDay = "Boxing Day";
    private const string EarlyMay = "Early May bank holiday";
    private const string EarlyMayVeDay = "Early May bank holiday (VE day)";
    private const string Spring = "Spring bank holiday";

    /// <summary>Returns the bank holidays of <paramref name="year"/> in date order, every one a weekday.</summary>
    internal static IReadOnlyList<Holiday> ForYear(int year)
    {
        var days = new List<Holiday>(10);
        AddNewYear(days, year);

        var easter = GregorianEaster.Sunday(year);
        days.Add(BankHoliday(easter.PlusDays(-2), "Good Friday"));
        days.Add(BankHoliday(easter.PlusDays(1), "Easter Monday"));

        // Early May: first Monday in May, moved to Monday 8 May 1995 and Friday 8 May 2020 for the 50th and 75th anniversaries of VE day.
        days.Add(year is 1995 or 2020
            ? BankHoliday(new LocalDate(year, 5, 8), EarlyMayVeDay)
            : BankHoliday(FirstMonday(year, 5), EarlyMay));

        // Spring: last Monday in May, moved for the Golden (2002), Diamond (2012) and Platinum (2022) Jubilees.
        days.Add(year switch
        {
            2002 => BankHoliday(new LocalDate(2002, 6, 4), Spring, substitute: true),
            2012 => BankHoliday(new LocalDate(2012, 6, 4), Spring, substitute: true),
            2022 => BankHoliday(new LocalDate(2022, 6, 2), Spring),
            _ => BankHoliday(LastMonday(year, 5), Spring),
        });

        days.Add(BankHoliday(LastMonday(year, 8), "Summer bank holiday"));
        AddChristmas(days, year);
        days.AddRange(Proclaimed(year));
        days.Sort((x, y) => x.Date.CompareTo(y.Date));
        return days;
    }

    private static IEnumerable<Holiday> Proclaimed(int year) => year switch
    {
        1999 => [BankHoliday(new LocalDate(1999, 12, 31), "Millennium celebrations")],
        2002 => [BankHoliday(new LocalDate(2002, 6, 3), "Queen’s Golden Jubilee")],
        2011 => [BankHoliday(new LocalDate(2011, 4, 29), "Royal wedding")],
        2012 => [BankHoliday(new LocalDate(2012, 6, 5), "Queen’s Diamond Jubilee")],
        2022 =>
        [
            BankHoliday(new LocalDate(2022, 6, 3), "Platinum Jubilee bank holiday"),
            BankHoliday(new LocalDate(2022, 9, 19), "Bank Holiday for the State Funeral of Queen Elizabeth II"),
        ],
        2023 => [BankHoliday(new LocalDate(2023, 5, 8), "Bank holiday for the coronation of King Charles III")],
        _ => [],
    };

    private static void AddNewYear(List<Holiday> days, int year)
    {
        var newYear = new LocalDate(year, 1, 1);
        days.Add(newYear.DayOfWeek switch
        {
            IsoDayOfWeek.Saturday => BankHoliday(newYear.PlusDays(2), NewYearsDay, substitute: true),
            IsoDayOfWeek.Sunday => BankHoliday(newYear.PlusDays(1), NewYearsDay, substitute: true),
            _ => BankHoliday(newYear, NewYearsDay),
        });
    }

    private static void AddChristmas(List<Holiday> days, int year)
    {
        var christmas = new LocalDate(year, 12, 25);
        switch (christmas.DayOfWeek)
        {
            case IsoDayOfWeek.Friday:
                // Boxing Day is a Saturday: its substitute is Monday 28th.
                days.Add(BankHoliday(christmas, ChristmasDay));
                days.Add(BankHoliday(christmas.PlusDays(3), BoxingDay, substitute: true));
                break;
            case IsoDayOfWeek.Saturday:
                // Both fall at the weekend: Monday 27th for Christmas Day, Tuesday 28th for Boxing Day.
                days.Add(BankHoliday(christmas.PlusDays(2), ChristmasDay, substitute: true));
                days.Add(BankHoliday(christmas.PlusDays(3), BoxingDay, substitute: true));
                break;
            case IsoDayOfWeek.Sunday:
                // Boxing Day is the Monday itself; Christmas Day's substitute is Tuesday 27th.
                days.Add(BankHoliday(christmas.PlusDays(1), BoxingDay));
                days.Add(BankHoliday(christmas.PlusDays(2), ChristmasDay, substitute: true));
                break;
            default:
                days.Add(BankHoliday(christmas, ChristmasDay));
                days.Add(BankHoliday(christmas.PlusDays(1), BoxingDay));
                break;
        }
    }

    private static LocalDate FirstMonday(int year, int month) =>
        new LocalDate(year, month, 1).With(DateAdjusters.NextOrSame(IsoDayOfWeek.Monday));

    private static LocalDate LastMonday(int year, int month) =>
        new LocalDate(year, month, 1).With(DateAdjusters.EndOfMonth).With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));

    private static Holiday BankHoliday(LocalDate date, string title, bool substitute = false) => new(date, title, HolidayKind.BankHoliday, substitute);
}
