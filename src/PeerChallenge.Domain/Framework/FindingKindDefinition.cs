using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Framework;

/// <summary>
/// A kind of finding an edition uses, for example <c>strength</c>, <c>area-for-consideration</c> or
/// <c>recommendation</c> in 2011. Edition data: an edition defined in a record may add its own labels, such as
/// <c>area-for-development</c>, <c>the-council-needs-to-ensure-that</c> or <c>good-practice</c>.
/// </summary>
/// <remarks>Equality is by value. Checked by <see cref="EditionValidator"/> (PC0101, PC0502, PC0503).</remarks>
public sealed record FindingKindDefinition
{
    /// <summary>Gets the kind's code, lower-case kebab and unique within the edition, for example <c>area-for-consideration</c>.</summary>
    public required string Code { get; init; }

    /// <summary>Gets the kind's name as reports write it, for example <c>Areas for consideration</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets whether findings of this kind are recommendations, which are numbered and carry a priority. Default false.</summary>
    public bool Recommendation { get; init; }

    /// <summary>Gets properties of a newer format version, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }
}
