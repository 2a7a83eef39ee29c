using NodaTime;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Timeline;

/// <summary>
/// How far a milestone lies from the milestone it hangs on: a number of whole weeks or of working days,
/// negative for before. The default value is zero working days (the same day).
/// </summary>
/// <remarks>Equality is by value and unit: 1 week and 5 working days are different offsets.</remarks>
public readonly record struct MilestoneOffset
{
    private MilestoneOffset(int value, OffsetUnit unit)
    {
        Value = value;
        Unit = unit;
    }

    /// <summary>Gets the number of units; negative for an offset backwards.</summary>
    public int Value { get; }

    /// <summary>Gets the unit: weeks or working days.</summary>
    public OffsetUnit Unit { get; }

    /// <summary>Makes an offset of <paramref name="weeks"/> whole weeks.</summary>
    /// <param name="weeks">The number of weeks, negative for before; at most 520 either way.</param>
    /// <returns>The offset.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weeks"/> is beyond 520 weeks either way.</exception>
    public static MilestoneOffset Weeks(int weeks) => new(Preconditions.CheckArgumentRange(weeks, nameof(weeks), -520, 520), OffsetUnit.Weeks);

    /// <summary>Makes an offset of <paramref name="days"/> working days.</summary>
    /// <param name="days">The number of working days, negative for before; at most 2,600 either way.</param>
    /// <returns>The offset.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is beyond 2,600 working days either way.</exception>
    public static MilestoneOffset WorkingDays(int days) => new(Preconditions.CheckArgumentRange(days, nameof(days), -2600, 2600), OffsetUnit.WorkingDays);

    /// <summary>Applies the offset to <paramref name="anchor"/>.</summary>
    /// <param name="anchor">The date of the milestone this one hangs on.</param>
    /// <param name="calendar">The working-day calendar, used for working-day offsets.</param>
    /// <returns>The date reached, before any <see cref="WorkingDayAdjustment"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A working-day offset leaves the years the calendar covers.</exception>
    public LocalDate ApplyTo(LocalDate anchor, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return Unit == OffsetUnit.Weeks ? anchor.PlusWeeks(Value) : calendar.AddWorkingDays(anchor, Value);
    }

    /// <summary>Returns the offset as text, for example <c>-8 weeks</c> or <c>+10 working days</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var sign = Value < 0 ? "-" : "+";
        var size = Math.Abs(Value).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var unit = (Unit, Math.Abs(Value)) switch
        {
            (OffsetUnit.Weeks, 1) => "week",
            (OffsetUnit.Weeks, _) => "weeks",
            (_, 1) => "working day",
            _ => "working days",
        };
        return $"{sign}{size} {unit}";
    }
}
