using System.Globalization;
using System.Text;

namespace PeerChallenge.Cli;

/// <summary>
/// Makes text that came from outside the tool (file names, values and property names from a record, messages that quote
/// them, arguments) safe to print on one line of a terminal: nothing in it can start a new line, move the cursor or
/// reach the terminal as a control sequence.
/// </summary>
/// <remarks>
/// The scheme is JSON's: <c>\n</c>, <c>\r</c> and <c>\t</c> for those three, <c>\uXXXX</c> for every other C0 control
/// (U+0000 to U+001F, so ESC is <c>\u001B</c> and BEL <c>\u0007</c>), DEL (U+007F), the C1 controls (U+0080 to U+009F),
/// the Unicode line and paragraph separators (U+2028, U+2029), the bidirectional formatting characters (U+200E, U+200F,
/// U+202A to U+202E, U+2066 to U+2069) and a surrogate without its pair. Everything else is printed as it is, backslash
/// included, so a Windows path reads as itself; for the exact text use <c>--format json</c>.
/// </remarks>
internal static class TerminalText
{
    /// <summary><paramref name="text"/> with the characters above escaped; the same string when there are none.</summary>
    internal static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var first = FirstToEscape(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
                continue;
            }

            if (!NeedsEscape(c))
            {
                builder.Append(c);
                continue;
            }

            _ = c switch
            {
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                _ => builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
            };
        }

        return builder.ToString();
    }

    private static int FirstToEscape(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (NeedsEscape(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether <paramref name="c"/>, standing alone (not half of a surrogate pair), is escaped.</summary>
    private static bool NeedsEscape(char c) =>
        c < '\u0020'
        || c is >= '\u007F' and <= '\u009F'
        || c is '\u2028' or '\u2029' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')
        || char.IsSurrogate(c);
}
