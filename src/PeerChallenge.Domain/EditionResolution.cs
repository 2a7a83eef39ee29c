using PeerChallenge.Domain.Framework;

namespace PeerChallenge.Domain;

/// <summary>The edition a record follows, found once per validation: from the catalog, or the record's own <see cref="ChallengeRecord.EditionDefinition"/>.</summary>
/// <param name="Edition">The edition, or null when neither the catalog nor the record defines it.</param>
/// <param name="IsCatalogued">True when the edition came from the catalog (the same instance every time).</param>
internal sealed record EditionResolution(Edition? Edition, bool IsCatalogued)
{
    /// <summary>Finds the record's edition.</summary>
    internal static EditionResolution Resolve(ChallengeRecord record, EditionCatalog catalog)
    {
        if (catalog.TryFind(record.Edition, out var known))
        {
            return new(known, true);
        }

        return new(record.EditionDefinition is { } definition && definition.Code == record.Edition ? definition : null, false);
    }
}
