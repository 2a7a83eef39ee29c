using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Evidence;

/// <summary>
/// The case audit of inter-agency work: a template of criteria (such as information sharing, joint planning,
/// timeliness, voice of the child, management oversight) and the audited cases, each graded against the criteria on
/// the edition's grading scale (<see cref="Framework.Edition.AuditGrades"/>).
/// </summary>
/// <remarks>
/// Checked by <see cref="CaseAuditValidator"/>; <see cref="CaseAuditTables"/> turns it into tables of grades per
/// criterion and per agency for <see cref="DisclosureControl"/>. Equality is by value, lists compared item by item.
/// </remarks>
public sealed record CaseAudit
{
    /// <summary>Gets the criteria every case is graded against. Empty by default.</summary>
    public IReadOnlyList<AuditCriterion> Criteria { get; init => field = EquatableList.From(value); } = EquatableList.From<AuditCriterion>(null);

    /// <summary>Gets the audited cases. Empty by default.</summary>
    public IReadOnlyList<AuditedCase> Cases { get; init => field = EquatableList.From(value); } = EquatableList.From<AuditedCase>(null);

    /// <summary>
    /// Gets the security marking of the audit's results, of the scheme in use at the on-site visit (PC0705); null (the
    /// default) when they have none. Every table made from the audit carries it (<see cref="CountTable.Marking"/>).
    /// </summary>
    public SecurityMarking? Marking { get; init; }

    /// <summary>Gets properties of a newer format version, or local <c>x-</c> properties, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }
}
