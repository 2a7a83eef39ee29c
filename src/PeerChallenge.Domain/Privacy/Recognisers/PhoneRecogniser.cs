using static PeerChallenge.Domain.Privacy.TextScan;

namespace PeerChallenge.Domain.Privacy.Recognisers;

/// <summary>
/// UK telephone numbers: a national number of 10 or 11 digits starting 01, 02, 03, 07 or 08, written with spaces,
/// dashes or the area code in brackets (<c>(0114) 273 4567</c>), or the international form <c>+44</c> / <c>0044</c>
/// with an optional <c>(0)</c>. Digit groups are never split: a number followed by another group that would make
/// it too long ends at the last group that gives a valid length.
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
                return false;
            }

            international = true;
            i += 3;
        }
        else if (text[i..].StartsWith("0044"))
        {
            international = true;
            i += 4;
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
