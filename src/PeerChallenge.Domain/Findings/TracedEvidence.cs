using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Evidence;
using PeerChallenge.Domain.Framework;

namespace PeerChallenge.Domain.Findings;

/// <summary>
/// One step of the trace of a finding (<see cref="FindingTrace"/>): an evidence item the finding cites, with the
/// documents it draws on resolved from the record's library, the roles of the team members who gathered it, and its
/// source group. An id the record's evidence does not have is kept as a step "not in the record" (<see cref="Item"/>
/// null), which the findings rules report as PC0902.
/// </summary>
/// <remarks>
/// Who gathered the item is told by role only (<see cref="GatheredBy"/>), never by member: a trace is meant to be shown
/// and shared, and the team's names and ids stay out of it. Made by <see cref="FindingTrace.Of"/>. Equality is by value,
/// lists compared item by item.
/// </remarks>
public sealed record TracedEvidence
{
    internal TracedEvidence(string id, EvidenceItem? item, IReadOnlyList<TracedDocument> documents, IReadOnlyList<RoleCode> gatheredBy, int gatherersNotInTeam)
    {
        Id = id;
        Item = item;
        Documents = EquatableList.From(documents);
        GatheredBy = EquatableList.From(gatheredBy);
        GatherersNotInTeam = gatherersNotInTeam;
    }

    /// <summary>Gets the evidence id the finding cites, for example <c>ev-3</c>. Never null.</summary>
    public string Id { get; }

    /// <summary>Gets the record's evidence item with <see cref="Id"/> (the first, if the record has it twice); null when the record has none.</summary>
    public EvidenceItem? Item { get; }

    /// <summary>Gets a value indicating whether the record has the evidence item (<see cref="Item"/> is not null).</summary>
    public bool InRecord => Item is not null;

    /// <summary>
    /// Gets the documents the item draws on, in the order it cites them, each id once, each resolved from the record's
    /// library or kept as "not in the record". Empty when the item cites none, or is not in the record.
    /// </summary>
    public IReadOnlyList<TracedDocument> Documents { get; }

    /// <summary>
    /// Gets the roles of the team members who gathered the item, each role once, in the order of the item's
    /// <see cref="EvidenceItem.GatheredBy"/>. Empty when it names no one, or is not in the record.
    /// </summary>
    public IReadOnlyList<RoleCode> GatheredBy { get; }

    /// <summary>Gets how many of the item's gatherers are not members of the record's team (PC0701), so have no role to show. 0 by default.</summary>
    public int GatherersNotInTeam { get; }

    /// <summary>Gets the group the item comes from (<see cref="EvidenceItem.Source"/>); null for an item with no people as its source, or not in the record.</summary>
    public EvidenceSource? Source => Item?.Source;
}
