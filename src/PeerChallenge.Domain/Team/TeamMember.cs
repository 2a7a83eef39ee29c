using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Organisations;

namespace PeerChallenge.Domain.Team;

/// <summary>
/// A member of the peer team: a senior peer from another authority (or LGA staff) in one of the edition's
/// roles. Whether the person is confirmed (<see cref="Status"/>) is separate from whether the record names them: a
/// record of a past review may describe a member only by role, job title and kind of organisation ("the Director of
/// Children's Services of a county council"), and two such members are never taken for the same person.
/// </summary>
public sealed record TeamMember
{
    /// <summary>Gets the member's id, unique within the team (for example <c>tm-1</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the code of the member's role in the record's edition, for example <c>team-leader</c>.</summary>
    public required RoleCode Role { get; init; }

    /// <summary>Gets whether the person is confirmed; null (the default) means inferred as before statuses existed (see <see cref="EffectiveStatus"/>).</summary>
    public MemberStatus? Status { get; init; }

    /// <summary>Gets the member's name; null (the default) while to be confirmed or when the sources do not give it.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the member's job title or office, for example <c>Director of Children's Services</c>; null by default.</summary>
    public string? JobTitle { get; init; }

    /// <summary>Gets the organisation the member works for; null (the default) while to be confirmed or when the sources do not name it.</summary>
    public Organisation? HomeOrganisation { get; init; }

    /// <summary>Gets the kind of organisation the member works for, as the sources describe it, for example <c>county council</c> or <c>primary care trust</c>; null by default.</summary>
    public string? HomeOrganisationKind { get; init; }

    /// <summary>Gets the member's sector; when null (the default) the home organisation's sector is used.</summary>
    public Sector? Sector { get; init; }

    /// <summary>Gets a value indicating whether the member is an elected member (a councillor). Default false.</summary>
    /// <remarks>Written to JSON only when it was given (read from a document or set in code), so a record of a past review whose source does not say is not made to say "not an elected member".</remarks>
    [JsonIgnore]
    public bool ElectedMember { get => ElectedMemberGiven ?? false; init => ElectedMemberGiven = value; }

    [JsonInclude]
    [JsonPropertyName("electedMember")]
    internal bool? ElectedMemberGiven { get; init; }

    /// <summary>Gets whether the member is on site during the visit; null (the default) means as the role says.</summary>
    public bool? OnSite { get; init; }

    /// <summary>Gets the ids of the record's sources that give this member. Empty by default.</summary>
    public IReadOnlyList<string> Sources { get; init => field = EquatableList.From(value); } = EquatableList.From<string>(null);

    /// <summary>Gets properties of a newer format version, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }

    /// <summary>Gets the sector that counts for the rules: <see cref="Sector"/>, else the home organisation's, else null.</summary>
    [JsonIgnore]
    public Sector? EffectiveSector => Sector ?? HomeOrganisation?.Sector;

    /// <summary>
    /// Gets the status that counts for the rules: <see cref="Status"/> when given; otherwise, as before statuses existed,
    /// <see cref="MemberStatus.ToBeConfirmed"/> when the name or the home organisation is missing and
    /// <see cref="MemberStatus.Confirmed"/> when both are given.
    /// </summary>
    [JsonIgnore]
    public MemberStatus EffectiveStatus => Status ?? (string.IsNullOrWhiteSpace(Name) || HomeOrganisation is null ? MemberStatus.ToBeConfirmed : MemberStatus.Confirmed);

    /// <summary>Gets a value indicating whether the member is still to be confirmed (<see cref="EffectiveStatus"/> is <see cref="MemberStatus.ToBeConfirmed"/>).</summary>
    [JsonIgnore]
    public bool IsToBeConfirmed => ReferenceEquals(EffectiveStatus, MemberStatus.ToBeConfirmed);
}
