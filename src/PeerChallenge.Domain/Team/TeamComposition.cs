using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Organisations;
using PeerChallenge.Domain.Provenance;

namespace PeerChallenge.Domain.Team;

/// <summary>
/// What the team rules need to know: the team, and the host council and partner agencies its members must be
/// independent of. The property names are the record's, so the issues of <see cref="TeamCompositionValidator"/>
/// point into the record (<c>/team/2/role</c>).
/// </summary>
/// <param name="Team">The peer team.</param>
/// <param name="HostCouncil">The council that invited the challenge.</param>
/// <param name="PartnerAgencies">The partner agencies under review with the council.</param>
/// <remarks>Equality is by value, lists compared item by item.</remarks>
public sealed record TeamComposition(IReadOnlyList<TeamMember> Team, Organisation HostCouncil, IReadOnlyList<Organisation> PartnerAgencies)
{
    /// <summary>Gets the peer team. Never null.</summary>
    public IReadOnlyList<TeamMember> Team { get; init => field = EquatableList.From(value); } = EquatableList.From(Team);

    /// <summary>Gets the council that invited the challenge.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public Organisation HostCouncil { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = HostCouncil ?? throw new ArgumentNullException(nameof(HostCouncil));

    /// <summary>Gets the partner agencies under review. Never null.</summary>
    public IReadOnlyList<Organisation> PartnerAgencies { get; init => field = EquatableList.From(value); } = EquatableList.From(PartnerAgencies);

    /// <summary>Gets what kind of record the team belongs to. Default <see cref="RecordKind.Plan"/>; on a past review the rules about places still to fill (PC0208, PC0209) do not run.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public RecordKind Kind { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = RecordKind.Plan;

    /// <summary>Gets how much of the team the record gives. Default <see cref="Knowledge.Known"/>; otherwise the role counts (PC0201, PC0208) are not checked and PC0211 says so.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public Knowledge TeamKnown { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = Knowledge.Known;
}
