using static PeerChallenge.Domain.Privacy.TextScan;

namespace PeerChallenge.Domain.Privacy.Recognisers;

/// <summary>
/// Email addresses, found from their <c>@</c>: a local part of letters, digits and <c>. _ % + - '</c> before it,
/// and a domain of at least two dot-separated labels after it, ending in a top-level domain of two or more letters.
/// </summary>
internal sealed class EmailRecogniser : IRecogniser
{
    internal static readonly EmailRecogniser Instance = new();

    public PersonalDataKind Kind => PersonalDataKind.Email;

    public bool TryRecognise(ReadOnlySpan<char> text, int position, out PersonalDataHit hit)
    {
        hit = default;
        if (position >= text.Length || text[position] != '@')
        {
            return false;
        }

        var start = position;
        while (start > 0 && IsLocalPartChar(text[start - 1]))
        {
            start--;
        }

        while (start < position && text[start] is '.' or '\'' or '-')
        {
            start++;
        }

        if (start == position)
        {
            return false;
        }

        var end = position + 1;
        var labelLength = 0;
        var dots = 0;
        var lastLabelStart = end;
        while (end < text.Length)
        {
            var c = text[end];
            if (IsAsciiLetter(c) || IsDigit(c) || c == '-')
            {
                labelLength++;
            }
            else if (c == '.' && labelLength > 0 && end + 1 < text.Length && (IsAsciiLetter(text[end + 1]) || IsDigit(text[end + 1])))
            {
                dots++;
                labelLength = 0;
                lastLabelStart = end + 1;
            }
            else
            {
                break;
            }

            end++;
        }

        if (dots == 0 || end - lastLabelStart < 2)
        {
            return false;
        }

        for (var i = lastLabelStart; i < end; i++)
        {
            if (!IsAsciiLetter(text[i]))
            {
                return false;
            }
        }

        hit = new PersonalDataHit(Kind, start, end - start, 0.99);
        return true;
    }

    private static bool IsLocalPartChar(char c) => IsAsciiLetter(c) || IsDigit(c) || c is '.' or '_' or '%' or '+' or '-' or '\'';
}
