using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Evidence;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Provenance;
using PeerChallenge.Domain.Timeline;

namespace PeerChallenge.Domain.Findings;

/// <summary>
/// What the findings rules need to know: the findings, the feedback presentation, and the parts of the record they refer
/// to (the evidence items, the lines of enquiry, the timeline, the kind of record). The property names are the record's,
/// so the issues of <see cref="FindingsValidator"/> point into the record (<c>/findings/2/evidence/0</c>).
/// </summary>
/// <param name="Findings">The findings.</param>
/// <param name="Timeline">The record's timeline: the last on-site day.</param>
/// <remarks>Equality is by value, lists compared item by item.</remarks>
public sealed record FindingSet(IReadOnlyList<Finding> Findings, ChallengeTimeline Timeline)
{
    /// <summary>Gets the findings. Never null.</summary>
    public IReadOnlyList<Finding> Findings { get; init => field = EquatableList.From(value); } = EquatableList.From(Findings);

    /// <summary>Gets the record's timeline.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public ChallengeTimeline Timeline { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = Timeline ?? throw new ArgumentNullException(nameof(Timeline));

    /// <summary>Gets the feedback presentation; null (the default) when there is none.</summary>
    public FeedbackPresentation? Feedback { get; init; }

    /// <summary>Gets the written report's versions and the council's comments; null (the default) when not recorded.</summary>
    public ReportHistory? Report { get; init; }

    /// <summary>Gets the council's action plan; null (the default) when not recorded.</summary>
    public ActionPlan? ActionPlan { get; init; }

    /// <summary>Gets the record's evidence items, which findings cite by id. Empty by default.</summary>
    public IReadOnlyList<EvidenceItem> Evidence { get; init => field = EquatableList.From(value); } = EquatableList.From<EvidenceItem>(null);

    /// <summary>Gets the record's lines of enquiry, which findings refer to by id. Empty by default.</summary>
    public IReadOnlyList<LineOfEnquiry> LinesOfEnquiry { get; init => field = EquatableList.From(value); } = EquatableList.From<LineOfEnquiry>(null);

    /// <summary>Gets the kind of record. Default <see cref="RecordKind.Plan"/>; on a past review with no evidence recorded, triangulation is not judged (PC0907).</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public RecordKind Kind { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = RecordKind.Plan;
}
