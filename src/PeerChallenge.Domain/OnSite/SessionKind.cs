using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.OnSite;

/// <summary>
/// What kind of session of the on-site week a <see cref="Session"/> is: the opening meeting, an interview, a focus group,
/// case file reading, a site visit, a team meeting, the feedback presentation, a workshop. A closed codelist
/// (docs/codelists.md).
/// </summary>
/// <remarks>Equality is by reference (each member is a single static instance).</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(PeerChallenge.Domain.Serialization.CodeListJsonConverter<SessionKind>))]
public sealed class SessionKind : SmartEnum<SessionKind>, ICodeListItem<SessionKind>
{
    /// <summary>The opening meeting of the first day, in 2011 with senior managers from the partner agencies (<c>opening-meeting</c>).</summary>
    public static readonly SessionKind OpeningMeeting = new(nameof(OpeningMeeting), 1, "opening-meeting", "Opening meeting");

    /// <summary>An interview with one group of people, for example senior officers or the lead member with cabinet colleagues (<c>interview</c>).</summary>
    public static readonly SessionKind Interview = new(nameof(Interview), 2, "interview", "Interview");

    /// <summary>A focus group, for example with front-line social workers (<c>focus-group</c>).</summary>
    public static readonly SessionKind FocusGroup = new(nameof(FocusGroup), 3, "focus-group", "Focus group");

    /// <summary>Reading case files (<c>case-file-reading</c>).</summary>
    public static readonly SessionKind CaseFileReading = new(nameof(CaseFileReading), 4, "case-file-reading", "Case file reading");

    /// <summary>A visit to a service, for example a children's centre or the contact and referral team (<c>site-visit</c>).</summary>
    public static readonly SessionKind SiteVisit = new(nameof(SiteVisit), 5, "site-visit", "Site visit");

    /// <summary>A meeting of the peer team alone, for example at the end of each day (<c>team-meeting</c>).</summary>
    public static readonly SessionKind TeamMeeting = new(nameof(TeamMeeting), 6, "team-meeting", "Team meeting");

    /// <summary>The feedback presentation of the key messages on the last day (<c>feedback-presentation</c>).</summary>
    public static readonly SessionKind FeedbackPresentation = new(nameof(FeedbackPresentation), 7, "feedback-presentation", "Feedback presentation");

    /// <summary>A workshop, in 2011 on the findings after the feedback on the last day (<c>workshop</c>).</summary>
    public static readonly SessionKind Workshop = new(nameof(Workshop), 8, "workshop", "Workshop");

    /// <summary>Any other session (<c>other</c>).</summary>
    public static readonly SessionKind Other = new(nameof(Other), 9, "other", "Other");

    private static readonly CodeList<SessionKind> Codes = new(OpeningMeeting, Interview, FocusGroup, CaseFileReading, SiteVisit, TeamMeeting, FeedbackPresentation, Workshop, Other);

    private SessionKind(string name, int value, string code, string displayName)
        : base(name, value)
    {
        Code = code;
        DisplayName = displayName;
    }

    /// <inheritdoc/>
    public string Code { get; }

    /// <inheritdoc/>
    public string DisplayName { get; }

    /// <summary>Gets every kind of session, in declaration order.</summary>
    public static IReadOnlyList<SessionKind> All => Codes.Items;

    /// <inheritdoc cref="ICodeListItem{TSelf}.TryFromCode"/>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out SessionKind? item) => Codes.TryFromCode(code, out item);

    /// <summary>Returns the member whose code is <paramref name="code"/>, for example <c>focus-group</c>.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">No member has that code.</exception>
    public static SessionKind FromCode(string code) => Codes.FromCode(code, "session kind");

    /// <summary>Returns the code.</summary>
    /// <returns>The code, for example <c>focus-group</c>.</returns>
    public override string ToString() => Code;
}
