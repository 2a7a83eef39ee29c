using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Organisations;

/// <summary>
/// A name an organisation had, with the years it had it: the body that ran the reviews was the IDeA, then the Local
/// Government Group, then the Local Government Association.
/// </summary>
/// <remarks>Equality is by value.</remarks>
public sealed record OrganisationName
{
    /// <summary>Gets the name, for example <c>Improvement and Development Agency (IDeA)</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the first year of the name; null (the default) when not known or from the start.</summary>
    public int? From { get; init; }

    /// <summary>Gets the last year of the name; null (the default) when it is still the name or not known.</summary>
    public int? To { get; init; }

    /// <summary>Gets properties of a newer format version, or local <c>x-</c> properties, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }

    /// <summary>Tells whether the organisation had this name in <paramref name="year"/>: within <see cref="From"/> and <see cref="To"/>, an open end matching any year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>True when the name was in use that year.</returns>
    public bool WasInUse(int year) => (From is not { } from || from <= year) && (To is not { } to || year <= to);
}
