using System.Text.Json.Serialization;
using NodaTime;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Provenance;

namespace PeerChallenge.Domain.Timeline;

/// <summary>
/// The key dates of a challenge: the start of the lead-in, the on-site visit, and the optional dates after it
/// (draft report, council's comments, final report, action plan, progress review). Make them with a
/// <see cref="TimelinePlanner"/> (<see cref="TimelinePlan.ToChallengeTimeline"/>); check them with
/// <see cref="TimelineRulesValidator"/>.
/// </summary>
/// <remarks>
/// Each date is a <see cref="PartialDate"/>: a plan has days (a <see cref="LocalDate"/> converts implicitly), while a
/// record of a past review may know only the month or the year ("January 2010", "c.2012"), or no end to the visit
/// ("from 4 February 2013"). The rules use the precision they have: day rules (working days, bank holidays, the
/// lead-in) need days, the order of the dates is checked wherever it is certain.
/// </remarks>
public sealed record ChallengeTimeline
{
    /// <summary>Gets the first day of the lead-in (8 August 2011 for Rotherham); null (the default) while not fixed.</summary>
    public PartialDate? LeadInStart { get; init; }

    /// <summary>Gets the first on-site day (Monday 3 October 2011 for Rotherham), or the month or year of the visit when only that is known.</summary>
    public required PartialDate OnSiteStart { get; init; }

    /// <summary>Gets the last on-site day, inclusive (Friday 7 October 2011 for Rotherham); null (the default) when not known, as in "from 4 February 2013".</summary>
    public PartialDate? OnSiteEnd { get; init; }

    /// <summary>Gets the day the written feedback (draft report) is due with the council; null (the default) while not planned.</summary>
    public PartialDate? DraftReportDue { get; init; }

    /// <summary>Gets the day the council's comments on the draft report (factual accuracy) are due; null (the default) while not planned.</summary>
    public PartialDate? CouncilCommentsDue { get; init; }

    /// <summary>Gets the day the final report is due; null (the default) while not planned.</summary>
    public PartialDate? FinalReportDue { get; init; }

    /// <summary>Gets the day the council's action plan is due to be published; null (the default) while not planned.</summary>
    public PartialDate? ActionPlanDue { get; init; }

    /// <summary>Gets the day of the progress review (return visit); null (the default) while not planned.</summary>
    public PartialDate? ProgressReviewDue { get; init; }

    /// <summary>Gets properties of a newer format version, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }
}
