using static PeerChallenge.Domain.Privacy.TextScan;

namespace PeerChallenge.Domain.Privacy.Recognisers;

/// <summary>
/// Full UK postcodes in the six Royal Mail formats (A9 9AA, A99 9AA, AA9 9AA, AA99 9AA, A9A 9AA, AA9A 9AA) and
/// GIR 0AA, with one or two spaces or none, all upper or all lower case; in mixed case (<c>S60 2Tq</c>, <c>Dn5 8ab</c>)
/// only with a space and never with an inward code that reads as an ordinal (<c>Y6 2nd</c>), at a lower confidence. The letter rules are checked: the area's first
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

        // Written in one case (S1 2HH, s1 2hh), with or without the space; in mixed case (S1 2hh, Dn5 8Ab) only with a
        // space, and never with an inward code that reads as an ordinal (Y6 2nd, KS2 3rd).
        return TryAt(text, position, IsLower(text[position]) ? Case.Lower : Case.Upper, out hit)
            || TryAt(text, position, Case.Any, out hit);
    }

    private bool TryAt(ReadOnlySpan<char> text, int position, Case letters, out PersonalDataHit hit)
    {
        hit = default;

        // Outward codes of 4, 3 and 2 characters, longest first, each followed by a valid inward code.
        for (var outward = 4; outward >= 2; outward--)
        {
            if (position + outward + 3 > text.Length || !IsValidOutward(text.Slice(position, outward), letters))
            {
                continue;
            }

            var inward = position + outward;
            var spaces = 0;
            while (spaces < 2 && inward < text.Length && text[inward] is ' ' or '\t')
            {
                inward++;
                spaces++;
            }

            if (letters == Case.Any && spaces == 0)
            {
                continue;
            }

            if (inward + 3 <= text.Length && IsValidInward(text.Slice(inward, 3), letters) && EndsWord(text, inward + 3)
                && !(letters == Case.Any && IsOrdinal(text.Slice(inward, 3))))
            {
                hit = new PersonalDataHit(Kind, position, inward + 3 - position, letters == Case.Any ? 0.85 : 0.95);
                return true;
            }
        }

        return false;
    }

    /// <summary>How the letters of a postcode may be written.</summary>
    private enum Case
    {
        Upper,
        Lower,
        Any,
    }

    /// <summary>1st, 2nd, 3rd, 4th to 9th and 0th, in lower case: an inward code's shape, but a word.</summary>
    private static bool IsOrdinal(ReadOnlySpan<char> inward) => (inward[0], inward[1], inward[2]) switch
    {
        ('1', 's', 't') or ('2', 'n', 'd') or ('3', 'r', 'd') => true,
        (_, 't', 'h') => inward[0] is not ('1' or '2' or '3'),
        _ => false,
    };

    private static bool SameCase(char c, Case letters) => letters switch
    {
        Case.Lower => IsLower(c),
        Case.Upper => IsUpper(c),
        _ => IsAsciiLetter(c),
    };

    private static bool IsValidOutward(ReadOnlySpan<char> o, Case lower)
    {
        if (o.Equals("GIR", lower == Case.Upper ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase) && (lower != Case.Lower || o.SequenceEqual("gir")))
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

    private static bool IsValidInward(ReadOnlySpan<char> inward, Case lower) =>
        IsDigit(inward[0])
        && SameCase(inward[1], lower) && SameCase(inward[2], lower)
        && !"CIKMOV".Contains(ToUpper(inward[1])) && !"CIKMOV".Contains(ToUpper(inward[2]));
}
