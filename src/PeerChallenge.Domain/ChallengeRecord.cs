using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Organisations;
using PeerChallenge.Domain.Team;
using PeerChallenge.Domain.Timeline;

namespace PeerChallenge.Domain;

/// <summary>
/// A children's safeguarding peer challenge: who is challenged and by whom, under which framework edition,
/// when, and on what local lines of enquiry. This is the root of the JSON interchange document.
/// </summary>
/// <remarks>
/// Immutable; equality is by value (lists item by item, unknown properties by deep JSON equality). Whole-record
/// rules are checked by <see cref="ChallengeRecordValidator"/>; read and write JSON with
/// <see cref="Serialization.ChallengeRecordReader"/> and <see cref="Serialization.ChallengeRecordWriter"/>.
/// </remarks>
public sealed record ChallengeRecord
{
    /// <summary>Gets the version of the interchange format the document follows (SemVer). Default <see cref="SchemaVersion.Current"/>, the version this library writes.</summary>
    public SchemaVersion SchemaVersion { get; init; } = SchemaVersion.Current;

    /// <summary>Gets the challenge's identifier.</summary>
    public required ChallengeId Id { get; init; }

    /// <summary>Gets the code of the framework edition; default <see cref="EditionCode.Lgg2011"/> (<c>lgg-2011</c>).</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    [JsonIgnore]
    public EditionCode Edition { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = EditionCode.Lgg2011;

    // The source-generated reader passes a left-out init-only property to the object initializer as its type's default
    // (0, false, null), not as the initializer's. A JSON-only nullable twin tells "left out" from a value and applies
    // the format's default (the schemas publish it as "default").
    [JsonInclude]
    [JsonPropertyName("edition")]
    internal EditionCode? EditionInJson { get => Edition; init => Edition = value ?? EditionCode.Lgg2011; }

    /// <summary>Gets a custom edition defined in the record itself, whose code must equal <see cref="Edition"/>; null (the default) for built-in editions.</summary>
    public Edition? EditionDefinition { get; init; }

    /// <summary>Gets a title, for example <c>Rotherham safeguarding children peer challenge 2011</c>; null by default.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the council that invited the challenge.</summary>
    public required Organisation HostCouncil { get; init; }

    /// <summary>Gets the partner agencies under review with the council (police, health, schools, the LSCB). Empty by default.</summary>
    public IReadOnlyList<Organisation> PartnerAgencies { get; init => field = EquatableList.From(value); } = EquatableList.From<Organisation>(null);

    /// <summary>Gets the peer team. Empty by default.</summary>
    public IReadOnlyList<TeamMember> Team { get; init => field = EquatableList.From(value); } = EquatableList.From<TeamMember>(null);

    /// <summary>Gets the lead-in and on-site dates.</summary>
    public required ChallengeTimeline Timeline { get; init; }

    /// <summary>Gets the Ofsted notification; null (the default) when it has not been recorded.</summary>
    public OfstedNotification? OfstedNotification { get; init; }

    /// <summary>Gets the council's contact for the challenge; null by default.</summary>
    public Contact? Contact { get; init; }

    /// <summary>Gets the host council's local lines of enquiry. Empty by default.</summary>
    public IReadOnlyList<LineOfEnquiry> LinesOfEnquiry { get; init => field = EquatableList.From(value); } = EquatableList.From<LineOfEnquiry>(null);

    /// <summary>Gets properties of a newer format version, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }
}
