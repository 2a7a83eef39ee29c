using System.Buffers;

namespace PeerChallenge.Domain.Privacy;

/// <summary>A growable list of hits on an <see cref="ArrayPool{T}"/> array, so a scan allocates nothing of its own. Dispose to return the array.</summary>
internal struct HitBuffer : IDisposable
{
    private PersonalDataHit[] _items;

    public HitBuffer(int capacity) => _items = ArrayPool<PersonalDataHit>.Shared.Rent(Math.Max(capacity, 8));

    /// <summary>Gets the number of hits.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the hits as a span (valid until the next add or dispose).</summary>
    public readonly Span<PersonalDataHit> Items => _items.AsSpan(0, Count);

    /// <summary>Gets the underlying array (its first <see cref="Count"/> items are the hits).</summary>
    public readonly PersonalDataHit[] Array => _items;

    public void Add(PersonalDataHit hit)
    {
        if (Count == _items.Length)
        {
            var larger = ArrayPool<PersonalDataHit>.Shared.Rent(_items.Length * 2);
            _items.AsSpan(0, Count).CopyTo(larger);
            ArrayPool<PersonalDataHit>.Shared.Return(_items);
            _items = larger;
        }

        _items[Count++] = hit;
    }

    /// <summary>Keeps only the first <paramref name="count"/> hits.</summary>
    public void Truncate(int count) => Count = count;

    public void Dispose()
    {
        if (_items is not null)
        {
            ArrayPool<PersonalDataHit>.Shared.Return(_items);
            _items = null!;
            Count = 0;
        }
    }
}
