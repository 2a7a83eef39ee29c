using static PeerChallenge.Domain.Privacy.TextScan;

namespace PeerChallenge.Domain.Privacy.Recognisers;

/// <summary>
/// Unique Pupil Numbers: thirteen characters, a check letter then eleven digits then a digit (or, in a temporary
/// UPN, a letter), written together or in groups with one separator throughout (<c>B801 2000 0500 1</c>,
/// <c>B-801200-005001</c>), in either case. The check letter is verified by the DfE algorithm: characters 2 to 13 are weighted 2 to 13, the
/// sum is divided by 23 and the remainder picks the letter from <c>ABCDEFGHJKLMNPQRTUVWXYZ</c>.
/// </summary>
internal sealed class UpnRecogniser : IRecogniser
{
    /// <summary>The 23 letters UPNs use, in order of value (no I, O or S).</summary>
    internal const string CheckLetters = "ABCDEFGHJKLMNPQRTUVWXYZ";

    internal static readonly UpnRecogniser Instance = new();

    public PersonalDataKind Kind => PersonalDataKind.Upn;

    public bool TryRecognise(ReadOnlySpan<char> text, int position, out PersonalDataHit hit)
    {
        hit = default;
        if (position + 13 > text.Length || !StartsWord(text, position))
        {
            return false;
        }

        if (!IsAsciiLetter(text[position]) || !IsDigit(text[position + 1]) && !(text[position + 1] is ' ' or '-' or '.' or '/'))
        {
            return false;
        }

        Span<char> chars = stackalloc char[13];
        Span<int> groups = stackalloc int[GroupedIdentifier.MaxGroups];
        var read = GroupedIdentifier.Read(text, position, chars, groups);
        if (read.Length != 13 || read.ContinuesIn(text) || !IsValid(chars))
        {
            return false;
        }

        hit = new PersonalDataHit(Kind, position, read.End - position, 0.95);
        return true;
    }

    /// <summary>Returns whether <paramref name="upn"/> (13 characters) is a UPN with the right check letter.</summary>
    internal static bool IsValid(ReadOnlySpan<char> upn)
    {
        if (upn.Length != 13 || !IsAsciiLetter(upn[0]))
        {
            return false;
        }

        var sum = 0;
        for (var k = 1; k < 13; k++)
        {
            var c = upn[k];
            int value;
            if (IsDigit(c))
            {
                value = c - '0';
            }
            else if (k == 12 && (value = CheckLetters.IndexOf(ToUpper(c))) >= 0)
            {
                // A temporary UPN ends in a letter, valued by its place in the check-letter alphabet.
            }
            else
            {
                return false;
            }

            sum += value * (k + 1);
        }

        return CheckLetters[sum % 23] == ToUpper(upn[0]);
    }
}
