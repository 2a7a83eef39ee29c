using System.Collections.Frozen;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Evidence;
using PeerChallenge.Domain.Findings;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.OnSite;
using PeerChallenge.Domain.Organisations;
using PeerChallenge.Domain.Privacy;
using PeerChallenge.Domain.Provenance;
using PeerChallenge.Domain.Team;
using PeerChallenge.Domain.Timeline;

namespace PeerChallenge.Domain.Serialization;

/// <summary>
/// The catalogue of every issue code the library raises, as published in <c>docs/issue-codes.md</c> (a test fails
/// when a code is missing there). Each area declares its own codes in its folder: <see cref="ReadingIssueCodes"/>,
/// <see cref="CommonIssueCodes"/>, <see cref="RecordIssueCodes"/>, <see cref="TeamIssueCodes"/>,
/// <see cref="TimelineIssueCodes"/>, <see cref="PrivacyIssueCodes"/>, <see cref="FrameworkIssueCodes"/>, <see cref="OrganisationIssueCodes"/>,
/// <see cref="ProvenanceIssueCodes"/>, <see cref="EvidenceIssueCodes"/>, <see cref="OnSiteIssueCodes"/> and <see cref="FindingsIssueCodes"/>.
/// </summary>
public static class IssueCodes
{
    private static readonly FrozenDictionary<string, IssueCode> ByCode = Catalogue().ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);

    /// <summary>Gets every issue code, ordered by code.</summary>
    public static IReadOnlyList<IssueCode> All { get; } = Array.AsReadOnly(Catalogue().OrderBy(c => c.Code, StringComparer.Ordinal).ToArray());

    /// <summary>Finds the documented code <paramref name="code"/>, for example <c>PC0201</c>.</summary>
    /// <param name="code">The code; null finds nothing.</param>
    /// <returns>The issue code, or null when no such code exists.</returns>
    public static IssueCode? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var found) ? found : null;

    private static IEnumerable<IssueCode> Catalogue() =>
        ReadingIssueCodes.All.Concat(CommonIssueCodes.All).Concat(RecordIssueCodes.All).Concat(TeamIssueCodes.All)
            .Concat(TimelineIssueCodes.All).Concat(PrivacyIssueCodes.All).Concat(FrameworkIssueCodes.All)
            .Concat(OrganisationIssueCodes.All).Concat(ProvenanceIssueCodes.All).Concat(EvidenceIssueCodes.All).Concat(OnSiteIssueCodes.All).Concat(FindingsIssueCodes.All).Concat(ExportIssueCodes.All);
}
