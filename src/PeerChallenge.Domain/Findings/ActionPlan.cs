using System.Text.Json.Serialization;
using NodaTime;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Provenance;

namespace PeerChallenge.Domain.Findings;

/// <summary>
/// The council's action plan in answer to the report: for each recommendation, the desired outcome, success indicators
/// and actions, monitored to the progress review.
/// </summary>
/// <remarks>Equality is by value, lists compared item by item. Checked by <see cref="ActionPlanValidator"/>.</remarks>
public sealed record ActionPlan
{
    /// <summary>Gets the day the council published the plan; null (the default) while not published.</summary>
    public PartialDate? Published { get; init; }

    /// <summary>Gets the entries, one for each recommendation. Empty by default.</summary>
    public IReadOnlyList<ActionPlanEntry> Entries { get; init => field = EquatableList.From(value); } = EquatableList.From<ActionPlanEntry>(null);

    /// <summary>Gets properties of a newer format version, or local <c>x-</c> properties, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }

    /// <summary>Returns the actions overdue on <paramref name="asOf"/> (<see cref="PlannedAction.IsOverdue"/>), in plan order.</summary>
    /// <param name="asOf">The day to judge on, passed in by the caller (the domain never reads the clock).</param>
    /// <returns>The overdue actions; empty when none.</returns>
    public IReadOnlyList<PlannedAction> OverdueOn(LocalDate asOf) => [.. Entries.SelectMany(e => e.Actions).Where(a => a.IsOverdue(asOf))];
}
