using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Provenance;

/// <summary>
/// Where a fact of the record comes from: the part of the record it is about (a JSON Pointer such as
/// <c>/timeline/onSiteStart</c>), the sources that give it, and where in them.
/// </summary>
/// <remarks>
/// Team members and lines of enquiry cite their sources directly (<c>sources</c>); a citation is for any other fact.
/// Equality is by value, lists compared item by item.
/// </remarks>
public sealed record Citation
{
    /// <summary>Gets the part of the record the citation is about, for example <c>/timeline/onSiteStart</c>; <see cref="JsonPointer.Root"/> for the whole record.</summary>
    public required JsonPointer About { get; init; }

    /// <summary>Gets the ids of the record's sources that give the fact (at least one). Empty by default.</summary>
    public IReadOnlyList<string> Sources { get; init => field = EquatableList.From(value); } = EquatableList.From<string>(null);

    /// <summary>Gets where in the sources the fact is, for example <c>slide 2</c> or <c>paragraph 3.1</c>; null by default.</summary>
    public string? Locator { get; init; }

    /// <summary>Gets properties of a newer format version, or local <c>x-</c> properties, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }
}
