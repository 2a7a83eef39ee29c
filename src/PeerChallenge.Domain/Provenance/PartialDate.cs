using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace PeerChallenge.Domain.Provenance;

/// <summary>
/// A date known to the day, the month or the year, possibly only approximately: what a published source says of when
/// something happened ("18 January 2010", "January 2010", "2010", "c.2012"). Written in JSON as the ISO 8601-2 (EDTF
/// level 1) forms <c>2010-01-18</c>, <c>2010-01</c>, <c>2010</c> and <c>2012~</c> (approximately 2012); a day is
/// written exactly as a <see cref="LocalDate"/> is, so every date of a record written before vague dates reads the same.
/// </summary>
/// <remarks>
/// A partial date stands for the span of days it may be: <see cref="Earliest"/> to <see cref="Latest"/>. Rules that
/// need a day use <see cref="TryGetDay"/>; rules that compare dates use <see cref="IsCertainlyBefore"/>, which says
/// "not certain" rather than guess. An approximate date has no certain span: it is never certainly before or after
/// anything. Equality is by value: <c>2010</c> and <c>2010-01</c> differ. The <c>default</c> value is the day 1 January
/// of year 1 in the ISO calendar.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.PartialDateJsonConverter))]
public readonly record struct PartialDate
{
    private PartialDate(LocalDate earliest, DatePrecision precision, bool approximate)
    {
        Earliest = earliest;
        Precision = precision;
        IsApproximate = approximate;
    }

    /// <summary>Gets how precisely the date is known.</summary>
    public DatePrecision Precision { get; }

    /// <summary>Gets a value indicating whether the date is only approximate ("c.2012"; <c>~</c> in JSON).</summary>
    public bool IsApproximate { get; }

    /// <summary>Gets the year.</summary>
    public int Year => Earliest.Year;

    /// <summary>Gets the month (1 to 12), or null when only the year is known.</summary>
    public int? Month => Precision == DatePrecision.Year ? null : Earliest.Month;

    /// <summary>Gets the day of the month, or null when only the month or year is known.</summary>
    public int? Day => Precision == DatePrecision.Day ? Earliest.Day : null;

    /// <summary>Gets the first day the date may be: the day itself, the first of the month, or 1 January.</summary>
    public LocalDate Earliest { get; }

    /// <summary>Gets the last day the date may be: the day itself, the last of the month, or 31 December.</summary>
    public LocalDate Latest => Precision switch
    {
        DatePrecision.Year => new LocalDate(Year, 12, 31),
        DatePrecision.Month => Earliest.With(DateAdjusters.EndOfMonth),
        _ => Earliest,
    };

    /// <summary>Gets a value indicating whether the date is one known day (day precision and not approximate).</summary>
    public bool IsExactDay => Precision == DatePrecision.Day && !IsApproximate;

    /// <summary>Makes the date of one day.</summary>
    /// <param name="day">The day, in the ISO calendar.</param>
    /// <returns>The date, with day precision.</returns>
    /// <exception cref="ArgumentException"><paramref name="day"/> is not in the ISO calendar.</exception>
    /// <remarks>Any day of the ISO calendar is accepted, as a <see cref="LocalDate"/> in a record always was; months and years are 1 to 9999.</remarks>
    public static PartialDate OfDay(LocalDate day)
    {
        if (day.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"A partial date is in the ISO calendar; this day is in the {day.Calendar.Name} calendar.", nameof(day));
        }

        return new PartialDate(day, DatePrecision.Day, false);
    }

    /// <summary>Makes the date of a month, for example January 2010.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The date, with month precision.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or the month is out of range.</exception>
    public static PartialDate OfMonth(int year, int month)
    {
        CheckYear(year, nameof(year));
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "The month must be 1 to 12.");
        }

        return new PartialDate(new LocalDate(year, month, 1), DatePrecision.Month, false);
    }

    /// <summary>Makes the date of a year, for example 2010.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <returns>The date, with year precision.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static PartialDate OfYear(int year)
    {
        CheckYear(year, nameof(year));
        return new PartialDate(new LocalDate(year, 1, 1), DatePrecision.Year, false);
    }

    /// <summary>Returns the same date marked approximate ("c.2012").</summary>
    /// <returns>The approximate date.</returns>
    public PartialDate Approximately() => new(Earliest, Precision, true);

    /// <summary>A day is a partial date of day precision.</summary>
    /// <param name="day">The day, in the ISO calendar.</param>
    /// <exception cref="ArgumentException"><paramref name="day"/> is not in the ISO calendar.</exception>
    public static implicit operator PartialDate(LocalDate day) => OfDay(day);

    /// <summary>Gets the day when the date is one known day.</summary>
    /// <param name="day">The day, or default.</param>
    /// <returns>True when <see cref="IsExactDay"/>.</returns>
    public bool TryGetDay(out LocalDate day)
    {
        day = IsExactDay ? Earliest : default;
        return IsExactDay;
    }

    /// <summary>
    /// Tells whether this date is certainly before <paramref name="other"/>: every day it may be is before every day the
    /// other may be. False when that is not certain (the spans overlap, or either date is approximate).
    /// </summary>
    /// <param name="other">The other date.</param>
    /// <returns>True when certainly before.</returns>
    public bool IsCertainlyBefore(PartialDate other) => !IsApproximate && !other.IsApproximate && Latest < other.Earliest;

    /// <summary>Tells whether this date is certainly on or before <paramref name="other"/> (no day it may be is after any day the other may be).</summary>
    /// <param name="other">The other date.</param>
    /// <returns>True when certainly on or before; false when not certain.</returns>
    public bool IsCertainlyOnOrBefore(PartialDate other) => !IsApproximate && !other.IsApproximate && Latest <= other.Earliest;

    /// <summary>Parses <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>, each optionally followed by <c>~</c> (approximate).</summary>
    /// <param name="text">The text, for example <c>2010-01</c>.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not in one of those forms or is not a calendar date.</exception>
    public static PartialDate Parse(string text) =>
        TryParse(text ?? throw new ArgumentNullException(nameof(text)), out var date) ? date : throw new FormatException(FormDescription);

    /// <summary>Tries to parse <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>, each optionally followed by <c>~</c>.</summary>
    /// <param name="text">The text; null gives false.</param>
    /// <param name="date">The date, or default.</param>
    /// <returns>True when parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out PartialDate date)
    {
        date = default;
        if (text is null)
        {
            return false;
        }

        var span = text.AsSpan();
        var approximate = span.EndsWith("~");
        if (approximate)
        {
            span = span[..^1];
        }

        if (span.Length is not (4 or 7))
        {
            // A day: exactly the ISO form a LocalDate of a record has always been read with (negative years included).
            var parsed = span.Length >= 10 ? LocalDatePattern.Iso.Parse(span.ToString()) : null;
            if (parsed is not { Success: true })
            {
                return false;
            }

            date = new PartialDate(parsed.Value, DatePrecision.Day, approximate);
            return true;
        }

        if (!Digits(span[..4], out var year) || year == 0)
        {
            return false;
        }

        if (span.Length == 4)
        {
            date = new PartialDate(new LocalDate(year, 1, 1), DatePrecision.Year, approximate);
            return true;
        }

        if (span[4] != '-' || !Digits(span[5..7], out var month) || month is < 1 or > 12)
        {
            return false;
        }

        date = new PartialDate(new LocalDate(year, month, 1), DatePrecision.Month, approximate);
        return true;
    }

    /// <summary>Formats the date as JSON writes it: <c>2010-01-18</c>, <c>2010-01</c>, <c>2010</c>, with <c>~</c> when approximate.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = Precision switch
        {
            DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
            DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Earliest.Month:D2}"),
            _ => LocalDatePattern.Iso.Format(Earliest),
        };
        return IsApproximate ? text + "~" : text;
    }

    /// <summary>Formats the date for a council officer: <c>18 January 2010</c>, <c>January 2010</c>, <c>2010</c>, with <c>c.</c> when approximate.</summary>
    /// <returns>The text, in English.</returns>
    public string ToDisplayString()
    {
        // The invariant culture's month names are English, and it is there in every process: a named culture such as
        // en-GB is not where globalization is invariant (the peer-challenge tool and native AOT apps).
        var english = CultureInfo.InvariantCulture;
        var text = Precision switch
        {
            DatePrecision.Year => Year.ToString(CultureInfo.InvariantCulture),
            DatePrecision.Month => Earliest.ToString("MMMM yyyy", english),
            _ => Earliest.ToString("d MMMM yyyy", english),
        };
        return IsApproximate ? "c. " + text : text;
    }

    /// <summary>The forms a partial date takes, for messages.</summary>
    internal const string FormDescription = "The value is not a date in yyyy-MM-dd, yyyy-MM or yyyy form (optionally followed by ~ for approximately), for example 2010-01-18, 2010-01, 2010 or 2012~.";

    private static bool Digits(ReadOnlySpan<char> span, out int value)
    {
        value = 0;
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static void CheckYear(int year, string parameter)
    {
        if (year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(parameter, year, "The year must be 1 to 9999.");
        }
    }
}
