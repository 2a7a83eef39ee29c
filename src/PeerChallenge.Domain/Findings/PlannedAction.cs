using System.Text.Json.Serialization;
using NodaTime;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Provenance;

namespace PeerChallenge.Domain.Findings;

/// <summary>
/// An action of the council's action plan: what will be done, the office or role that owns it (never a person's name),
/// when it is due, where it stands, and the dated progress updates on it.
/// </summary>
/// <remarks>
/// Equality is by value, lists compared item by item. Checked by <see cref="ActionPlanValidator"/>: due after the final
/// report (PC0918), not overdue relative to a date passed in (PC0919), no personal data in its text or owner (PC0401).
/// </remarks>
public sealed record PlannedAction
{
    /// <summary>Gets the action's id, unique within the action plan (for example <c>a-1.1</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets what will be done. Checked for personal data.</summary>
    public required string Description { get; init; }

    /// <summary>Gets the office or role accountable for it (for example <c>Director of Children's Services</c>), never a person's name.</summary>
    public required string Owner { get; init; }

    /// <summary>Gets when it is due (a day, or the month or year a plan gives); null (the default) when the plan gives no date.</summary>
    public PartialDate? Due { get; init; }

    /// <summary>Gets where it stands.</summary>
    public required ActionStatus Status { get; init; }

    /// <summary>Gets the progress updates, in date order. Empty by default.</summary>
    public IReadOnlyList<ProgressUpdate> Progress { get; init => field = EquatableList.From(value); } = EquatableList.From<ProgressUpdate>(null);

    /// <summary>Gets properties of a newer format version, or local <c>x-</c> properties, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }

    /// <summary>
    /// Whether the action is overdue on <paramref name="asOf"/>: it is not done, and the whole of its due period (the day,
    /// or the last day of the month or year given) is before <paramref name="asOf"/>. An action with no due date is never overdue.
    /// </summary>
    /// <param name="asOf">The day to judge on, passed in by the caller (the domain never reads the clock).</param>
    /// <returns>True when overdue.</returns>
    public bool IsOverdue(LocalDate asOf) => Status != ActionStatus.Done && Due is { } due && due.Latest < asOf;
}
