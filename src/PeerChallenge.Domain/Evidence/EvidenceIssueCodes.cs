using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Evidence;

/// <summary>The issue codes of the evidence a team collects (PC07xx): documents, evidence items, questionnaires, the case audit and their markings.</summary>
public static class EvidenceIssueCodes
{
    /// <summary>PC0705: a security marking from a scheme not in use on the item's date (<see cref="MarkingRules"/>).</summary>
    public static readonly IssueCode MarkingSchemeMismatch = IssueCode.Warning("PC0705", "marking-scheme-mismatch", "A marking from a scheme not in use on the item's date: the Government Protective Marking Scheme until 1 April 2014, the Government Security Classifications from 2 April 2014.");

    /// <summary>Gets the codes of this class, ordered by code.</summary>
    public static IReadOnlyList<IssueCode> All { get; } = Array.AsReadOnly([MarkingSchemeMismatch]);
}
