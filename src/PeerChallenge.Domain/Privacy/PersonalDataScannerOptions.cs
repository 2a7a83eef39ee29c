namespace PeerChallenge.Domain.Privacy;

/// <summary>
/// How a <see cref="PersonalDataScanner"/> is set up: the council's case reference patterns, which kinds of
/// personal data to look for, the name lists, and the lowest confidence reported.
/// </summary>
/// <remarks>
/// Immutable: make a changed copy with <c>with</c>, for example
/// <c>PersonalDataScannerOptions.Default with { CaseReferencePatterns = [CaseReferencePattern.Parse("CR-######")] }</c>.
/// Equality compares the lists by reference, not by content.
/// </remarks>
public sealed record PersonalDataScannerOptions
{
    /// <summary>Gets the default options: every kind, no case reference patterns, <see cref="NameGazetteer.Default"/>, minimum confidence 0.</summary>
    public static PersonalDataScannerOptions Default { get; } = new();

    /// <summary>
    /// Gets the shapes of the council's case references. The default is none; identifiers right after "case ref",
    /// "case number", "child ID" and similar cues are found as <see cref="PersonalDataKind.CaseReference"/> anyway.
    /// </summary>
    public IReadOnlyList<CaseReferencePattern> CaseReferencePatterns { get; init; } = [];

    /// <summary>Gets the kinds of personal data to look for. The default is every kind (<see cref="PersonalDataKind.All"/>).</summary>
    public IReadOnlyCollection<PersonalDataKind> EnabledKinds { get; init; } = PersonalDataKind.All;

    /// <summary>Gets the forenames and surnames used to find people's names. The default is <see cref="NameGazetteer.Default"/>.</summary>
    public NameGazetteer Names { get; init; } = NameGazetteer.Default;

    /// <summary>
    /// Gets the lowest confidence a hit must have to be reported, from 0 to 1. The default, 0, reports every hit;
    /// 0.7 leaves out lone forenames (0.6) and cued unknown names (0.65) but keeps full names and identifiers.
    /// </summary>
    public double MinimumConfidence { get; init; }
}
