using NodaTime;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Evidence;
using PeerChallenge.Domain.Privacy;

namespace PeerChallenge.Domain.Export;

/// <summary>
/// What an export is made with besides its profile: the day (the library never reads the clock), the tool's name and
/// version, the pseudonym key, and the council's deny and allow lists and case reference patterns.
/// </summary>
/// <remarks>Equality is by value, the key by reference.</remarks>
public sealed record ExportSettings
{
    /// <summary>Gets the day the export is made, written into it. Required.</summary>
    public required LocalDate Date { get; init; }

    /// <summary>Gets the name and version of the program making the export, such as <c>peer-challenge 0.2.0</c>. Required.</summary>
    public required string ToolVersion { get; init; }

    /// <summary>
    /// Gets the council's pseudonym key; required by a profile that pseudonymises (<see cref="ExportProfile.NeedsKey"/>).
    /// Only its fingerprint goes into the export. The default is none.
    /// </summary>
    public PseudonymKey? Key { get; init; }

    /// <summary>
    /// Gets more names to find wherever they appear (the deny list), beside the names the record knows (team members,
    /// the contact). One name a line, as <see cref="PersonalDataScannerOptions.KnownNames"/>. The default is none.
    /// </summary>
    public IReadOnlyList<string> KnownNames { get; init => field = EquatableList.From(value); } = EquatableList.From<string>(null);

    /// <summary>Gets the council's own terms to keep (the allow list), as <see cref="PersonalDataScannerOptions.AllowedTerms"/>. The default is none.</summary>
    public IReadOnlyList<string> AllowedTerms { get; init => field = EquatableList.From(value); } = EquatableList.From<string>(null);

    /// <summary>Gets the council's case reference patterns. The default is none (case references after a cue are still found).</summary>
    public IReadOnlyList<CaseReferencePattern> CaseReferencePatterns { get; init => field = EquatableList.From(value); } = EquatableList.From<CaseReferencePattern>(null);

    /// <summary>Gets the ids of documents and questionnaires (or <c>caseAudit</c>) cleared for release although marked above the profile's limit. The default is none.</summary>
    public IReadOnlyList<string> ClearedForRelease { get; init => field = EquatableList.From(value); } = EquatableList.From<string>(null);
}
