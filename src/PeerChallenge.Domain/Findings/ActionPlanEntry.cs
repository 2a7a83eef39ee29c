using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Findings;

/// <summary>
/// The council's answer to one recommendation in its action plan: the outcome it wants, how it will know it has got
/// there (success indicators) and the actions it will take.
/// </summary>
/// <remarks>Equality is by value, lists compared item by item. Checked by <see cref="ActionPlanValidator"/>.</remarks>
public sealed record ActionPlanEntry
{
    /// <summary>Gets the id of the finding (a recommendation) this entry answers.</summary>
    public required string Recommendation { get; init; }

    /// <summary>Gets the outcome the council wants. Checked for personal data.</summary>
    public required string DesiredOutcome { get; init; }

    /// <summary>Gets how the council will know the outcome is reached. Empty by default.</summary>
    public IReadOnlyList<string> SuccessIndicators { get; init => field = EquatableList.From(value); } = EquatableList.From<string>(null);

    /// <summary>Gets the actions; at least one is needed (PC0916). Empty by default.</summary>
    public IReadOnlyList<PlannedAction> Actions { get; init => field = EquatableList.From(value); } = EquatableList.From<PlannedAction>(null);

    /// <summary>Gets properties of a newer format version, or local <c>x-</c> properties, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }
}
