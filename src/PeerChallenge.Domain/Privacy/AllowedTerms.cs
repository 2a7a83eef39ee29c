using static PeerChallenge.Domain.Privacy.TextScan;

namespace PeerChallenge.Domain.Privacy;

/// <summary>
/// The council's own terms that are never personal data (<see cref="PersonalDataScannerOptions.AllowedTerms"/>: its
/// places, services, teams and buildings): a hit that lies wholly inside one of them, as whole words and ignoring
/// case, is not reported. Immutable.
/// </summary>
internal sealed class AllowedTerms
{
    private readonly string[] _terms;
    private readonly WordSet _words;

    private AllowedTerms(string[] terms)
    {
        _terms = terms;
        _words = new WordSet(terms.SelectMany(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(w => w.Trim(',', '.', '(', ')')));
    }

    /// <summary>Makes the set from lines (one term a line; blank and <c>#</c> lines left out), or null when there is none.</summary>
    /// <exception cref="ArgumentException">A line is null.</exception>
    internal static AllowedTerms? Create(IReadOnlyList<string> lines)
    {
        var terms = new List<string>();
        for (var n = 0; n < lines.Count; n++)
        {
            var line = (lines[n] ?? throw new ArgumentException($"The allowed term on line {n + 1} is null.", nameof(lines))).Trim();
            if (line.Length > 0 && line[0] != '#')
            {
                terms.Add(string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
            }
        }

        return terms.Count == 0 ? null : new AllowedTerms([.. terms.Distinct(StringComparer.OrdinalIgnoreCase)]);
    }

    /// <summary>Whether an allowed term, as whole words, covers the whole of <c>text[start..end]</c>.</summary>
    internal bool Covers(ReadOnlySpan<char> text, int start, int end)
    {
        // Cheap test first: the hit's first word must be a word of some term.
        var firstEnd = Math.Min(end, WordEnd(text, start));
        if (firstEnd == start || !_words.Contains(text[start..firstEnd]))
        {
            return false;
        }

        foreach (var term in _terms)
        {
            if (term.Length < end - start)
            {
                continue;
            }

            var from = Math.Max(0, end - term.Length);
            var to = Math.Min(text.Length, start + term.Length);
            var window = text[from..to];
            var offset = 0;
            while (offset <= window.Length - term.Length)
            {
                var found = window[offset..].IndexOf(term, StringComparison.OrdinalIgnoreCase);
                if (found < 0)
                {
                    break;
                }

                var at = from + offset + found;
                if (at <= start && at + term.Length >= end && StartsWord(text, at) && EndsWord(text, at + term.Length))
                {
                    return true;
                }

                offset += found + 1;
            }
        }

        return false;
    }
}
