using PeerChallenge.Domain.OnSite;

namespace PeerChallenge.Domain.Testing;

/// <summary>
/// The all-pairs baseline for <see cref="DoubleBookings"/>: compares every session with every other, O(n²). The oracle
/// of the tests and the baseline of the benchmark; gives the same double bookings in the same order.
/// </summary>
public static class NaiveDoubleBookings
{
    /// <summary>Finds the double bookings of <paramref name="sessions"/> by comparing all pairs.</summary>
    /// <param name="sessions">The sessions.</param>
    /// <returns>Each double booking once, in the order of <see cref="DoubleBookings.Find"/>.</returns>
    public static IReadOnlyList<DoubleBooking> Find(IReadOnlyList<Session> sessions)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        var found = new List<DoubleBooking>();
        for (var later = 0; later < sessions.Count; later++)
        {
            for (var earlier = 0; earlier < sessions.Count; earlier++)
            {
                var (a, b) = (sessions[earlier], sessions[later]);
                var aFirst = a.Start < b.Start || (a.Start == b.Start && earlier < later);
                if (earlier == later || !aFirst || !(a.End > a.Start) || !(b.End > b.Start) || !a.Overlaps(b))
                {
                    continue;
                }

                foreach (var member in b.TeamMembers.Distinct(StringComparer.Ordinal).Where(m => a.TeamMembers.Contains(m, StringComparer.Ordinal)))
                {
                    found.Add(new DoubleBooking(DoubleBookingKind.TeamMember, member, earlier, later));
                }

                if (a.IsOnSite && b.IsOnSite && string.Equals(a.Place!.Trim(), b.Place!.Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    found.Add(new DoubleBooking(DoubleBookingKind.Place, b.Place!.Trim(), earlier, later));
                }
            }
        }

        found.Sort(static (a, b) => a.Later != b.Later ? a.Later.CompareTo(b.Later)
            : a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind)
            : a.Earlier != b.Earlier ? a.Earlier.CompareTo(b.Earlier)
            : string.CompareOrdinal(a.Resource, b.Resource));
        return found.AsReadOnly();
    }
}
