using static PeerChallenge.Domain.Privacy.TextScan;

namespace PeerChallenge.Domain.Privacy.Recognisers;

/// <summary>
/// National Insurance numbers: two prefix letters, six digits and a suffix letter A to D, written together or in groups
/// with one separator throughout (<c>AB 12 34 56 C</c>, <c>AB 123 456 C</c>, <c>AB123456C</c>, <c>AB-12-34-56-C</c>,
/// <c>ab 12 34 56 c</c>, <c>AB.12.34.56.C</c>), upper or lower case. HMRC's prefix rules apply: the first letter is not
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

        if (!IsAsciiLetter(text[position]) || !IsAsciiLetter(text[position + 1]) || !IsValidPrefix(ToUpper(text[position]), ToUpper(text[position + 1])))
        {
            return false;
        }

        Span<char> chars = stackalloc char[8];
        Span<int> groups = stackalloc int[GroupedIdentifier.MaxGroups];
        var read = GroupedIdentifier.Read(text, position, chars, groups);
        // The prefix was checked above: the first two characters read are the two letters at the position.
        if (read.Length != 8)
        {
            return false;
        }

        var lower = IsLower(chars[0]);
        if (IsLower(chars[1]) != lower)
        {
            return false;
        }

        for (var k = 2; k < 8; k++)
        {
            if (!IsDigit(chars[k]))
            {
                return false;
            }
        }

        // The suffix letter A to D, straight after the digits or after a separator; without one the number may be
        // something else of six digits after two letters, so it is less sure.
        var end = read.End;
        var suffixAt = end < text.Length && IsAsciiLetter(text[end]) ? end : end + GroupedIdentifier.SeparatorAt(text, end);
        if (suffixAt < text.Length && ToUpper(text[suffixAt]) is >= 'A' and <= 'D' && IsLower(text[suffixAt]) == lower && EndsWord(text, suffixAt + 1))
        {
            hit = new PersonalDataHit(Kind, position, suffixAt + 1 - position, 0.95);
            return true;
        }

        if (!EndsWord(text, end) || read.ContinuesIn(text) || (suffixAt < text.Length && suffixAt > end && IsAsciiLetter(text[suffixAt]) && EndsWord(text, suffixAt + 1)))
        {
            // More letters or digits, or a single letter after the digits that is not A to D: a wrong suffix, not a missing one.
            return false;
        }

        // Without a suffix, two letters, a dash and six digits is more often a case reference (CR-004512) than an NI
        // number: joined by anything but spaces, only the NI layout of pairs (AB-12-34-56) is taken.
        var spaced = read.SeparatorLength == 0 || text[position + read.GroupLength(0)] == ' ';
        if (!spaced && !(read.GroupCount == 4 && read.GroupLength(0) == 2 && read.GroupLength(1) == 2 && read.GroupLength(2) == 2))
        {
            return false;
        }

        hit = new PersonalDataHit(Kind, position, end - position, 0.6);
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
