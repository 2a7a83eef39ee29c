using System.Text.Json.Serialization;
using NodaTime;

namespace PeerChallenge.Domain.Timeline;

/// <summary>The key dates of a challenge: the start of the lead-in and the on-site visit.</summary>
public sealed record ChallengeTimeline
{
    /// <summary>Gets the first day of the lead-in (8 August 2011 for Rotherham); null (the default) while not fixed.</summary>
    public LocalDate? LeadInStart { get; init; }

    /// <summary>Gets the first on-site day (Monday 3 October 2011 for Rotherham).</summary>
    public required LocalDate OnSiteStart { get; init; }

    /// <summary>Gets the last on-site day, inclusive (Friday 7 October 2011 for Rotherham).</summary>
    public required LocalDate OnSiteEnd { get; init; }

    /// <summary>Gets properties of a newer format version, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }
}
