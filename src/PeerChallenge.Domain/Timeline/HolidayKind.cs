namespace PeerChallenge.Domain.Timeline;

/// <summary>Why a weekday is not a working day in a <see cref="WorkingDayCalendar"/>.</summary>
public enum HolidayKind
{
    /// <summary>An England and Wales bank holiday, by rule or by proclamation, as GOV.UK lists it.</summary>
    BankHoliday = 0,

    /// <summary>A closure day the user added, for example a council's Christmas shutdown.</summary>
    LocalClosure = 1,
}
