namespace PeerChallenge.Domain.Privacy;

/// <summary>Character classes and small span moves the recognisers share. ASCII only: identifiers are ASCII.</summary>
internal static class TextScan
{
    internal static bool IsDigit(char c) => c is >= '0' and <= '9';

    internal static bool IsUpper(char c) => c is >= 'A' and <= 'Z';

    internal static bool IsLower(char c) => c is >= 'a' and <= 'z';

    internal static bool IsLetter(char c) => char.IsLetter(c);

    internal static bool IsAsciiLetter(char c) => IsUpper(c) || IsLower(c);

    internal static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    internal static char ToUpper(char c) => IsLower(c) ? (char)(c - 32) : c;

    /// <summary>True when position <paramref name="index"/> is the start of a word (no letter or digit before it).</summary>
    internal static bool StartsWord(ReadOnlySpan<char> text, int index) => index <= 0 || !IsWordChar(text[index - 1]);

    /// <summary>True when position <paramref name="index"/> ends a word (no letter or digit at it).</summary>
    internal static bool EndsWord(ReadOnlySpan<char> text, int index) => index >= text.Length || !IsWordChar(text[index]);

    /// <summary>The index just past the run of letters and digits starting at <paramref name="index"/>.</summary>
    internal static int WordEnd(ReadOnlySpan<char> text, int index)
    {
        while (index < text.Length && IsWordChar(text[index]))
        {
            index++;
        }

        return index;
    }

    /// <summary>
    /// The index just past a name word starting at <paramref name="index"/>, in any case: letters, with an apostrophe
    /// or hyphen inside (O'Brien, al-Hassan, mohammed-ali), but not a possessive 's; <paramref name="index"/> itself when
    /// no letter is there.
    /// </summary>
    internal static int NameWordEnd(ReadOnlySpan<char> text, int index)
    {
        var j = index;
        while (j < text.Length)
        {
            var c = text[j];
            if (char.IsLetter(c))
            {
                j++;
            }
            else if (c is '-' or '\'' or '’' && j > index && j + 1 < text.Length && char.IsLetter(text[j + 1])
                && !(c != '-' && text[j + 1] is 's' or 'S' && (j + 2 >= text.Length || !char.IsLetter(text[j + 2]))))
            {
                j++;
            }
            else
            {
                break;
            }
        }

        return j;
    }

    /// <summary>The index just past the run of letters starting at <paramref name="index"/>.</summary>
    internal static int LettersEnd(ReadOnlySpan<char> text, int index)
    {
        while (index < text.Length && IsLetter(text[index]))
        {
            index++;
        }

        return index;
    }

    /// <summary>The index just past the run of digits starting at <paramref name="index"/>.</summary>
    internal static int DigitsEnd(ReadOnlySpan<char> text, int index)
    {
        while (index < text.Length && IsDigit(text[index]))
        {
            index++;
        }

        return index;
    }

    /// <summary>
    /// The previous word before <paramref name="index"/> on the same line, skipping spaces and the punctuation in
    /// <paramref name="skippable"/>; returns false at a line break or other punctuation.
    /// </summary>
    internal static bool TryPreviousWord(ReadOnlySpan<char> text, int index, ReadOnlySpan<char> skippable, out int start, out int end)
    {
        var i = index - 1;
        while (i >= 0 && (text[i] == ' ' || text[i] == '\t' || skippable.Contains(text[i])))
        {
            i--;
        }

        start = end = 0;
        if (i < 0 || !IsWordChar(text[i]))
        {
            return false;
        }

        end = i + 1;
        while (i >= 0 && (IsWordChar(text[i]) || (text[i] == '.' && i > 0 && IsWordChar(text[i - 1]) && end - i <= 5)))
        {
            i--;
        }

        start = i + 1;
        return true;
    }

    /// <summary>
    /// The next word at or after <paramref name="index"/> on the same line, skipping spaces and the punctuation in
    /// <paramref name="skippable"/>; returns false at a line break or other punctuation.
    /// </summary>
    internal static bool TryNextWord(ReadOnlySpan<char> text, int index, ReadOnlySpan<char> skippable, out int start, out int end)
    {
        var i = index;
        while (i < text.Length && (text[i] == ' ' || text[i] == '\t' || skippable.Contains(text[i])))
        {
            i++;
        }

        start = end = i;
        if (i >= text.Length || !IsWordChar(text[i]))
        {
            return false;
        }

        end = WordEnd(text, i);
        return true;
    }
}
