using System.Text.Json.Serialization;
using NodaTime;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Timeline;

/// <summary>
/// The key dates of a challenge: the start of the lead-in, the on-site visit, and the optional dates after it
/// (draft report, council's comments, final report, action plan, progress review). Make them with a
/// <see cref="TimelinePlanner"/> (<see cref="TimelinePlan.ToChallengeTimeline"/>); check them with
/// <see cref="TimelineRulesValidator"/>.
/// </summary>
public sealed record ChallengeTimeline
{
    /// <summary>Gets the first day of the lead-in (8 August 2011 for Rotherham); null (the default) while not fixed.</summary>
    public LocalDate? LeadInStart { get; init; }

    /// <summary>Gets the first on-site day (Monday 3 October 2011 for Rotherham).</summary>
    public required LocalDate OnSiteStart { get; init; }

    /// <summary>Gets the last on-site day, inclusive (Friday 7 October 2011 for Rotherham).</summary>
    public required LocalDate OnSiteEnd { get; init; }

    /// <summary>Gets the day the written feedback (draft report) is due with the council; null (the default) while not planned.</summary>
    public LocalDate? DraftReportDue { get; init; }

    /// <summary>Gets the day the council's comments on the draft report (factual accuracy) are due; null (the default) while not planned.</summary>
    public LocalDate? CouncilCommentsDue { get; init; }

    /// <summary>Gets the day the final report is due; null (the default) while not planned.</summary>
    public LocalDate? FinalReportDue { get; init; }

    /// <summary>Gets the day the council's action plan is due to be published; null (the default) while not planned.</summary>
    public LocalDate? ActionPlanDue { get; init; }

    /// <summary>Gets the day of the progress review (return visit); null (the default) while not planned.</summary>
    public LocalDate? ProgressReviewDue { get; init; }

    /// <summary>Gets properties of a newer format version, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }
}
