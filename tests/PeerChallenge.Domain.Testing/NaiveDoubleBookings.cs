using PeerChallenge.Domain.OnSite;

namespace PeerChallenge.Domain.Testing;

/// <summary>
/// The all-pairs baseline for <see cref="DoubleBookings"/>: compares every session with every other, O(n²). The oracle
/// of the tests and the baseline of the benchmark; gives the same double bookings in the same order.
/// </summary>
/// <remarks>
/// Each pair is compared once, on times read into arrays beforehand (a session's start and end as ticks), and the
/// team members of two sessions that overlap in time are compared with plain loops, so the baseline pays for the pairs
/// and not for LINQ or for reading the same properties n times over: at 50,000 sessions that is 1.25 billion pairs.
/// </remarks>
public static class NaiveDoubleBookings
{
    /// <summary>Finds the double bookings of <paramref name="sessions"/> by comparing all pairs.</summary>
    /// <param name="sessions">The sessions.</param>
    /// <returns>Each double booking once, in the order of <see cref="DoubleBookings.Find"/>.</returns>
    public static IReadOnlyList<DoubleBooking> Find(IReadOnlyList<Session> sessions)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        var n = sessions.Count;
        var list = new Session[n];
        var starts = new long[n];
        var ends = new long[n];
        for (var i = 0; i < n; i++)
        {
            list[i] = sessions[i];
            starts[i] = list[i].Start.ToDateTimeUnspecified().Ticks;
            ends[i] = list[i].End.ToDateTimeUnspecified().Ticks;
        }

        var found = new List<DoubleBooking>();
        for (var j = 1; j < n; j++)
        {
            var (startJ, endJ) = (starts[j], ends[j]);
            for (var i = 0; i < j; i++)
            {
                // Overlapping, and each ends after it starts (one that does not books nobody).
                if (starts[i] < endJ && startJ < ends[i] && ends[i] > starts[i] && endJ > startJ)
                {
                    // The earlier starts first or, starting together, is listed first.
                    var (earlier, later) = starts[i] <= startJ ? (i, j) : (j, i);
                    Report(list[earlier], list[later], earlier, later, found);
                }
            }
        }

        found.Sort(static (a, b) => a.Later != b.Later ? a.Later.CompareTo(b.Later)
            : a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind)
            : a.Earlier != b.Earlier ? a.Earlier.CompareTo(b.Earlier)
            : string.CompareOrdinal(a.Resource, b.Resource));
        return found.AsReadOnly();
    }

    private static void Report(Session a, Session b, int earlier, int later, List<DoubleBooking> found)
    {
        var (members, others) = (b.TeamMembers, a.TeamMembers);
        for (var m = 0; m < members.Count; m++)
        {
            if (Contains(others, others.Count, members[m]) && !Contains(members, m, members[m]))
            {
                found.Add(new DoubleBooking(DoubleBookingKind.TeamMember, members[m], earlier, later));
            }
        }

        if (a.IsOnSite && b.IsOnSite && string.Equals(a.Place!.Trim(), b.Place!.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            found.Add(new DoubleBooking(DoubleBookingKind.Place, b.Place!.Trim(), earlier, later));
        }
    }

    /// <summary>Whether one of the first <paramref name="count"/> ids is <paramref name="id"/>.</summary>
    private static bool Contains(IReadOnlyList<string> ids, int count, string id)
    {
        for (var i = 0; i < count; i++)
        {
            if (string.Equals(ids[i], id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
