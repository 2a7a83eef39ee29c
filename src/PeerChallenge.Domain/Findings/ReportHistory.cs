using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Findings;

/// <summary>
/// The written report's life: its versions from the first draft to publication, the council's comments on the draft
/// (factual accuracy) with the team's decisions, and the themes of the edition it does not cover, with the reasons.
/// </summary>
/// <remarks>Equality is by value, lists compared item by item. Checked by <see cref="ReportValidator"/>.</remarks>
public sealed record ReportHistory
{
    /// <summary>Gets the versions, in the order they were made. Empty by default.</summary>
    public IReadOnlyList<ReportVersion> Versions { get; init => field = EquatableList.From(value); } = EquatableList.From<ReportVersion>(null);

    /// <summary>Gets the council's comments on the draft. Empty by default.</summary>
    public IReadOnlyList<CouncilComment> Comments { get; init => field = EquatableList.From(value); } = EquatableList.From<CouncilComment>(null);

    /// <summary>Gets the themes of the edition the report does not cover, each with the reason. Empty by default.</summary>
    public IReadOnlyList<ThemeOmission> ThemesNotCovered { get; init => field = EquatableList.From(value); } = EquatableList.From<ThemeOmission>(null);

    /// <summary>Gets the latest version (the last listed); null when there are none.</summary>
    [JsonIgnore]
    public ReportVersion? Current => Versions.Count == 0 ? null : Versions[^1];

    /// <summary>Gets the first version that is final, or published when no version says final; null while the report is not final.</summary>
    [JsonIgnore]
    public ReportVersion? Final => Versions.FirstOrDefault(v => v.Status == ReportStatus.Final) ?? Versions.FirstOrDefault(v => v.Status == ReportStatus.Published);

    /// <summary>Gets properties of a newer format version, or local <c>x-</c> properties, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }
}
