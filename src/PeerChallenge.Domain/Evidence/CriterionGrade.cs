using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Evidence;

/// <summary>The grade an audited case was given against one criterion of the audit, for example <c>information-sharing</c> graded <c>good</c>.</summary>
/// <remarks>Equality is by value.</remarks>
public sealed record CriterionGrade
{
    /// <summary>Gets the id of the criterion (one of the audit's <see cref="CaseAudit.Criteria"/>).</summary>
    public required string Criterion { get; init; }

    /// <summary>Gets the grade: a code of the edition's grading scale (<see cref="Framework.Edition.AuditGrades"/>), for example <c>good</c>.</summary>
    public required string Grade { get; init; }

    /// <summary>Gets properties of a newer format version, or local <c>x-</c> properties, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }
}
