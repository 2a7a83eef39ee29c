using System.Text.Json.Serialization;
using NodaTime;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Provenance;

namespace PeerChallenge.Domain.Timeline;

/// <summary>
/// The LGA's notice to Ofsted of the planned challenge, so that an inspection does not coincide with it,
/// and any inspection windows declared.
/// </summary>
public sealed record OfstedNotification
{
    /// <summary>Gets a value indicating whether Ofsted has been notified.</summary>
    public required bool Notified { get; init; }

    /// <summary>Gets when Ofsted was notified, as precisely as known (a day as a <see cref="LocalDate"/> converts implicitly); null (the default) when not known or not yet notified.</summary>
    public PartialDate? NotifiedOn { get; init; }

    /// <summary>Gets who notified Ofsted, as an office (for example <c>LGG Head of Safeguarding Programme</c>); null by default.</summary>
    public string? NotifiedBy { get; init; }

    /// <summary>Gets the declared inspection windows the on-site week must avoid. Empty by default.</summary>
    public IReadOnlyList<InspectionWindow> InspectionWindows { get; init => field = EquatableList.From(value); } = EquatableList.From<InspectionWindow>(null);

    /// <summary>Gets properties of a newer format version, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }
}
