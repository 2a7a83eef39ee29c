using System.Text;

namespace PeerChallenge.Reports.Templating;

/// <summary>
/// Writes values into Markdown as plain text: the characters that would start emphasis, code, links, HTML or a table
/// cell are escaped with a backslash, and line breaks become spaces, so a value stays inside its list item or cell.
/// </summary>
internal sealed class MarkdownTemplateContext : EncodingTemplateContext
{
    /// <inheritdoc />
    protected override string Encode(string text) => Escape(text);

    /// <summary>Escapes text for a Markdown paragraph, list item or table cell.</summary>
    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '&' or '~' or '#' or '!':
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
}
