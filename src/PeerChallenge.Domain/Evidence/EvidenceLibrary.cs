using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Organisations;

namespace PeerChallenge.Domain.Evidence;

/// <summary>
/// What the evidence rules need to know: the documents and evidence items, and the parts of the record they refer to
/// (the host council and partner agencies that may own a document, the lines of enquiry, the team members' ids). The
/// property names are the record's, so the issues of <see cref="EvidenceValidator"/> point into the record
/// (<c>/evidence/2/source/groupSize</c>).
/// </summary>
/// <param name="Documents">The document library.</param>
/// <param name="Evidence">The evidence items.</param>
/// <param name="HostCouncil">The council that invited the challenge.</param>
/// <remarks>Equality is by value, lists compared item by item.</remarks>
public sealed record EvidenceLibrary(IReadOnlyList<Document> Documents, IReadOnlyList<EvidenceItem> Evidence, Organisation HostCouncil)
{
    /// <summary>Gets the document library. Never null.</summary>
    public IReadOnlyList<Document> Documents { get; init => field = EquatableList.From(value); } = EquatableList.From(Documents);

    /// <summary>Gets the evidence items. Never null.</summary>
    public IReadOnlyList<EvidenceItem> Evidence { get; init => field = EquatableList.From(value); } = EquatableList.From(Evidence);

    /// <summary>Gets the council that invited the challenge: a document's owner may be it.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public Organisation HostCouncil { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = HostCouncil ?? throw new ArgumentNullException(nameof(HostCouncil));

    /// <summary>Gets the partner agencies under review: a document's owner may be one of them. Empty by default.</summary>
    public IReadOnlyList<Organisation> PartnerAgencies { get; init => field = EquatableList.From(value); } = EquatableList.From<Organisation>(null);

    /// <summary>Gets the record's lines of enquiry, which documents and evidence items refer to by id. Empty by default.</summary>
    public IReadOnlyList<LineOfEnquiry> LinesOfEnquiry { get; init => field = EquatableList.From(value); } = EquatableList.From<LineOfEnquiry>(null);

    /// <summary>Gets the ids of the record's team members, whom evidence items name as gatherers. Empty by default.</summary>
    public IReadOnlyList<string> TeamMemberIds { get; init => field = EquatableList.From(value); } = EquatableList.From<string>(null);
}
