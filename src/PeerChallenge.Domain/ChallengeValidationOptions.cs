using PeerChallenge.Domain.Framework;

namespace PeerChallenge.Domain;

/// <summary>Settings of <see cref="ChallengeRecordValidator"/>.</summary>
public sealed record ChallengeValidationOptions
{
    /// <summary>Gets the default settings: the built-in editions only.</summary>
    public static ChallengeValidationOptions Default { get; } = new();

    /// <summary>Gets the editions the validator knows besides one defined in the record itself. Default <see cref="EditionCatalog.BuiltIn"/>.</summary>
    public EditionCatalog Editions { get; init; } = EditionCatalog.BuiltIn;
}
