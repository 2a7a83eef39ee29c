using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Evidence;

/// <summary>
/// A questionnaire the team sent to staff or partners before the visit: its questions and the responses, each from a
/// respondent described only by role group and agency type. <see cref="QuestionnaireTables"/> turns the responses into
/// tables that are safe to publish after disclosure control.
/// </summary>
/// <remarks>Checked by <see cref="QuestionnaireValidator"/>. Equality is by value, lists compared item by item.</remarks>
public sealed record Questionnaire
{
    /// <summary>Gets the questionnaire's id, unique within the record's questionnaires (for example <c>q-staff</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the questionnaire's title; null by default.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the questions, each with an id unique within the questionnaire. Empty by default.</summary>
    public IReadOnlyList<Question> Questions { get; init => field = EquatableList.From(value); } = EquatableList.From<Question>(null);

    /// <summary>Gets the responses, each with an id unique within the questionnaire. Empty by default.</summary>
    public IReadOnlyList<QuestionnaireResponse> Responses { get; init => field = EquatableList.From(value); } = EquatableList.From<QuestionnaireResponse>(null);

    /// <summary>
    /// Gets the security marking of the responses, of the scheme in use at the on-site visit (PC0705); null (the default)
    /// when they have none. Every table made from the questionnaire carries it (<see cref="CountTable.Marking"/>).
    /// </summary>
    public SecurityMarking? Marking { get; init; }

    /// <summary>Gets properties of a newer format version, or local <c>x-</c> properties, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }
}
