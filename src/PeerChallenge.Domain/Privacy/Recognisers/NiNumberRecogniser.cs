using static PeerChallenge.Domain.Privacy.TextScan;

namespace PeerChallenge.Domain.Privacy.Recognisers;

/// <summary>
/// National Insurance numbers: two prefix letters, six digits and a suffix letter A to D, with or without spaces
/// (<c>AB 12 34 56 C</c>, <c>AB 123 456 C</c>, <c>AB123456C</c>), upper or lower case. HMRC's prefix rules apply: the first letter is not
/// D, F, I, Q, U or V; the second is not D, F, I, O, Q, U or V; BG, GB, KN, NK, NT, TN and ZZ are not allocated.
/// A number written without its suffix is found with a lower confidence.
/// </summary>
internal sealed class NiNumberRecogniser : IRecogniser
{
    internal static readonly NiNumberRecogniser Instance = new();

    public PersonalDataKind Kind => PersonalDataKind.NiNumber;

    public bool TryRecognise(ReadOnlySpan<char> text, int position, out PersonalDataHit hit)
    {
        hit = default;
        if (position + 8 > text.Length || !StartsWord(text, position))
        {
            return false;
        }

        var first = ToUpper(text[position]);
        var second = ToUpper(text[position + 1]);
        if (!IsAsciiLetter(text[position]) || !IsAsciiLetter(text[position + 1]) || !IsValidPrefix(first, second))
        {
            return false;
        }

        var lower = IsLower(text[position]);
        if (IsLower(text[position + 1]) != lower)
        {
            return false;
        }

        var i = position + 2;
        var digitCount = 0;
        while (digitCount < 6)
        {
            if (i < text.Length && text[i] == ' ' && (digitCount == 0 || IsDigit(text[i - 1])) && i + 1 < text.Length && IsDigit(text[i + 1]))
            {
                i++;
            }

            if (i >= text.Length || !IsDigit(text[i]))
            {
                return false;
            }

            digitCount++;
            i++;
        }

        var end = i;
        var confidence = 0.6;
        var suffixAt = i < text.Length && text[i] == ' ' ? i + 1 : i;
        if (suffixAt < text.Length && ToUpper(text[suffixAt]) is >= 'A' and <= 'D' && IsLower(text[suffixAt]) == lower && EndsWord(text, suffixAt + 1))
        {
            end = suffixAt + 1;
            confidence = 0.95;
        }
        else if (!EndsWord(text, end) || (suffixAt < text.Length && IsAsciiLetter(text[suffixAt]) && EndsWord(text, suffixAt + 1)))
        {
            // A single letter after the digits that is not A to D is a wrong suffix, not a missing one.
            return false;
        }

        hit = new PersonalDataHit(Kind, position, end - position, confidence);
        return true;
    }

    /// <summary>HMRC's rules for the two prefix letters.</summary>
    internal static bool IsValidPrefix(char first, char second)
    {
        if (first is 'D' or 'F' or 'I' or 'Q' or 'U' or 'V' || second is 'D' or 'F' or 'I' or 'O' or 'Q' or 'U' or 'V')
        {
            return false;
        }

        return (first, second) switch
        {
            ('B', 'G') or ('G', 'B') or ('K', 'N') or ('N', 'K') or ('N', 'T') or ('T', 'N') or ('Z', 'Z') => false,
            _ => true,
        };
    }
}
