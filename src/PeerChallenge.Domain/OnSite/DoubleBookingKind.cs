namespace PeerChallenge.Domain.OnSite;

/// <summary>What is booked twice in a <see cref="DoubleBooking"/>: a team member or a place.</summary>
public enum DoubleBookingKind
{
    /// <summary>A team member is in two sessions at once (PC0801).</summary>
    TeamMember,

    /// <summary>A place is booked for two sessions at once (PC0802).</summary>
    Place,
}
