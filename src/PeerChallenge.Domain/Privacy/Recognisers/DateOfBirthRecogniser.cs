using static PeerChallenge.Domain.Privacy.TextScan;

namespace PeerChallenge.Domain.Privacy.Recognisers;

/// <summary>
/// Dates of birth and ages. A date (<c>12/03/2009</c>, <c>12-03-09</c>, <c>2009-03-12</c>, <c>12 March 2009</c>, <c>12-Mar-2009</c>,
/// <c>12th of March</c>, <c>March 12, 2009</c>, <c>March 2009</c>, and eight digits that make a date: <c>12032009</c>,
/// <c>20090312</c>) counts only when a cue is next to it: "born", "b.", "DOB", "D.O.B", "date of birth", "birth date"
/// or "birthday" at most three words before it (no other number and
/// no sentence break between), or "(DOB)" just after it; a bare year counts right after "born" or "born in". An age
/// counts as "aged 7", "age: 7", "7 years old", "7-year-old" or "18 months old"; an age range ("aged 10-17",
/// "aged 16 and over") describes a group, not a person, and is left alone. A date with no cue, such as the
/// challenge's "3 October 2011", is not personal data and is never touched.
/// </summary>
internal sealed class DateOfBirthRecogniser : IRecogniser
{
    internal static readonly DateOfBirthRecogniser Instance = new();

