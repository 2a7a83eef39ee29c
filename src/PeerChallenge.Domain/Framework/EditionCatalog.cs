using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Framework;

/// <summary>
/// The editions a validator knows: the built-in ones plus any defined as data. Immutable: <see cref="With"/>
/// returns a new catalog.
/// </summary>
public sealed class EditionCatalog
{
    private readonly ImmutableDictionary<EditionCode, Edition> _byCode;

    private EditionCatalog(ImmutableDictionary<EditionCode, Edition> byCode, ImmutableList<Edition> editions)
    {
        _byCode = byCode;
        Editions = editions;
    }

    /// <summary>Gets a catalog of the built-in editions (<see cref="BuiltInEditions.All"/>).</summary>
    public static EditionCatalog BuiltIn { get; } = new(
        BuiltInEditions.All.ToImmutableDictionary(e => e.Code),
        [.. BuiltInEditions.All]);

    /// <summary>Gets the default edition, the 2011 LGG edition.</summary>
    public static Edition DefaultEdition => BuiltInEditions.Lgg2011;

    /// <summary>Gets the editions in the order they were added, built-in ones first.</summary>
    public IReadOnlyList<Edition> Editions { get; }

    /// <summary>Returns a catalog that also knows <paramref name="edition"/>.</summary>
    /// <param name="edition">An edition, for example one read from JSON; check it first with <see cref="EditionValidator"/>.</param>
    /// <returns>A new catalog; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog already has an edition with that code.</exception>
    public EditionCatalog With(Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        Preconditions.CheckArgument(!_byCode.ContainsKey(edition.Code), nameof(edition), $"The catalog already has an edition with code '{edition.Code}'.");
        return new EditionCatalog(_byCode.Add(edition.Code, edition), ((ImmutableList<Edition>)Editions).Add(edition));
    }

    /// <summary>Finds the edition with code <paramref name="code"/>.</summary>
    /// <param name="code">The edition code, for example <see cref="EditionCode.Lgg2011"/>; null finds nothing.</param>
    /// <param name="edition">The edition, or null.</param>
    /// <returns>True when the catalog has it.</returns>
    public bool TryFind(EditionCode? code, [NotNullWhen(true)] out Edition? edition)
    {
        edition = null;
        return code is not null && _byCode.TryGetValue(code, out edition);
    }

    /// <summary>Gets the edition with code <paramref name="code"/>.</summary>
    /// <param name="code">The edition code.</param>
    /// <returns>The edition.</returns>
    /// <exception cref="KeyNotFoundException">The catalog has no such edition.</exception>
    public Edition Get(EditionCode code) =>
        TryFind(code, out var edition)
            ? edition
            : throw new KeyNotFoundException($"No edition has code '{code}'. Known editions: {string.Join(", ", Editions.Select(e => e.Code))}.");
}
