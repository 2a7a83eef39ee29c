using static PeerChallenge.Domain.Privacy.TextScan;

namespace PeerChallenge.Domain.Privacy.Recognisers;

/// <summary>
/// NHS numbers: ten digits written together (<c>9434765919</c>) or in the groups people use (3-3-4, 3-3-2-2, 4-3-3,
/// 3-4-3, 5-5) with one separator throughout (a space or two, <c>-</c>, <c>.</c>, <c>/</c>, an en dash, or one of those
/// between spaces: <c>943 476 5919</c>, <c>943-476-59-19</c>, <c>9434.765.919</c>, <c>943 - 476 - 5919</c>), whose
/// tenth digit is the modulus 11 check digit of the first nine.
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

        // Most runs of digits in notes are years, dates and counts: only a first group of 3, 4, 5 or 10 digits, followed
        // by a separator and a digit unless it is all ten, is read further.
        var first = DigitsEnd(text, position) - position;
        if (first is not (3 or 4 or 5 or 10))
        {
            return false;
        }

        if (first != 10)
        {
            var separator = GroupedIdentifier.SeparatorAt(text, position + first);
            if (separator == 0 || position + first + separator >= text.Length || !IsDigit(text[position + first + separator]))
            {
                return false;
            }
        }

        Span<char> chars = stackalloc char[10];
        Span<int> groups = stackalloc int[GroupedIdentifier.MaxGroups];
        var read = GroupedIdentifier.Read(text, position, chars, groups);
        if (read.Length != 10 || read.ContinuesIn(text) || !IsNhsGrouping(read))
        {
            return false;
        }

        Span<int> digits = stackalloc int[10];
        for (var k = 0; k < 10; k++)
        {
            if (!IsDigit(chars[k]))
            {
                return false;
            }

            digits[k] = chars[k] - '0';
        }

        if (!HasValidCheckDigit(digits))
        {
            return false;
        }

        hit = new PersonalDataHit(Kind, position, read.End - position, 0.95);
        return true;
    }

    /// <summary>The groupings NHS numbers are written in: 10, 3-3-4, 3-3-2-2, 4-3-3, 3-4-3 and 5-5. Other groupings of ten digits (a list of small numbers) are not NHS numbers.</summary>
    private static bool IsNhsGrouping(GroupedIdentifier read) => read.GroupCount switch
    {
        1 => true,
        2 => read.GroupLength(0) == 5,
        3 => (read.GroupLength(0), read.GroupLength(1)) is (3, 3) or (4, 3) or (3, 4),
        4 => (read.GroupLength(0), read.GroupLength(1), read.GroupLength(2)) is (3, 3, 2),
        _ => false,
    };

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
