using System.Text;

namespace PeerChallenge.Reports.Templating;

/// <summary>
/// Writes values into Markdown as plain text: the characters that would start emphasis, code, links, HTML, an entity or
/// a table cell are escaped with a backslash (and only those, so the text stays readable), and line breaks become spaces, so a value stays inside its list item or cell.
/// </summary>
internal sealed class MarkdownTemplateContext : EncodingTemplateContext
{
    /// <inheritdoc />
    protected override string Encode(string text) => Escape(text);

    /// <summary>Escapes text for a Markdown paragraph, list item or table cell.</summary>
    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                // Emphasis, code, links and images, raw HTML, table cells and the escape itself.
                case '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '|':
                    escaped.Append('\\').Append(c);
                    break;
                case '&' when i + 1 < text.Length && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] == '#'):
                    // An entity reference (&amp; &#38;) would turn into its character.
                    escaped.Append("\\&");
                    break;
                case '~' when i + 1 < text.Length && text[i + 1] == '~':
                    // Strikethrough in the Markdown extensions many renderers use.
                    escaped.Append("\\~");
                    break;
                // A value may start a list item's text (a success indicator): a heading, quote or list marker there
                // would start a block inside the item.
                case '#' or '>' or '-' or '+' when i == 0:
                    escaped.Append('\\').Append(c);
                    break;
                case '.' or ')' when i > 0 && i <= 9 && IsDigits(text.AsSpan(0, i)) && (i + 1 == text.Length || text[i + 1] == ' '):
                    escaped.Append('\\').Append(c);
                    break;
                case '\r' or '\n' or '\t':
                    escaped.Append(' ');
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }

    private static bool IsDigits(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
