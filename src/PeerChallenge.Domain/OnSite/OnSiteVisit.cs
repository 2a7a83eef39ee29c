using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Provenance;
using PeerChallenge.Domain.Team;
using PeerChallenge.Domain.Timeline;

namespace PeerChallenge.Domain.OnSite;

/// <summary>
/// What the timetable rules need to know: the timetable, the timeline with the on-site days, the team (ids and roles),
/// the lines of enquiry and the kind of record. The property names are the record's, so the issues of
/// <see cref="TimetableValidator"/> point into the record (<c>/timetable/sessions/3/start</c>).
/// </summary>
/// <param name="Timetable">The timetable of the on-site week.</param>
/// <param name="Timeline">The record's timeline: the on-site days.</param>
/// <remarks>Equality is by value, lists compared item by item.</remarks>
public sealed record OnSiteVisit(Timetable Timetable, ChallengeTimeline Timeline)
{
    /// <summary>Gets the timetable.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public Timetable Timetable { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = Timetable ?? throw new ArgumentNullException(nameof(Timetable));

    /// <summary>Gets the record's timeline.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public ChallengeTimeline Timeline { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = Timeline ?? throw new ArgumentNullException(nameof(Timeline));

    /// <summary>Gets the record's team: sessions name its members by id, and the roles say who works off site. Empty by default.</summary>
    public IReadOnlyList<TeamMember> Team { get; init => field = EquatableList.From(value); } = EquatableList.From<TeamMember>(null);

    /// <summary>Gets the record's lines of enquiry, which sessions refer to by id and should cover. Empty by default.</summary>
    public IReadOnlyList<LineOfEnquiry> LinesOfEnquiry { get; init => field = EquatableList.From(value); } = EquatableList.From<LineOfEnquiry>(null);

    /// <summary>Gets the kind of record. Default <see cref="RecordKind.Plan"/>; on a past review the rules that need the whole week do not run.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public RecordKind Kind { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = RecordKind.Plan;
}
