using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Framework;

namespace PeerChallenge.Domain.Evidence;

/// <summary>
/// A question of a <see cref="Questionnaire"/>: its text, the themes and lines of enquiry it bears on, and the options a
/// respondent chooses from (a response scale such as <see cref="ResponseScale.AgreeToDisagree"/>); a question with no
/// options takes a free-text answer.
/// </summary>
/// <remarks>Equality is by value, lists compared item by item.</remarks>
public sealed record Question
{
    /// <summary>Gets the question's id, unique within its questionnaire (for example <c>q1</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the question as asked; null by default.</summary>
    public string? Text { get; init; }

    /// <summary>Gets the codes of the edition's themes it bears on. Empty by default.</summary>
    public IReadOnlyList<ThemeCode> Themes { get; init => field = EquatableList.From(value); } = EquatableList.From<ThemeCode>(null);

    /// <summary>Gets the ids of the record's lines of enquiry it bears on. Empty by default.</summary>
    public IReadOnlyList<string> LinesOfEnquiry { get; init => field = EquatableList.From(value); } = EquatableList.From<string>(null);

    /// <summary>Gets the options a respondent chooses from, in the order asked; empty (the default) for a free-text question.</summary>
    public IReadOnlyList<ResponseOption> Options { get; init => field = EquatableList.From(value); } = EquatableList.From<ResponseOption>(null);

    /// <summary>Gets a value indicating whether the question takes a free-text answer (it has no options).</summary>
    [JsonIgnore]
    public bool IsFreeText => Options.Count == 0;

    /// <summary>Gets properties of a newer format version, or local <c>x-</c> properties, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }
}
