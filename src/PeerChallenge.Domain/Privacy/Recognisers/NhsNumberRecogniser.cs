using static PeerChallenge.Domain.Privacy.TextScan;

namespace PeerChallenge.Domain.Privacy.Recognisers;

/// <summary>
/// NHS numbers: ten digits written together (<c>9434765919</c>) or as 3-3-4 with spaces or dashes
/// (<c>943 476 5919</c>, <c>943-476-5919</c>), whose tenth digit is the modulus 11 check digit of the first nine.
/// </summary>
internal sealed class NhsNumberRecogniser : IRecogniser
{
    internal static readonly NhsNumberRecogniser Instance = new();

    public PersonalDataKind Kind => PersonalDataKind.NhsNumber;

    public bool TryRecognise(ReadOnlySpan<char> text, int position, out PersonalDataHit hit)
    {
        hit = default;
        if (!IsDigit(text[position]) || !StartsWord(text, position))
        {
            return false;
        }

        Span<int> digits = stackalloc int[10];
        var firstGroupEnd = DigitsEnd(text, position);
        int end;
        if (firstGroupEnd - position == 10)
        {
            for (var k = 0; k < 10; k++)
            {
                digits[k] = text[position + k] - '0';
            }

            end = firstGroupEnd;
        }
        else if (firstGroupEnd - position == 3 && firstGroupEnd < text.Length)
        {
            var separator = text[firstGroupEnd];
            if (separator is not (' ' or '-'))
            {
                return false;
            }

            var second = firstGroupEnd + 1;
            var secondEnd = DigitsEnd(text, second);
            if (secondEnd - second != 3 || secondEnd >= text.Length || text[secondEnd] != separator)
            {
                return false;
            }

            var third = secondEnd + 1;
            end = DigitsEnd(text, third);
            if (end - third != 4)
            {
                return false;
            }

            var k = 0;
            for (var j = position; j < end; j++)
            {
                if (IsDigit(text[j]))
                {
                    digits[k++] = text[j] - '0';
                }
            }
        }
        else
        {
            return false;
        }

        if (!EndsWord(text, end) || !HasValidCheckDigit(digits))
        {
            return false;
        }

        hit = new PersonalDataHit(Kind, position, end - position, 0.95);
        return true;
    }

    /// <summary>The NHS modulus 11 check: weights 10 down to 2 on the first nine digits; 11 minus the remainder (11 is 0, 10 is invalid) must equal the tenth digit.</summary>
    internal static bool HasValidCheckDigit(ReadOnlySpan<int> digits)
    {
        var sum = 0;
        for (var k = 0; k < 9; k++)
        {
            sum += digits[k] * (10 - k);
        }

        var check = 11 - (sum % 11);
        if (check == 11)
        {
            check = 0;
        }

        return check != 10 && check == digits[9];
    }
}
