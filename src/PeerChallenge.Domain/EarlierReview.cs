using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Provenance;

namespace PeerChallenge.Domain;

/// <summary>
/// An earlier inspection or review the challenge refers to: an Ofsted inspection with its year and grade, or an
/// earlier peer review by the id of its record, and how the challenge relates to it ("progress since the 2011 Ofsted
/// inspection").
/// </summary>
/// <remarks>Equality is by value, lists compared item by item.</remarks>
public sealed record EarlierReview
{
    /// <summary>Gets the id of the reference, unique within the record (for example <c>ofsted-2011</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets what kind of inspection or review it was.</summary>
    public required EarlierReviewKind Kind { get; init; }

    /// <summary>Gets its title as published, for example <c>Inspection of safeguarding and looked after children services</c>; null by default.</summary>
    public string? Title { get; init; }

    /// <summary>Gets when it took place or was published, as precisely as known (often the year); null (the default) when not known.</summary>
    public PartialDate? Date { get; init; }

    /// <summary>Gets the overall grade of an Ofsted inspection; null (the default) when not graded or not known. Only for <see cref="EarlierReviewKind.OfstedInspection"/>.</summary>
    public OfstedGrade? Grade { get; init; }

    /// <summary>Gets the id of the earlier peer review's record; null by default. Required for <see cref="EarlierReviewKind.PeerReview"/>.</summary>
    public ChallengeId? ChallengeId { get; init; }

    /// <summary>Gets how the challenge relates to it; null (the default) when the sources do not say.</summary>
    public EarlierReviewRelation? Relation { get; init; }

    /// <summary>Gets the ids of the record's sources that give this reference. Empty by default.</summary>
    public IReadOnlyList<string> Sources { get; init => field = EquatableList.From(value); } = EquatableList.From<string>(null);

    /// <summary>Gets properties of a newer format version, or local <c>x-</c> properties, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }
}
