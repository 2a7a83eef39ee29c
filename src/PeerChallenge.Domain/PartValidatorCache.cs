using System.Collections.Concurrent;
using PeerChallenge.Domain.Framework;

namespace PeerChallenge.Domain;

/// <summary>
/// Builds the <see cref="PartValidators"/> of each edition once and shares them between validations and threads.
/// Editions of the catalog are kept by reference; editions defined in records by value, up to a bound, so that a
/// stream of records each defining its own edition cannot grow the cache without limit.
/// </summary>
internal sealed class PartValidatorCache
{
    /// <summary>How many editions defined in records are kept built; past that, one is built for each use.</summary>
    internal const int MaxDefinedEditions = 32;

    private readonly ChallengeValidationOptions _options;
    private readonly ConcurrentDictionary<Edition, PartValidators> _catalogued = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<Edition, PartValidators> _defined = new();
    private readonly PartValidators _withoutEdition;

    internal PartValidatorCache(ChallengeValidationOptions options)
    {
        _options = options;
        _withoutEdition = new PartValidators(options, null);
    }

    /// <summary>Returns the validators for the resolved edition, building them the first time it is seen.</summary>
    internal PartValidators For(EditionResolution resolution)
    {
        if (resolution.Edition is not { } edition)
        {
            return _withoutEdition;
        }

        if (resolution.IsCatalogued)
        {
            return _catalogued.GetOrAdd(edition, Build);
        }

        return _defined.TryGetValue(edition, out var built) ? built
            : _defined.Count < MaxDefinedEditions ? _defined.GetOrAdd(edition, Build)
            : Build(edition);
    }

    private PartValidators Build(Edition edition) => new(_options, edition);
}
