namespace PeerChallenge.Domain.Base;

/// <summary>Creates <see cref="EquatableList{T}"/> instances with type inference.</summary>
internal static class EquatableList
{
    /// <summary>Copies <paramref name="items"/> into an equatable list; null becomes the empty list.</summary>
    internal static IReadOnlyList<T> From<T>(IEnumerable<T>? items) => items is null ? EquatableList<T>.Empty : EquatableList<T>.From(items);
}
