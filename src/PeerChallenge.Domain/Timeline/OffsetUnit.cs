namespace PeerChallenge.Domain.Timeline;

/// <summary>The unit of a <see cref="MilestoneOffset"/>.</summary>
public enum OffsetUnit
{
    /// <summary>Working days of the <see cref="WorkingDayCalendar"/>: weekends, bank holidays and closures are skipped.</summary>
    WorkingDays = 0,

    /// <summary>Whole weeks of seven calendar days: the same weekday, before or after.</summary>
    Weeks = 1,
}
