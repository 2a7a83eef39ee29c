using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain;

/// <summary>
/// What an export did to one part of the record: how many of its items it kept and dropped, how many pieces of personal
/// data of each kind it redacted or pseudonymised in their free text, how many groups it widened or withheld, and how
/// many local fields it left out. Counts only: never the values.
/// </summary>
/// <remarks>Equality is by value.</remarks>
public sealed record ExportManifestEntry
{
    /// <summary>Gets the part: the JSON name of a property of the record, such as <c>evidence</c> or <c>caseAudit</c>. Required.</summary>
    public required string Part { get; init; }

    /// <summary>Gets what the profile said to do with the part: <c>keep</c>, <c>drop</c>, <c>redact</c>, <c>widen</c>, <c>pseudonymise</c>, <c>tables</c>.</summary>
    public IReadOnlyList<string> Treatments { get; init => field = EquatableList.From(value); } = EquatableList.From<string>(null);

    /// <summary>Gets the number of the part's items in the export (1 for a part that is one object).</summary>
    public int Kept { get; init; }

    /// <summary>Gets the number of the part's items left out (the whole part, or items marked above the profile's limit).</summary>
    public int Dropped { get; init; }

    /// <summary>Gets the number of free-text fields of the part that were scanned.</summary>
    public int FieldsScanned { get; init; }

    /// <summary>Gets, for each kind of personal data, how many pieces were replaced by the kind's placeholder (<c>[PERSON]</c>).</summary>
    public IReadOnlyList<RedactionCount> Redacted { get; init => field = EquatableList.From(value); } = EquatableList.From<RedactionCount>(null);

    /// <summary>Gets, for each kind of personal data, how many pieces were replaced by a keyed pseudonym (<c>[CASE_REF-48213977]</c>).</summary>
    public IReadOnlyList<RedactionCount> Pseudonymised { get; init => field = EquatableList.From(value); } = EquatableList.From<RedactionCount>(null);

    /// <summary>Gets the number of groups (sources, respondents, participants) below the threshold merged into a wider group.</summary>
    public int Widened { get; init; }

    /// <summary>Gets the number of groups below the threshold that could not be widened enough and were withheld.</summary>
    public int Withheld { get; init; }

    /// <summary>Gets the number of questionnaire responses and audited cases replaced by the export's tables after disclosure control.</summary>
    public int Tabulated { get; init; }

    /// <summary>Gets the number of local (<c>x-</c>) and unknown properties left out: the export holds only what the format defines.</summary>
    public int LocalFieldsDropped { get; init; }

    /// <summary>Gets properties of a newer format version, or local <c>x-</c> properties, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }
}
