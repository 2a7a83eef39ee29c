namespace PeerChallenge.Domain.Provenance;

/// <summary>How precisely a <see cref="PartialDate"/> is known: to the day (the default), the month or the year.</summary>
public enum DatePrecision
{
    /// <summary>Only the year is known, for example <c>2010</c>.</summary>
    Year = 2,

    /// <summary>The year and month are known, for example <c>2010-01</c> (January 2010).</summary>
    Month = 1,

    /// <summary>The day is known, for example <c>2010-01-18</c>.</summary>
    Day = 0,
}
