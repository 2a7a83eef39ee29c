using System.Text.Json.Serialization;
using NodaTime;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Framework;

namespace PeerChallenge.Domain.OnSite;

/// <summary>
/// One session of the on-site week: what it is, when and where, which team members go, which groups of people they hear,
/// and the themes and lines of enquiry it covers.
/// </summary>
/// <remarks>
/// <see cref="Start"/> and <see cref="End"/> are local date-times in England (Europe/London), written
/// <c>yyyy-MM-ddTHH:mm</c>. A session runs from its start up to its end: one that ends at 10:00 and one that starts at
/// 10:00 do not overlap. A session with a <see cref="Place"/> is on site; one without is held remotely (a call), and the
/// off-site peer may join it. Equality is by value, lists compared item by item.
/// </remarks>
public sealed record Session
{
    /// <summary>Gets the session's id, unique within the timetable (for example <c>s-01</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets what kind of session it is.</summary>
    public required SessionKind Kind { get; init; }

    /// <summary>Gets when the session starts, local time in England, to the minute.</summary>
    /// <exception cref="ArgumentException">Set to a time with seconds: the format writes sessions to the minute.</exception>
    public required LocalDateTime Start { get; init => field = ToTheMinute(value, nameof(Start)); }

    /// <summary>Gets when the session ends, local time in England, to the minute; after <see cref="Start"/> (PC0804).</summary>
    /// <exception cref="ArgumentException">Set to a time with seconds: the format writes sessions to the minute.</exception>
    public required LocalDateTime End { get; init => field = ToTheMinute(value, nameof(End)); }

    /// <summary>Gets where the session is held, for example <c>Riverside House, room 3</c>; null (the default) for a session held remotely.</summary>
    public string? Place { get; init; }

    /// <summary>Gets the ids of the team members who take part. Empty by default.</summary>
    public IReadOnlyList<string> TeamMembers { get; init => field = EquatableList.From(value); } = EquatableList.From<string>(null);

    /// <summary>Gets the groups of people the session hears, each described only as a group. Empty by default (a team meeting, case file reading).</summary>
    public IReadOnlyList<ParticipantGroup> Participants { get; init => field = EquatableList.From(value); } = EquatableList.From<ParticipantGroup>(null);

    /// <summary>Gets the codes of the edition's themes the session covers. Empty by default.</summary>
    public IReadOnlyList<ThemeCode> Themes { get; init => field = EquatableList.From(value); } = EquatableList.From<ThemeCode>(null);

    /// <summary>Gets the ids of the record's lines of enquiry the session covers. Empty by default.</summary>
    public IReadOnlyList<string> LinesOfEnquiry { get; init => field = EquatableList.From(value); } = EquatableList.From<string>(null);

    /// <summary>Gets properties of a newer format version, or local <c>x-</c> properties, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }

    /// <summary>Gets the day the session starts on.</summary>
    [JsonIgnore]
    public LocalDate Date => Start.Date;

    /// <summary>Gets a value indicating whether the session is on site: true when it has a <see cref="Place"/>.</summary>
    [JsonIgnore]
    public bool IsOnSite => !string.IsNullOrWhiteSpace(Place);

    /// <summary>Returns true when this session and <paramref name="other"/> share some time: each starts before the other ends. Sessions back to back (one ends when the other starts) do not overlap.</summary>
    /// <param name="other">The other session.</param>
    /// <returns>True when they overlap.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool Overlaps(Session other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Start < other.End && other.Start < End;
    }

    private static LocalDateTime ToTheMinute(LocalDateTime value, string name)
    {
        Preconditions.CheckArgument(value.Second == 0 && value.NanosecondOfSecond == 0, name, "A session's times are to the minute: the seconds must be zero.");
        return value;
    }
}
