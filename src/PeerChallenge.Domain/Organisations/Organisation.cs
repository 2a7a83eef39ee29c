using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Organisations;

/// <summary>An organisation: the host council, a partner agency, or a team member's home organisation.</summary>
public sealed record Organisation
{
    /// <summary>Gets the organisation's identifier in the org-id style, for example <c>GB-LAE-ROT</c>.</summary>
    public required OrganisationId Id { get; init; }

    /// <summary>Gets the organisation's name, for example <c>Rotherham Metropolitan Borough Council</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the organisation's sector; null (the default) when not stated.</summary>
    public Sector? Sector { get; init; }

    /// <summary>
    /// Gets the names the organisation has had, with the years of each (the IDeA, the Local Government Group, the Local
    /// Government Association), when the record needs them. Empty by default: <see cref="Name"/> is its only name.
    /// </summary>
    public IReadOnlyList<OrganisationName> Names { get; init => field = EquatableList.From(value); } = EquatableList.From<OrganisationName>(null);

    /// <summary>Gets properties of a newer format version, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }

    /// <summary>Returns the name the organisation had in <paramref name="year"/>: the first of <see cref="Names"/> in use that year, else <see cref="Name"/>.</summary>
    /// <param name="year">The year, for example 2010.</param>
    /// <returns>The name.</returns>
    public string NameIn(int year) => Names.FirstOrDefault(n => n.WasInUse(year))?.Name ?? Name;
}
