using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Evidence;

/// <summary>One respondent's response to a <see cref="Questionnaire"/>: who, as a group (never a name), and the answers.</summary>
/// <remarks>Equality is by value, lists compared item by item.</remarks>
public sealed record QuestionnaireResponse
{
    /// <summary>Gets the response's id, unique within its questionnaire (for example <c>r-1</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets who responded, described only as a role group and an agency type.</summary>
    public required Respondent Respondent { get; init; }

    /// <summary>Gets the answers, at most one per question. Empty by default.</summary>
    public IReadOnlyList<Answer> Answers { get; init => field = EquatableList.From(value); } = EquatableList.From<Answer>(null);

    /// <summary>Gets properties of a newer format version, or local <c>x-</c> properties, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }
}
