using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Export;

/// <summary>What a profile does with one part of the record: <c>{ "part": "evidence", "treatments": ["redact", "widen"] }</c>.</summary>
/// <remarks>Equality is by value.</remarks>
[System.Text.Json.Serialization.JsonUnmappedMemberHandling(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
public sealed record ExportPartRule
{
    /// <summary>Gets the part: the JSON name of a property of the record (<see cref="ExportProfile.Parts"/>). Required.</summary>
    public required string Part { get; init; }

    /// <summary>Gets the treatments (<see cref="ExportTreatment"/>); <c>keep</c> and <c>drop</c> stand alone.</summary>
    public IReadOnlyList<string> Treatments { get; init => field = EquatableList.From(value); } = EquatableList.From<string>(null);
}