    private static readonly WordSet Months = new(
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ]);

    private static readonly string[] BackwardCues = ["date of birth", "birth date", "birthdate", "birthday", "d.o.b", "dob", "born", "b."];

    private static readonly string[] ForwardCues = ["dob", "d.o.b", "date of birth", "born"];

    private static readonly string[] AgeUnits = [" years old", " year old", "-year-old", "-years-old", " year-old", " yrs old", " yr old", " months old", " month old", "-month-old", " weeks old", "-week-old", " years of age"];

    private static readonly string[] RangeContinuations = ["-", "–", " to ", " and ", " or ", "+", "/", " - ", " – "];

    public PersonalDataKind Kind => PersonalDataKind.DateOfBirth;

    public bool TryRecognise(ReadOnlySpan<char> text, int position, out PersonalDataHit hit)
    {
        hit = default;
        if (!StartsWord(text, position))
        {
            return false;
        }

        if (IsDigit(text[position]))
        {
            if (TryAge(text, position, out hit))
            {
                return true;
            }

            var end = NumericDateEnd(text, position);
            if (end < 0)
            {
                end = DayFirstDateEnd(text, position);
            }

            if (end < 0)
            {
                end = BareYearAfterBorn(text, position);
            }

            if (end < 0)
            {
                end = CompactDateEnd(text, position);
            }

            if (end > 0 && HasCue(text, position, end))
            {
                hit = new PersonalDataHit(Kind, position, end - position, 0.85);
                return true;
            }

            return false;
        }

        if (IsAsciiLetter(text[position]))
        {
            var end = MonthFirstDateEnd(text, position);
            if (end > 0 && HasCue(text, position, end))
            {
                hit = new PersonalDataHit(Kind, position, end - position, 0.85);
                return true;
            }
        }

        return false;
    }

    private static bool TryAge(ReadOnlySpan<char> text, int position, out PersonalDataHit hit)
    {
        hit = default;
        var numberEnd = DigitsEnd(text, position);
        if (numberEnd - position > 3 || (numberEnd < text.Length && IsLetter(text[numberEnd]) && !text[numberEnd..].StartsWith("yo")))
        {
            return false;
        }

        var rest = text[numberEnd..];

        // Cheap necessary condition first: a unit after the number ("7 years", "7-year", "7yo") or "age(d)" before it.
        var unitFollows = rest.Length > 1 && rest[0] is ' ' or '-' && rest[1] is 'y' or 'Y' or 'm' or 'M' or 'w' or 'W'
            || rest.StartsWith("yo");
        var agedBefore = TryPreviousWord(text, position, ":", out var wordStart, out var wordEnd)
            && (text[wordStart..wordEnd].Equals("aged", StringComparison.OrdinalIgnoreCase) || text[wordStart..wordEnd].Equals("age", StringComparison.OrdinalIgnoreCase));
        if (!unitFollows && !agedBefore)
        {
            return false;
        }

        foreach (var range in RangeContinuations)
        {
            if (rest.StartsWith(range, StringComparison.Ordinal) && rest.Length > range.Length && IsDigit(rest[range.Length]))
            {
                return false;
            }
        }

        if (rest.StartsWith("%") || rest.StartsWith(".") && rest.Length > 1 && IsDigit(rest[1]))
        {
            return false;
        }

        foreach (var suffix in (ReadOnlySpan<string>)[" and over", " and under", " or over", " or under", " or older", " or younger", " and above", " and below", " plus", "+"])
        {
            if (rest.StartsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        // "7 years old", "7-year-old", "18 months old".
        foreach (var unit in AgeUnits)
        {
            if (rest.StartsWith(unit, StringComparison.OrdinalIgnoreCase) && EndsWord(text, numberEnd + unit.Length))
            {
                hit = new PersonalDataHit(PersonalDataKind.DateOfBirth, position, numberEnd + unit.Length - position, 0.7);
                return true;
            }
        }

        if (rest.StartsWith("yo") && EndsWord(text, numberEnd + 2))
        {
            hit = new PersonalDataHit(PersonalDataKind.DateOfBirth, position, numberEnd + 2 - position, 0.6);
            return true;
        }

        // "aged 7", "age 7", "age: 7", optionally followed by "years" or "months".
        if (!agedBefore)
        {
            return false;
        }

        var ageEnd = numberEnd;
        foreach (var unit in (ReadOnlySpan<string>)[" years", " year", " yrs", " months", " month"])
        {
            if (rest.StartsWith(unit, StringComparison.OrdinalIgnoreCase) && EndsWord(text, numberEnd + unit.Length))
            {
                ageEnd = numberEnd + unit.Length;
                break;
            }
        }

        hit = new PersonalDataHit(PersonalDataKind.DateOfBirth, wordStart, ageEnd - wordStart, 0.7);
        return true;
    }

    /// <summary>dd/mm/yy(yy), dd-mm-yy(yy), dd.mm.yy(yy) or yyyy-mm-dd; returns the end index or -1.</summary>
    internal static int NumericDateEnd(ReadOnlySpan<char> text, int position)
    {
        var firstEnd = DigitsEnd(text, position);
        var firstLength = firstEnd - position;
        if (firstEnd >= text.Length || text[firstEnd] is not ('/' or '-' or '.'))
        {
            return -1;
        }

        var separator = text[firstEnd];
        var secondEnd = DigitsEnd(text, firstEnd + 1);
        var secondLength = secondEnd - firstEnd - 1;
        if (secondLength is < 1 or > 2 || secondEnd >= text.Length || text[secondEnd] != separator)
        {
            return -1;
        }

        var thirdEnd = DigitsEnd(text, secondEnd + 1);
        var thirdLength = thirdEnd - secondEnd - 1;
        if (!EndsWord(text, thirdEnd))
        {
            return -1;
        }

        var second = Number(text, firstEnd + 1, secondEnd);
        if (firstLength is 1 or 2 && thirdLength is 2 or 4)
        {
            var day = Number(text, position, firstEnd);
            return day is >= 1 and <= 31 && second is >= 1 and <= 12 ? thirdEnd : -1;
        }

        if (firstLength == 4 && thirdLength is 1 or 2)
        {
            var day = Number(text, secondEnd + 1, thirdEnd);
            return day is >= 1 and <= 31 && second is >= 1 and <= 12 ? thirdEnd : -1;
        }

        return -1;
    }

    /// <summary>"12 March 2009", "12th of March, 2009", "12 Mar 09", "12 March"; returns the end index or -1.</summary>
    internal static int DayFirstDateEnd(ReadOnlySpan<char> text, int position)
    {
        var i = DigitsEnd(text, position);
        if (i - position > 2 || Number(text, position, i) is < 1 or > 31)
        {
            return -1;
        }

        i = SkipOrdinal(text, i);
        if (i >= text.Length || text[i] is not (' ' or '-' or '/' or '.'))
        {
            return -1;
        }

        var separator = text[i];
        i++;
        if (text[i..].StartsWith("of ", StringComparison.OrdinalIgnoreCase))
        {
            i += 3;
        }

        var monthEnd = LettersEnd(text, i);
        if (!Months.Contains(text[i..monthEnd]))
        {
            return -1;
        }

        i = monthEnd;
        if (separator != ' ')
        {
            // "1-Feb-2010", "01/Feb/10", "1.Feb.2010": the same separator before the year, or none.
            if (i + 1 < text.Length && text[i] == separator && IsDigit(text[i + 1]))
            {
                var end = DigitsEnd(text, i + 1);
                return end - i - 1 is 2 or 4 && EndsWord(text, end) ? end : -1;
            }

            return EndsWord(text, i) ? i : -1;
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
        }

        return YearAfter(text, i, allowTwoDigits: true, out var yearEnd) ? yearEnd : i;
    }

    /// <summary>"March 12, 2009", "March 12th", "March 2009"; returns the end index or -1.</summary>
    internal static int MonthFirstDateEnd(ReadOnlySpan<char> text, int position)
    {
        var monthEnd = LettersEnd(text, position);
        if (!Months.Contains(text[position..monthEnd]))
        {
            return -1;
        }

        var i = monthEnd;
        if (i < text.Length && text[i] == '.')
        {
            i++;
        }

        if (YearAfter(text, i, allowTwoDigits: false, out var yearEnd))
        {
            return yearEnd;
        }

        if (i + 1 >= text.Length || text[i] != ' ' || !IsDigit(text[i + 1]))
        {
            return -1;
        }

        var dayEnd = DigitsEnd(text, i + 1);
        if (dayEnd - i - 1 > 2 || Number(text, i + 1, dayEnd) is < 1 or > 31)
        {
            return -1;
        }

        i = SkipOrdinal(text, dayEnd);
        if (!EndsWord(text, i))
        {
            return -1;
        }

        return YearAfter(text, i, allowTwoDigits: false, out yearEnd) ? yearEnd : i;
    }

    /// <summary>
    /// Eight digits that make a real date, day first (<c>12032009</c>) or year first (<c>20090312</c>), years 1900 to
    /// 2099: the end, or -1. Counted only with a cue, like every date.
    /// </summary>
    private static int CompactDateEnd(ReadOnlySpan<char> text, int position)
    {
        var end = DigitsEnd(text, position);
        if (end - position != 8 || !EndsWord(text, end))
        {
            return -1;
        }

        var digits = text.Slice(position, 8);
        return IsDate(Number(digits, 4, 8), Number(digits, 2, 4), Number(digits, 0, 2))
            || IsDate(Number(digits, 0, 4), Number(digits, 4, 6), Number(digits, 6, 8))
            ? end
            : -1;

        static bool IsDate(int year, int month, int day) =>
            year is >= 1900 and <= 2099 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    private static int BareYearAfterBorn(ReadOnlySpan<char> text, int position)
    {
        var end = DigitsEnd(text, position);
        if (end - position != 4 || !EndsWord(text, end) || text[position] is not ('1' or '2') || (end < text.Length && text[end] == '/'))
        {
            return -1;
        }

        if (!TryPreviousWord(text, position, string.Empty, out var s, out var e))
        {
            return -1;
        }

        if (text[s..e].Equals("in", StringComparison.OrdinalIgnoreCase) && TryPreviousWord(text, s, string.Empty, out var s2, out var e2))
        {
            (s, e) = (s2, e2);
        }

        return text[s..e].Equals("born", StringComparison.OrdinalIgnoreCase) ? end : -1;
    }

    private static bool YearAfter(ReadOnlySpan<char> text, int i, bool allowTwoDigits, out int end)
    {
        end = -1;
        if (i < text.Length && text[i] == ',')
        {
            i++;
        }

        if (i + 1 >= text.Length || text[i] != ' ' || !IsDigit(text[i + 1]))
        {
            return false;
        }

        var yearEnd = DigitsEnd(text, i + 1);
        var length = yearEnd - i - 1;
        if ((length == 4 || (allowTwoDigits && length == 2)) && EndsWord(text, yearEnd) && !(yearEnd < text.Length && text[yearEnd] == '/'))
        {
            end = yearEnd;
            return true;
        }

        return false;
    }

    private static int SkipOrdinal(ReadOnlySpan<char> text, int i)
    {
        if (i + 2 <= text.Length)
        {
            var suffix = text.Slice(i, 2);
            if (suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
                || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase))
            {
                return i + 2;
            }
        }

        return i;
    }

    private static int Number(ReadOnlySpan<char> text, int start, int end)
    {
        var value = 0;
        for (var i = start; i < end && i < start + 6; i++)
        {
            value = (value * 10) + (text[i] - '0');
        }

        return value;
    }

    /// <summary>True when a date-of-birth cue is just before the date (at most three words, no number or sentence break between) or just after it.</summary>
    private static bool HasCue(ReadOnlySpan<char> text, int start, int end)
    {
        var windowStart = Math.Max(0, start - 48);
        var window = text[windowStart..start];
        var lineBreak = window.LastIndexOfAny('\n', '\r');
        if (lineBreak >= 0)
        {
            window = window[(lineBreak + 1)..];
        }

        foreach (var cue in BackwardCues)
        {
            var at = window.LastIndexOf(cue, StringComparison.OrdinalIgnoreCase);
            if (cue == "b.")
            {
                // The abbreviation only right before the date and inside a sentence ("Kayden (b. 12/03/2009)", "her
                // son, b. 4 May 2010"), never as a list letter at the start of a line ("b. 12 March: meeting").
                if (at > 0 && window[at - 1] is '(' or ' ' or ',' && window[(at + cue.Length)..].Trim().Length == 0 && window[..at].Trim().Length > 0)
                {
                    return true;
                }

                continue;
            }

            if (at >= 0 && (at == 0 || !IsLetter(window[at - 1])) && IsShortGap(window[(at + cue.Length)..]))
            {
                return true;
            }
        }

        // "12/03/2009 (DOB)", "12/03/2009 - date of birth".
        var after = end;
        while (after < text.Length && after < end + 3 && text[after] is ' ' or '(' or ',' or '-' or '[')
        {
            after++;
        }

        if (after == end)
        {
            return false;
        }

        var rest = text[after..];
        foreach (var cue in ForwardCues)
        {
            if (rest.StartsWith(cue, StringComparison.OrdinalIgnoreCase) && (rest.Length == cue.Length || !IsLetter(rest[cue.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsShortGap(ReadOnlySpan<char> gap)
    {
        // Allow the rest of the cue ("." of "d.o.b.", "s" of "birthdays" is not a cue), ":", ",", "-", "(" and up to three words.
        var words = 0;
        var inWord = false;
        for (var k = 0; k < gap.Length; k++)
        {
            var c = gap[k];
            if (IsLetter(c))
            {
                if (!inWord)
                {
                    if (k == 0)
                    {
                        return false;
                    }

                    words++;
                    inWord = true;
                }

                continue;
            }

            inWord = false;
            if (IsDigit(c) || c is ';' or '!' or '?' || (c == '.' && k > 1))
            {
                return false;
            }
        }

        return words <= 3;
    }
}
