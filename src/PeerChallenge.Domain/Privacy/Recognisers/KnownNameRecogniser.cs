using static PeerChallenge.Domain.Privacy.TextScan;

namespace PeerChallenge.Domain.Privacy.Recognisers;

/// <summary>
/// The names a council already knows (<see cref="PersonalDataScannerOptions.KnownNames"/>: team members, contacts,
/// a deny file), found in any case (<c>Jane Smith</c>, <c>JANE SMITH</c>, <c>jane smith</c>), in any order of their
/// words (<c>SMITH, Jane</c>), with initials for some of them (<c>J. Smith</c>, <c>Smith, J</c>), and each word on its
/// own when it is written with a capital or is not an ordinary English word in lower case.
/// </summary>
/// <remarks>
/// A known name is one line: its words separated by spaces (<c>Jane Anne Smith</c>, <c>Ali bin Omar</c>), or
/// <c>SURNAME, Forenames</c>. Blank lines and lines starting with <c>#</c> are left out. A word of one letter (an
/// initial) only matches an initial. Lookups ignore case.
/// </remarks>
internal sealed class KnownNameRecogniser : IRecogniser
{
    private const int MaxItems = 6;

    private readonly WordSet[] _entries;
    private readonly string[][] _initials;
    private readonly WordSet _words;
    private readonly NameGazetteer _gazetteer;

    private KnownNameRecogniser(List<string[]> entries, NameGazetteer gazetteer)
    {
        // A hyphenated word also stands for its parts: "Mohammed-Ali" is found as "Mohammed Ali" and "Ali".
        _entries = entries.Select(e => new WordSet(WithParts(e))).ToArray();
        _initials = entries.Select(e => e.Select(w => w[..1]).Distinct(StringComparer.OrdinalIgnoreCase).ToArray()).ToArray();
        _words = new WordSet(entries.SelectMany(WithParts));
        _gazetteer = gazetteer;
    }

    public PersonalDataKind Kind => PersonalDataKind.Person;

    /// <summary>Makes the recogniser for these lines, or returns null when they hold no name.</summary>
    /// <exception cref="ArgumentException">A line is not a name (it has no letter).</exception>
    internal static KnownNameRecogniser? Create(IReadOnlyList<string> lines, NameGazetteer gazetteer)
    {
        var entries = new List<string[]>();
        for (var n = 0; n < lines.Count; n++)
        {
            var line = (lines[n] ?? throw new ArgumentException($"The known name on line {n + 1} is null.", nameof(lines))).Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var words = Words(line);
            if (words.Length == 0)
            {
                throw new ArgumentException($"The known name on line {n + 1} has no letters; give one name a line, such as 'Jane Smith' or 'SMITH, Jane'.", nameof(lines));
            }

            entries.Add(words);
        }

        return entries.Count == 0 ? null : new KnownNameRecogniser(entries, gazetteer);
    }

    public bool TryRecognise(ReadOnlySpan<char> text, int position, out PersonalDataHit hit)
    {
        hit = default;
        if (!StartsWord(text, position) || !char.IsLetter(text[position]))
        {
            return false;
        }

        // The words from here: each a name word or an initial, joined by a space or a comma and a space.
        Span<int> starts = stackalloc int[MaxItems];
        Span<int> ends = stackalloc int[MaxItems];
        var count = ReadItems(text, position, starts, ends);
        if (count == 0)
        {
            return false;
        }

        var bestEnd = -1;
        var bestWords = 0;
        var bestItems = 0;
        for (var e = 0; e < _entries.Length; e++)
        {
            var words = 0;
            var items = 0;
            while (items < count && Matches(e, text[starts[items]..ends[items]], ref words))
            {
                items++;
            }

            // At least one whole word; the longest reading wins, then the one with more whole words.
            if (words > 0 && (items > bestItems || (items == bestItems && words > bestWords)))
            {
                bestItems = items;
                bestWords = words;
                bestEnd = ends[items - 1];
            }
        }

        if (bestEnd < 0)
        {
            return false;
        }

        if (bestItems == 1)
        {
            // One word on its own: with a capital, or in lower case when it is not also an ordinary word.
            var word = text[position..bestEnd];
            var capitalised = char.IsUpper(word[0]);
            if (!capitalised && (word.Length < 3 || _gazetteer.IsAmbiguousForename(word)))
            {
                return false;
            }

            hit = new PersonalDataHit(Kind, position, bestEnd - position, capitalised ? 0.9 : 0.8);
            return true;
        }

        hit = new PersonalDataHit(Kind, position, bestEnd - position, 0.95);
        return true;
    }

