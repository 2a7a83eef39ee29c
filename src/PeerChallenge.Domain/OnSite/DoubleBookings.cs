using NodaTime;

namespace PeerChallenge.Domain.OnSite;

/// <summary>
/// Finds every team member and every place in two sessions that overlap, by sorting and sweeping rather than by comparing
/// all pairs: O(n log n + k) for n bookings (a session's team members and its place) and k double bookings.
/// </summary>
/// <remarks>
/// The sessions of each team member and of each place are sorted by start and swept in order, keeping the sessions still
/// running in a queue ordered by their end; each session is compared only with those, and every one of them overlaps it.
/// Sessions back to back (one ends when the next starts) do not overlap. A session that does not end after it starts
/// (PC0804) takes no time and books nobody. Places are compared ignoring case and the white space around them. Holds no
/// state: safe to call from several threads at once.
/// </remarks>
public static class DoubleBookings
{
    /// <summary>Finds the double bookings of <paramref name="sessions"/>.</summary>
    /// <param name="sessions">The sessions, in any order.</param>
    /// <returns>Each double booking once, ordered by the later session's index, then kind, then the earlier session's index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sessions"/> is null.</exception>
    public static IReadOnlyList<DoubleBooking> Find(IReadOnlyList<Session> sessions)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        var members = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var places = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < sessions.Count; i++)
        {
            var session = sessions[i];
            if (!(session.End > session.Start))
            {
                continue;
            }

            foreach (var member in session.TeamMembers.Distinct(StringComparer.Ordinal))
            {
                Add(members, member, i);
            }

            if (session.IsOnSite)
            {
                Add(places, session.Place!.Trim(), i);
            }
        }

        var found = new List<DoubleBooking>();
        foreach (var (member, booked) in members)
        {
            Sweep(sessions, booked, (earlier, later) => found.Add(new DoubleBooking(DoubleBookingKind.TeamMember, member, earlier, later)));
        }

        foreach (var (_, booked) in places)
        {
            Sweep(sessions, booked, (earlier, later) => found.Add(new DoubleBooking(DoubleBookingKind.Place, sessions[later].Place!.Trim(), earlier, later)));
        }

        found.Sort(static (a, b) => a.Later != b.Later ? a.Later.CompareTo(b.Later)
            : a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind)
            : a.Earlier != b.Earlier ? a.Earlier.CompareTo(b.Earlier)
            : string.CompareOrdinal(a.Resource, b.Resource));
        return found.AsReadOnly();
    }

    private static void Add(Dictionary<string, List<int>> bookings, string key, int index)
    {
        if (!bookings.TryGetValue(key, out var list))
        {
            bookings[key] = list = [];
        }

        list.Add(index);
    }

    /// <summary>Sweeps one member's or place's sessions in start order, reporting each session against those still running.</summary>
    private static void Sweep(IReadOnlyList<Session> sessions, List<int> booked, Action<int, int> report)
    {
        if (booked.Count < 2)
        {
            return;
        }

        // Indices were added in list order, so a stable sort by start keeps sessions that start together in list order.
        var ordered = booked.OrderBy(i => sessions[i].Start).ToArray();
        var running = new PriorityQueue<int, LocalDateTime>();
        foreach (var later in ordered)
        {
            var start = sessions[later].Start;
            while (running.TryPeek(out _, out var end) && end <= start)
            {
                running.Dequeue();
            }

            foreach (var (earlier, _) in running.UnorderedItems)
            {
                report(earlier, later);
            }

            running.Enqueue(later, sessions[later].End);
        }
    }
}
