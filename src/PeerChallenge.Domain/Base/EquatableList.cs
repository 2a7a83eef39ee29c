using System.Collections;

namespace PeerChallenge.Domain.Base;

/// <summary>
/// An immutable list with value equality, so records that hold lists compare by content: two records read
/// from the same JSON are equal.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class EquatableList<T> : IReadOnlyList<T>, IEquatable<EquatableList<T>>
{
    private readonly T[] _items;

    private EquatableList(T[] items) => _items = items;

    /// <summary>Gets the empty list.</summary>
    internal static EquatableList<T> Empty { get; } = new([]);

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    /// <summary>Copies <paramref name="items"/> into an equatable list (the same instance when it already is one).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    /// <exception cref="ArgumentException">An item is null: the lists of the format hold no nulls (the reader reports a null item as PC0005).</exception>
    internal static EquatableList<T> From(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items is EquatableList<T> list)
        {
            return list;
        }

        var array = items.ToArray();
        if (!typeof(T).IsValueType && Array.IndexOf(array, default) >= 0)
        {
            throw new ArgumentException("A list of the format holds no null items.", nameof(items));
        }

        return array.Length == 0 ? Empty : new EquatableList<T>(array);
    }

    public bool Equals(EquatableList<T>? other)
        => other is not null && (ReferenceEquals(this, other) || _items.AsSpan().SequenceEqual(other._items, EqualityComparer<T>.Default));

    public override bool Equals(object? obj) => Equals(obj as EquatableList<T>);

    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"[{string.Join(", ", _items)}]";
}