    /// <summary>Whether one item is a word of entry <paramref name="e"/> or initials of its words (J, J., J.A.); counts the words.</summary>
    private bool Matches(int e, ReadOnlySpan<char> item, ref int words)
    {
        if (IsInitials(item))
        {
            foreach (var letter in item)
            {
                if (letter != '.' && !HasInitial(e, letter))
                {
                    return false;
                }
            }

            return true;
        }

        if (Contains(_entries[e], item))
        {
            words++;
            return true;
        }

        return false;
    }

    private bool HasInitial(int e, char letter)
    {
        foreach (var initial in _initials[e])
        {
            if (char.ToUpperInvariant(initial[0]) == char.ToUpperInvariant(letter))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One or more capital letters each followed by a dot (J., J.A.), or one capital letter alone (J).</summary>
    private static bool IsInitials(ReadOnlySpan<char> item) =>
        (item.Length == 1 && char.IsUpper(item[0])) || (item.Length >= 2 && item[^1] == '.' && char.IsUpper(item[0]) && item[1] == '.');

    /// <summary>Whether a word, or every part of a hyphenated word, is in <paramref name="set"/>.</summary>
    private static bool Contains(WordSet set, ReadOnlySpan<char> word)
    {
        if (set.Contains(word))
        {
            return true;
        }

        var hyphen = word.IndexOf('-');
        return hyphen > 0 && Contains(set, word[..hyphen]) && Contains(set, word[(hyphen + 1)..]);
    }

    private static IEnumerable<string> WithParts(string[] words) =>
        words.Where(w => w.Length > 1).Concat(words.SelectMany(w => w.Split('-', StringSplitOptions.RemoveEmptyEntries)).Where(p => p.Length > 1));

    /// <summary>Reads up to <see cref="MaxItems"/> name words or initials from <paramref name="position"/>; the first must be a known word or an initial.</summary>
    private int ReadItems(ReadOnlySpan<char> text, int position, Span<int> starts, Span<int> ends)
    {
        var count = 0;
        var i = position;
        var commas = 0;
        while (count < MaxItems && i < text.Length && char.IsLetter(text[i]))
        {
            var end = WordEnd(text, i);
            if (end - i == 1)
            {
                // Initials: a capital letter, or capitals each followed by a dot (C.G.).
                if (!char.IsUpper(text[i]))
                {
                    break;
                }

                while (end < text.Length && text[end] == '.')
                {
                    end++;
                    if (end + 1 < text.Length && char.IsUpper(text[end]) && text[end + 1] == '.')
                    {
                        end++;
                    }
                }
            }
            else
            {
                end = NameWordEnd(text, i);
                if (!Contains(_words, text[i..end]))
                {
                    break;
                }
            }

            starts[count] = i;
            ends[count] = end;
            count++;

            // The next item: after one space, or a comma and one space (SMITH, Jane), at most one comma.
            var next = end;
            if (next < text.Length && text[next] == ',' && commas == 0)
            {
                next++;
                commas++;
            }

            if (next + 1 >= text.Length || text[next] != ' ' || !char.IsLetter(text[next + 1]))
            {
                break;
            }

            i = next + 1;
        }

        // Initials with no word among them are not a name.
        for (var k = 0; k < count; k++)
        {
            if (!IsInitials(text[starts[k]..ends[k]]))
            {
                return count;
            }
        }

        return 0;
    }

    /// <summary>The words of one known-name line, forenames first: <c>SMITH, Jane</c> gives Jane, SMITH.</summary>
    private static string[] Words(string line)
    {
        var comma = line.IndexOf(',', StringComparison.Ordinal);
        var ordered = comma > 0 ? line[(comma + 1)..] + " " + line[..comma] : line;
        return ordered
            .Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => w.Trim('.', '"', '(', ')'))
            .Where(w => w.Length > 0 && w.Any(char.IsLetter))
            .ToArray();
    }
}
