using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.OnSite;

/// <summary>The sessions of a timetable that share a key (a day, a team member, a role group), in time order.</summary>
/// <typeparam name="TKey">The key: a <see cref="NodaTime.LocalDate"/>, a team member's id, a <see cref="Framework.RoleGroupCode"/>.</typeparam>
/// <param name="Key">The key the sessions share.</param>
/// <param name="Sessions">The sessions, in time order (<see cref="Timetable.InOrder"/>).</param>
/// <remarks>Equality is by value, the sessions compared item by item.</remarks>
public sealed record SessionGroup<TKey>(TKey Key, IReadOnlyList<Session> Sessions)
{
    /// <summary>Gets the sessions, in time order. Never null.</summary>
    public IReadOnlyList<Session> Sessions { get; init => field = EquatableList.From(value); } = EquatableList.From(Sessions);
}
