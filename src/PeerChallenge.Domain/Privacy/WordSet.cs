namespace PeerChallenge.Domain.Privacy;

/// <summary>
/// A fixed set of words looked up by span without allocating, ignoring case and diacritics: <c>Łukasz</c>,
/// <c>LUKASZ</c> and <c>lukasz</c> are one word, as are <c>Nguyễn</c> and <c>Nguyen</c>. Open addressing over a
/// power-of-two table; built once, read-only after construction, so safe to share between threads.
/// </summary>
/// <remarks>
/// Words are stored folded by <see cref="LetterFold"/>. An ASCII word is looked up as it is (upper-cased on the
/// fly); any other is folded first into a buffer on the stack.
/// </remarks>
internal sealed class WordSet
{
    private const int StackLimit = 128;

    private readonly string?[] _slots;
    private readonly int _mask;

    internal WordSet(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            var trimmed = word.Trim();
            if (trimmed.Length > 0)
            {
                distinct.Add(LetterFold.Fold(trimmed));
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

    /// <summary>Gets the number of distinct words (after folding).</summary>
    internal int Count { get; }

    /// <summary>Returns whether <paramref name="word"/> is in the set, ignoring case and diacritics.</summary>
    internal bool Contains(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return false;
        }

        if (System.Text.Ascii.IsValid(word))
        {
            return Find(word);
        }

        var length = word.Length * LetterFold.MaxExpansion;
        Span<char> buffer = length <= StackLimit ? stackalloc char[StackLimit] : new char[length];
        var written = LetterFold.Fold(word, buffer);
        return written > 0 && Find(buffer[..written]);
    }

    /// <summary>Enumerates the words, folded, in no particular order.</summary>
    internal IEnumerable<string> Words() => _slots.Where(s => s is not null)!;

    private bool Find(ReadOnlySpan<char> asciiOrFolded)
    {
        var slot = Hash(asciiOrFolded) & _mask;
        while (_slots[slot] is { } candidate)
        {
            if (asciiOrFolded.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            slot = (slot + 1) & _mask;
        }

        return false;
    }

    private static int Hash(ReadOnlySpan<char> word)
    {
        // FNV-1a over upper-cased ASCII; stored words are folded, so they are upper case already.
        var hash = 2166136261u;
        foreach (var c in word)
        {
            var folded = c is >= 'a' and <= 'z' ? (char)(c - 32) : c;
            hash = (hash ^ folded) * 16777619u;
        }

        return (int)(hash & 0x7FFFFFFF);
    }
}
