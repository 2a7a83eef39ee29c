namespace PeerChallenge.Domain.Timeline;

/// <summary>
/// What the timeline rules need to know: the challenge's dates and what Ofsted was told. The property names are the
/// record's, so the issues of <see cref="TimelineRulesValidator"/> point into the record (<c>/timeline/onSiteEnd</c>).
/// </summary>
/// <param name="Timeline">The lead-in, on-site and after-visit dates.</param>
/// <param name="OfstedNotification">The Ofsted notification; null when it has not been recorded.</param>
/// <remarks>Equality is by value.</remarks>
public sealed record ChallengeSchedule(ChallengeTimeline Timeline, OfstedNotification? OfstedNotification)
{
    /// <summary>Gets the lead-in, on-site and after-visit dates.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public ChallengeTimeline Timeline { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = Timeline ?? throw new ArgumentNullException(nameof(Timeline));
}
