using static PeerChallenge.Domain.Privacy.TextScan;

namespace PeerChallenge.Domain.Privacy.Recognisers;

/// <summary>
/// UK telephone numbers: a national number of 10 or 11 digits starting 01, 02, 03, 07 or 08, written with spaces,
/// dashes or the area code in brackets (<c>(0114) 273 4567</c>), or the international form <c>+44</c> / <c>0044</c>
/// with an optional <c>(0)</c>; and overseas numbers in international form, <c>+</c> or <c>00</c> and a real country
/// calling code (<c>+48 601 234 567</c>, <c>+1 (212) 555-0123</c>, <c>0048 601 234 567</c>, <c>00 92 300 1234567</c>),
/// 8 to 15 digits in all (E.164), the national number as long as its country's numbers are, in groups of two digits
/// or more (one of three or more) joined by spaces and dashes or by dots. Digit groups are never split: a number
/// followed by another group that would make it too long ends at the last group that gives a valid length.
/// Sums and ranges ("+3 to +5") are not numbers.
/// </summary>
internal sealed class PhoneRecogniser : IRecogniser
{
    internal static readonly PhoneRecogniser Instance = new();

    public PersonalDataKind Kind => PersonalDataKind.Phone;

    public bool TryRecognise(ReadOnlySpan<char> text, int position, out PersonalDataHit hit)
    {
        hit = default;
        if (!StartsWord(text, position))
        {
            return false;
        }

        var i = position;
        var international = false;
        var bracketOpen = false;
        if (text[i] == '+')
        {
            if (!text[(i + 1)..].StartsWith("44"))
            {
                return TryOverseas(text, position, i + 1, out hit);
            }

            international = true;
            i += 3;
        }
        else if (text[i..].StartsWith("0044"))
        {
            international = true;
            i += 4;
        }
        else if (text[i..].StartsWith("00") && i + 3 < text.Length)
        {
            // "case-0066255440132169", "ref/0048...": digits joined to a word are part of an identifier, not a dialling code.
            if (i >= 2 && text[i - 1] is '-' or '_' or '/' or '.' && char.IsLetterOrDigit(text[i - 2]))
            {
                return false;
            }

            var code = text[i + 2] == ' ' ? i + 3 : i + 2;
            if (text[code] is >= '1' and <= '9')
            {
                return TryOverseas(text, position, code, out hit);
            }
        }
        else if (text[i] == '(')
        {
            bracketOpen = true;
            i++;
            if (i < text.Length && text[i] == '+')
            {
                if (!text[(i + 1)..].StartsWith("44)"))
                {
                    return false;
                }

                international = true;
                bracketOpen = false;
                i += 4;
            }
        }

        if (international)
        {
            if (i < text.Length && text[i] is ' ' or '-')
            {
                i++;
            }

            if (text[i..].StartsWith("(0)"))
            {
                i += 3;
                if (i < text.Length && text[i] == ' ')
                {
                    i++;
                }
            }
        }

        // Collect digits in groups; remember each group end where the digit count is a valid length.
        Span<char> digits = stackalloc char[12];
        var count = 0;
        var bestEnd = -1;
        var bestCount = 0;
        var minimum = international ? 9 : 10;
        var maximum = international ? 10 : 11;
        while (i < text.Length)
        {
            if (!IsDigit(text[i]))
            {
                return Finish(text, position, bestEnd, digits[..bestCount], international, out hit);
            }

            var groupEnd = DigitsEnd(text, i);
            if (count + groupEnd - i > maximum)
            {
                break;
            }

            text[i..groupEnd].CopyTo(digits[count..]);
            count += groupEnd - i;
            i = groupEnd;
            if (bracketOpen)
            {
                // Only an area code goes in brackets: "(0114) 273 4567". "(07700 900123)" is a number in parentheses,
                // found from its first digit instead.
                if (i >= text.Length || text[i] != ')')
                {
                    return false;
                }

                bracketOpen = false;
                i++;
            }

            if (!bracketOpen && count >= minimum && EndsWord(text, i))
            {
                bestEnd = i;
                bestCount = count;
            }

            // One separator (a space, a dash, or " - ") may come between groups.
            if (i < text.Length && text[i] is ' ' or '-' or '.')
            {
                var separator = text[i];
                var next = i + 1;
                if (separator == ' ' && next + 1 < text.Length && text[next] == '-' && text[next + 1] == ' ')
                {
                    next += 2;
                }

                if (next < text.Length && IsDigit(text[next]) && (separator != '.' || count < minimum))
                {
                    i = next;
                    continue;
                }
            }

            break;
        }

        return Finish(text, position, bestEnd, digits[..bestCount], international, out hit);
    }

