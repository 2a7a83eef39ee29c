using System.Text.Json.Serialization;
using NodaTime;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Framework;

namespace PeerChallenge.Domain.OnSite;

/// <summary>
/// The timetable of the on-site week: its sessions. Checked by <see cref="TimetableValidator"/> (through the record's
/// validator); read it per day, per team member or per group of people heard with <see cref="ByDay"/>,
/// <see cref="ByTeamMember"/> and <see cref="ByRoleGroup"/>, find double bookings with <see cref="DoubleBookings"/>, and
/// see which themes and lines of enquiry each day covers with <see cref="TimetableCoverage"/>.
/// </summary>
/// <remarks>Equality is by value, sessions compared item by item.</remarks>
public sealed record Timetable
{
    /// <summary>Gets the sessions, in any order. Empty by default.</summary>
    public IReadOnlyList<Session> Sessions { get; init => field = EquatableList.From(value); } = EquatableList.From<Session>(null);

    /// <summary>Gets properties of a newer format version, or local <c>x-</c> properties, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }

    /// <summary>Returns the sessions in time order: by start, then by end, then as listed.</summary>
    /// <returns>The sessions, sorted (O(n log n)).</returns>
    public IReadOnlyList<Session> InOrder() =>
        Array.AsReadOnly([.. Sessions.Select((session, index) => (session, index)).OrderBy(s => s.session.Start).ThenBy(s => s.session.End).ThenBy(s => s.index).Select(s => s.session)]);

    /// <summary>Returns the sessions grouped by the day they start on, days in order, each day's sessions in time order.</summary>
    /// <returns>One group a day that has a session.</returns>
    public IReadOnlyList<SessionGroup<LocalDate>> ByDay() =>
        Array.AsReadOnly([.. InOrder().GroupBy(s => s.Date).OrderBy(g => g.Key).Select(g => new SessionGroup<LocalDate>(g.Key, [.. g]))]);

    /// <summary>Returns the sessions grouped by the team members who take part (ordinal order of the ids), each member's sessions in time order.</summary>
    /// <returns>One group a team member id named by a session; a session with three members is in three groups.</returns>
    public IReadOnlyList<SessionGroup<string>> ByTeamMember() =>
        Array.AsReadOnly([.. InOrder().SelectMany(s => s.TeamMembers.Distinct(StringComparer.Ordinal).Select(member => (member, s)))
            .GroupBy(x => x.member, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SessionGroup<string>(g.Key, [.. g.Select(x => x.s)]))]);

    /// <summary>Returns the sessions grouped by the role groups they hear (ordinal order of the codes), each group's sessions in time order.</summary>
    /// <returns>One group a role group heard; sessions that hear nobody (team meetings, case file reading) are in none.</returns>
    public IReadOnlyList<SessionGroup<RoleGroupCode>> ByRoleGroup() =>
        Array.AsReadOnly([.. InOrder().SelectMany(s => s.Participants.Select(p => p.RoleGroup).Distinct().Select(group => (group, s)))
            .GroupBy(x => x.group).OrderBy(g => g.Key.Value, StringComparer.Ordinal)
            .Select(g => new SessionGroup<RoleGroupCode>(g.Key, [.. g.Select(x => x.s)]))]);
}
