namespace PeerChallenge.Domain.Privacy;

/// <summary>
/// A fixed set of ASCII words looked up by span without allocating, ignoring case. Open addressing over a
/// power-of-two table; built once, read-only after construction, so safe to share between threads.
/// </summary>
internal sealed class WordSet
{
    private readonly string?[] _slots;
    private readonly int _mask;

    internal WordSet(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var distinct = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in words)
        {
            var trimmed = word.Trim();
            if (trimmed.Length > 0 && seen.Add(trimmed))
            {
                distinct.Add(trimmed);
            }
        }

        var size = 16;
        while (size < distinct.Count * 3)
        {
            size <<= 1;
        }

        _slots = new string?[size];
        _mask = size - 1;
        foreach (var word in distinct)
        {
            var slot = Hash(word) & _mask;
            while (_slots[slot] is not null)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = word;
        }

        Count = distinct.Count;
    }

    /// <summary>Gets the number of distinct words.</summary>
    internal int Count { get; }

    /// <summary>Returns whether <paramref name="word"/> is in the set, ignoring case.</summary>
    internal bool Contains(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return false;
        }

        var slot = Hash(word) & _mask;
        while (_slots[slot] is { } candidate)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            slot = (slot + 1) & _mask;
        }

        return false;
    }

    /// <summary>Enumerates the words in no particular order.</summary>
    internal IEnumerable<string> Words() => _slots.Where(s => s is not null)!;

    private static int Hash(ReadOnlySpan<char> word)
    {
        // FNV-1a over upper-cased ASCII; other characters hash as they are (and compare ordinal ignoring case).
        var hash = 2166136261u;
        foreach (var c in word)
        {
            var folded = c is >= 'a' and <= 'z' ? (char)(c - 32) : c;
            hash = (hash ^ folded) * 16777619u;
        }

        return (int)(hash & 0x7FFFFFFF);
    }
}
