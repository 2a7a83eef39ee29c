using System.Text;

namespace PeerChallenge.Reports.Word;

/// <summary>Text as Word's XML may hold it: characters XML 1.0 forbids (most control characters, lone surrogates) are left out, tabs and line breaks become spaces.</summary>
internal static class WordText
{
    internal static string Clean(string text)
    {
        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var keep = c switch
            {
                '\t' or '\r' or '\n' => false,
                _ when char.IsHighSurrogate(c) => i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]),
                _ when char.IsLowSurrogate(c) => i > 0 && char.IsHighSurrogate(text[i - 1]),
                _ => c >= ' ' && c != '\uFFFE' && c != '\uFFFF',
            };
            if (keep && clean is null)
            {
                continue;
            }

            clean ??= new StringBuilder(text, 0, i, text.Length);
            if (keep)
            {
                clean.Append(c);
            }
            else if (c is '\t' or '\r' or '\n')
            {
                clean.Append(' ');
            }
        }

        return clean?.ToString() ?? text;
    }
}
