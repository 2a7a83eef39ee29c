using static PeerChallenge.Domain.Privacy.TextScan;

namespace PeerChallenge.Domain.Privacy.Recognisers;

/// <summary>
/// Full UK postcodes in the six Royal Mail formats (A9 9AA, A99 9AA, AA9 9AA, AA99 9AA, A9A 9AA, AA9A 9AA) and
/// GIR 0AA, with one space or none, all upper or all lower case. The letter rules are checked: the area's first
/// letter is not Q, V or X, its second not I, J or Z; a letter after the district digit is one of ABCDEFGHJKPSTUW
/// (A9A) or ABEHMNPRVWXY (AA9A); the inward letters are not C, I, K, M, O or V. An outward code on its own
/// (<c>S60</c>) is not a postcode here.
/// </summary>
internal sealed class PostcodeRecogniser : IRecogniser
{
    internal static readonly PostcodeRecogniser Instance = new();

    public PersonalDataKind Kind => PersonalDataKind.Postcode;

    public bool TryRecognise(ReadOnlySpan<char> text, int position, out PersonalDataHit hit)
    {
        hit = default;
        if (!IsAsciiLetter(text[position]) || !StartsWord(text, position))
        {
            return false;
        }

        var lower = IsLower(text[position]);

        // Outward codes of 4, 3 and 2 characters, longest first, each followed by a valid inward code.
        for (var outward = 4; outward >= 2; outward--)
        {
            if (position + outward + 3 > text.Length || !IsValidOutward(text.Slice(position, outward), lower))
            {
                continue;
            }

            var inward = position + outward;
            if (text[inward] == ' ')
            {
                inward++;
            }

            if (inward + 3 <= text.Length && IsValidInward(text.Slice(inward, 3), lower) && EndsWord(text, inward + 3))
            {
                hit = new PersonalDataHit(Kind, position, inward + 3 - position, 0.95);
                return true;
            }
        }

        return false;
    }

    private static bool SameCase(char c, bool lower) => lower ? IsLower(c) : IsUpper(c);

    private static bool IsValidOutward(ReadOnlySpan<char> o, bool lower)
    {
        if (o.SequenceEqual(lower ? "gir" : "GIR"))
        {
            return true;
        }

        if (!SameCase(o[0], lower) || ToUpper(o[0]) is 'Q' or 'V' or 'X')
        {
            return false;
        }

        var i = 1;
        if (IsAsciiLetter(o[1]))
        {
            if (!SameCase(o[1], lower) || ToUpper(o[1]) is 'I' or 'J' or 'Z')
            {
                return false;
            }

            i = 2;
        }

        if (i >= o.Length || !IsDigit(o[i]))
        {
            return false;
        }

        i++;
        if (i == o.Length)
        {
            return true;
        }

        if (i != o.Length - 1)
        {
            return false;
        }

        var last = o[i];
        if (IsDigit(last))
        {
            return true;
        }

        if (!SameCase(last, lower))
        {
            return false;
        }

        // A9A takes ABCDEFGHJKPSTUW; AA9A takes ABEHMNPRVWXY.
        return i == 2
            ? "ABCDEFGHJKPSTUW".Contains(ToUpper(last))
            : "ABEHMNPRVWXY".Contains(ToUpper(last));
    }

    private static bool IsValidInward(ReadOnlySpan<char> inward, bool lower) =>
        IsDigit(inward[0])
        && SameCase(inward[1], lower) && SameCase(inward[2], lower)
        && !"CIKMOV".Contains(ToUpper(inward[1])) && !"CIKMOV".Contains(ToUpper(inward[2]));
}
