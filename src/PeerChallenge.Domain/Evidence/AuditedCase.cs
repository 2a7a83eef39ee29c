using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Evidence;

/// <summary>
/// A case the team audited: its pseudonym (never the council's case reference), the agencies involved, its level of
/// need, whether a CAF or early help assessment was used, a grade per criterion and the auditor's role.
/// </summary>
/// <remarks>
/// The pseudonym is all the record holds of the case's identity: a raw identifier where it belongs cannot be read
/// (PC0706). The level of need, the auditor's role and the agencies are free text that must not contain personal data
/// (PC0401). Equality is by value, lists compared item by item.
/// </remarks>
public sealed record AuditedCase
{
    /// <summary>Gets the case's pseudonym (<see cref="CasePseudonymiser"/>), unique within the audit.</summary>
    public required CasePseudonym Pseudonym { get; init; }

    /// <summary>Gets the types of agency involved in the case, for example <c>children's social care</c>, <c>health</c>, <c>police</c>. Empty by default.</summary>
    public IReadOnlyList<string> Agencies { get; init => field = EquatableList.From(value); } = EquatableList.From<string>(null);

    /// <summary>Gets the case's level of need on the council's threshold continuum (for example <c>level 3: targeted</c>); null when not recorded.</summary>
    public string? LevelOfNeed { get; init; }

    /// <summary>Gets whether a CAF (Common Assessment Framework) or early help assessment was used; null when not recorded.</summary>
    public bool? EarlyHelpAssessment { get; init; }

    /// <summary>Gets the grades, at most one per criterion. Empty by default.</summary>
    public IReadOnlyList<CriterionGrade> Grades { get; init => field = EquatableList.From(value); } = EquatableList.From<CriterionGrade>(null);

    /// <summary>Gets the role of the auditor (for example <c>officer peer</c>), never a name; null when not recorded.</summary>
    public string? AuditorRole { get; init; }

    /// <summary>Gets properties of a newer format version, or local <c>x-</c> properties, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }
}
