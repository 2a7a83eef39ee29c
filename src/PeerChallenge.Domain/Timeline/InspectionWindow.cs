using System.Text.Json.Serialization;
using NodaTime;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Timeline;

/// <summary>A period declared to the LGA in which an Ofsted inspection may take place; the on-site week must avoid it.</summary>
public sealed record InspectionWindow
{
    /// <summary>Gets the window's id, unique within the record (for example <c>ofsted-2011-autumn</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the first day of the window.</summary>
    public required LocalDate Start { get; init; }

    /// <summary>Gets the last day of the window (inclusive).</summary>
    public required LocalDate End { get; init; }

    /// <summary>Gets a description, for example <c>Unannounced inspection of contact, referral and assessment</c>; null by default.</summary>
    public string? Description { get; init; }

    /// <summary>Gets properties of a newer format version, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }

    /// <summary>Gets a value indicating whether <paramref name="date"/> falls in the window (ends included).</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when Start &lt;= date &lt;= End.</returns>
    public bool Contains(LocalDate date) => date >= Start && date <= End;
}
