using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace PeerChallenge.Domain.Base;

/// <summary>
/// JSON properties that this version of the format does not know, kept as they were read so that a record
/// from a newer producer is written back without loss. Compared by value (deep JSON equality).
/// </summary>
/// <remarks>
/// The reader fills this bag; application code only reads it. The mutating <see cref="IDictionary{TKey, TValue}"/>
/// members are implemented explicitly for the serializer.
/// </remarks>
public sealed class UnknownProperties : IDictionary<string, JsonElement>, IReadOnlyDictionary<string, JsonElement>, IEquatable<UnknownProperties>
{
    private readonly Dictionary<string, JsonElement> _properties = new(StringComparer.Ordinal);

    /// <summary>Initializes a new, empty bag of unknown properties.</summary>
    public UnknownProperties()
    {
    }

    /// <summary>Gets the number of unknown properties.</summary>
    public int Count => _properties.Count;

    /// <summary>Gets the names of the unknown properties.</summary>
    public IEnumerable<string> Keys => _properties.Keys;

    /// <summary>Gets the values of the unknown properties.</summary>
    public IEnumerable<JsonElement> Values => _properties.Values;

    /// <summary>The names, enumerated without allocating (the reader looks at every bag it fills).</summary>
    internal Dictionary<string, JsonElement>.KeyCollection Names => _properties.Keys;

    ICollection<string> IDictionary<string, JsonElement>.Keys => _properties.Keys;

    ICollection<JsonElement> IDictionary<string, JsonElement>.Values => _properties.Values;

    bool ICollection<KeyValuePair<string, JsonElement>>.IsReadOnly => false;

    /// <summary>Gets the value of the unknown property <paramref name="key"/>.</summary>
    /// <param name="key">The property name.</param>
    /// <exception cref="KeyNotFoundException">There is no such property.</exception>
    public JsonElement this[string key] => _properties[key];

    JsonElement IDictionary<string, JsonElement>.this[string key]
    {
        get => _properties[key];
        set => _properties[key] = value.Clone();
    }

    /// <summary>Gets a value indicating whether an unknown property named <paramref name="key"/> was read.</summary>
    /// <param name="key">The property name.</param>
    /// <returns>True when present.</returns>
    public bool ContainsKey(string key) => _properties.ContainsKey(key);

    /// <summary>Gets the value of the unknown property <paramref name="key"/>, when present.</summary>
    /// <param name="key">The property name.</param>
    /// <param name="value">The value, or default.</param>
    /// <returns>True when present.</returns>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out JsonElement value) => _properties.TryGetValue(key, out value);

    void IDictionary<string, JsonElement>.Add(string key, JsonElement value) => _properties.Add(key, value.Clone());

    bool IDictionary<string, JsonElement>.Remove(string key) => _properties.Remove(key);

    void ICollection<KeyValuePair<string, JsonElement>>.Add(KeyValuePair<string, JsonElement> item) => _properties.Add(item.Key, item.Value.Clone());

    void ICollection<KeyValuePair<string, JsonElement>>.Clear() => _properties.Clear();

    bool ICollection<KeyValuePair<string, JsonElement>>.Contains(KeyValuePair<string, JsonElement> item) => ((ICollection<KeyValuePair<string, JsonElement>>)_properties).Contains(item);

    void ICollection<KeyValuePair<string, JsonElement>>.CopyTo(KeyValuePair<string, JsonElement>[] array, int arrayIndex) => ((ICollection<KeyValuePair<string, JsonElement>>)_properties).CopyTo(array, arrayIndex);

    bool ICollection<KeyValuePair<string, JsonElement>>.Remove(KeyValuePair<string, JsonElement> item) => ((ICollection<KeyValuePair<string, JsonElement>>)_properties).Remove(item);

    /// <summary>Enumerates the unknown properties in the order they were read.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<KeyValuePair<string, JsonElement>> GetEnumerator() => _properties.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Compares two bags by their names and deep JSON values.</summary>
    /// <param name="other">The other bag.</param>
    /// <returns>True when both hold the same properties with equal JSON values.</returns>
    public bool Equals(UnknownProperties? other)
    {
        if (other is null || other.Count != Count)
        {
            return false;
        }

        foreach (var (key, value) in _properties)
        {
            if (!other._properties.TryGetValue(key, out var otherValue) || !JsonElement.DeepEquals(value, otherValue))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as UnknownProperties);

    /// <summary>Returns a hash of the property names (values are compared, not hashed).</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = 0;
        foreach (var key in _properties.Keys)
        {
            hash ^= StringComparer.Ordinal.GetHashCode(key);
        }

        return hash;
    }
}
