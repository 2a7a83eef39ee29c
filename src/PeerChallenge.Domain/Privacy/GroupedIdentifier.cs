using static PeerChallenge.Domain.Privacy.TextScan;

namespace PeerChallenge.Domain.Privacy;

/// <summary>
/// An identifier as people write it: its letters and digits in groups, the groups joined by one kind of separator used
/// throughout (a space, two spaces, <c>-</c>, <c>.</c>, <c>/</c>, an en dash, or one of those between spaces:
/// <c>943 476 5919</c>, <c>943-476-59-19</c>, <c>943.476.5919</c>, <c>943 - 476 - 5919</c>). The recognisers then check
/// what was read (modulus 11, check letters, prefixes), so a run of digits that fails the check is left alone.
/// </summary>
internal ref struct GroupedIdentifier
{
    /// <summary>The most groups an identifier is read in.</summary>
    internal const int MaxGroups = 8;

    private Span<int> _groups;

    /// <summary>Gets the number of characters read.</summary>
    internal int Length { get; private set; }

    /// <summary>Gets the number of groups.</summary>
    internal int GroupCount { get; private set; }

    /// <summary>Gets the index just after the last character read.</summary>
    internal int End { get; private set; }

    /// <summary>Gets the length of the separator between the groups (0 for one group).</summary>
    internal int SeparatorLength { get; private set; }

    /// <summary>Gets the length of group <paramref name="index"/>.</summary>
    internal readonly int GroupLength(int index) => _groups[index];

    /// <summary>
    /// Reads up to <paramref name="into"/>'s length of letters and digits from <paramref name="position"/>, in groups
    /// joined by one separator. Stops when <paramref name="into"/> is full, at the end of a group not followed by the same
    /// separator and another letter or digit, or after <see cref="MaxGroups"/> groups.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="position">Where the identifier starts.</param>
    /// <param name="into">Room for the characters read; its length is the most read.</param>
    /// <param name="groups">Room for the group lengths (at least <see cref="MaxGroups"/>).</param>
    internal static GroupedIdentifier Read(ReadOnlySpan<char> text, int position, Span<char> into, Span<int> groups)
    {
        var read = new GroupedIdentifier { _groups = groups, End = position };
        var i = position;
        ReadOnlySpan<char> separator = default;
        while (read.GroupCount < MaxGroups)
        {
            var start = i;
            while (i < text.Length && read.Length < into.Length && IsAsciiLetterOrDigit(text[i]))
            {
                into[read.Length++] = text[i++];
            }

            if (i == start)
            {
                break;
            }

            groups[read.GroupCount++] = i - start;
            read.End = i;
            var length = SeparatorAt(text, i);
            if (read.Length == into.Length || length == 0 || i + length >= text.Length || !IsAsciiLetterOrDigit(text[i + length]))
            {
                break;
            }

            if (separator.IsEmpty)
            {
                separator = text.Slice(i, length);
            }
            else if (!text.Slice(i, length).SequenceEqual(separator))
            {
                break;
            }

            read.SeparatorLength = length;
            i += length;
        }

        return read;
    }

    /// <summary>
    /// Whether the identifier goes on after what was read: a letter or digit straight after it, or its separator and
    /// another letter or digit (a longer number that only starts like this identifier).
    /// </summary>
    internal readonly bool ContinuesIn(ReadOnlySpan<char> text)
    {
        if (End < text.Length && IsAsciiLetterOrDigit(text[End]))
        {
            return true;
        }

        var length = SeparatorAt(text, End);
        return length > 0 && (SeparatorLength == 0 || length == SeparatorLength) && End + length < text.Length && IsDigit(text[End + length]);
    }

    /// <summary>The length of the group separator at <paramref name="i"/>: <c> - </c>, <c> / </c>, <c> . </c> and two spaces (3 or 2), a space, <c>-</c>, <c>.</c>, <c>/</c> or an en dash (1); 0 when there is none.</summary>
    internal static int SeparatorAt(ReadOnlySpan<char> text, int i)
    {
        if (i >= text.Length)
        {
            return 0;
        }

        var c = text[i];
        if (c == ' ')
        {
            if (i + 2 < text.Length && text[i + 1] is '-' or '/' or '.' or '\u2013' && text[i + 2] == ' ')
            {
                return 3;
            }

            return i + 1 < text.Length && text[i + 1] == ' ' ? 2 : 1;
        }

        return c is '-' or '.' or '/' or '\u2013' ? 1 : 0;
    }

    private static bool IsAsciiLetterOrDigit(char c) => IsDigit(c) || IsAsciiLetter(c);
}