    /// <summary>An overseas number from its country code at <paramref name="code"/> (after the <c>+</c> or <c>00</c>).</summary>
    private bool TryOverseas(ReadOnlySpan<char> text, int start, int code, out PersonalDataHit hit)
    {
        hit = default;
        Span<char> digits = stackalloc char[16];
        var count = 0;
        var groups = 0;
        var shortGroups = 0;
        var longGroup = false;
        var codeLength = 0;
        var dots = false;
        var spacesOrDashes = false;
        var bracketUsed = false;
        var bestEnd = -1;
        var i = code;
        if (i >= text.Length || !IsDigit(text[i]))
        {
            return false;
        }

        while (i < text.Length)
        {
            var bracket = false;
            if (text[i] == '(' && codeLength > 0 && !bracketUsed)
            {
                if (text[i..].StartsWith("(0)"))
                {
                    // A trunk prefix in brackets: +353 (0)87 123 4567.
                    i += 3;
                    bracketUsed = true;
                    continue;
                }

                bracket = bracketUsed = true;
                i++;
            }

            var groupEnd = DigitsEnd(text, i);
            if (groupEnd == i || count + groupEnd - i > 15)
            {
                break;
            }

            text[i..groupEnd].CopyTo(digits[count..]);
            var groupStart = count;
            count += groupEnd - i;
            i = groupEnd;
            if (bracket)
            {
                if (i >= text.Length || text[i] != ')')
                {
                    return false;
                }

                i++;
            }

            if (codeLength == 0)
            {
                codeLength = CountryCallingCodes.CodeLength(digits[..count]);
                if (codeLength == 0 || codeLength > count)
                {
                    return false;
                }

                groupStart = codeLength;
            }

            var national = count - groupStart;
            if (national > 0)
            {
                groups++;
                shortGroups += national < 2 && groups > 1 ? 1 : 0;
                longGroup |= national >= 3 || (groups == 1 && national == 1); // +33 6 12 34 56 78
            }

            var (min, max) = CountryCallingCodes.NationalLength(digits[..codeLength]);
            var nationalDigits = count - codeLength;
            if (nationalDigits > max)
            {
                break;
            }

            if (nationalDigits >= min && count is >= 8 and <= 15 && shortGroups == 0 && longGroup && EndsWord(text, i)
                && (i >= text.Length || text[i] != '%'))
            {
                bestEnd = i;
            }

            // One separator between groups: a space, a dash, or a dot; a bracketed area code after a space.
            if (i + 1 < text.Length && text[i] is ' ' or '-' or '.' && (IsDigit(text[i + 1]) || (text[i + 1] == '(' && !bracketUsed)))
            {
                dots |= text[i] == '.';
                spacesOrDashes |= text[i] != '.';
                if (dots && spacesOrDashes)
                {
                    break;
                }

                i++;
                continue;
            }

            break;
        }

        if (bestEnd < 0 || groups > 6)
        {
            return false;
        }

        hit = new PersonalDataHit(Kind, start, bestEnd - start, 0.85);
        return true;
    }

    private bool Finish(ReadOnlySpan<char> text, int start, int end, ReadOnlySpan<char> digits, bool international, out PersonalDataHit hit)
    {
        hit = default;
        if (end < 0)
        {
            return false;
        }

        var valid = international
            ? digits[0] is '1' or '2' or '3' or '7' or '8'
            : digits[0] == '0' && digits[1] is '1' or '2' or '3' or '7' or '8';
        if (!valid || (end < text.Length && text[end] == '%'))
        {
            return false;
        }

        hit = new PersonalDataHit(Kind, start, end - start, international ? 0.95 : 0.9);
        return true;
    }
}
