namespace PeerChallenge.Domain.Timeline;

/// <summary>What a milestone does when its offset lands on a day that is not a working day.</summary>
public enum WorkingDayAdjustment
{
    /// <summary>Keep the day as it is. Used for the start of the lead-in, a period of whole weeks.</summary>
    None = 0,

    /// <summary>Move to the next working day: for things due after the visit (the report, the action plan).</summary>
    NextWorkingDay = 1,

    /// <summary>Move to the working day before: for deadlines in the lead-in, so the team has what it needs in time.</summary>
    PreviousWorkingDay = 2,
}
