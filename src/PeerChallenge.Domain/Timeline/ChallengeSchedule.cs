using PeerChallenge.Domain.Provenance;

namespace PeerChallenge.Domain.Timeline;

/// <summary>
/// What the timeline rules need to know: the challenge's dates, what Ofsted was told, what kind of record it is and
/// whether its sources say if Ofsted was notified. The property names are the record's, so the issues of
/// <see cref="TimelineRulesValidator"/> point into the record (<c>/timeline/onSiteEnd</c>).
/// </summary>
/// <param name="Timeline">The lead-in, on-site and after-visit dates.</param>
/// <param name="OfstedNotification">The Ofsted notification; null when it has not been recorded.</param>
/// <remarks>Equality is by value.</remarks>
public sealed record ChallengeSchedule(ChallengeTimeline Timeline, OfstedNotification? OfstedNotification)
{
    /// <summary>Gets the lead-in, on-site and after-visit dates.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public ChallengeTimeline Timeline { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = Timeline ?? throw new ArgumentNullException(nameof(Timeline));

    /// <summary>Gets what kind of record the dates belong to. Default <see cref="RecordKind.Plan"/>: a past review is not told to notify Ofsted (PC0307).</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public RecordKind Kind { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = RecordKind.Plan;

    /// <summary>Gets whether the sources say if Ofsted was notified. Default <see cref="Knowledge.Known"/>; <see cref="Knowledge.NotKnown"/> turns the notification rules into one note (PC0312).</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public Knowledge OfstedNotificationKnown { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = Knowledge.Known;
}
