namespace PeerChallenge.Domain.Framework;

/// <summary>Finds the edition a record follows: from the catalog, or the record's own <see cref="ChallengeRecord.EditionDefinition"/>.</summary>
internal static class EditionResolution
{
    /// <summary>Returns the record's edition, or null when neither the catalog nor the record defines it.</summary>
    internal static Edition? Resolve(ChallengeRecord record, EditionCatalog catalog)
    {
        if (catalog.TryFind(record.Edition, out var known))
        {
            return known;
        }

        return record.EditionDefinition is { } definition && string.Equals(definition.Code, record.Edition, StringComparison.Ordinal)
            ? definition
            : null;
    }
}
