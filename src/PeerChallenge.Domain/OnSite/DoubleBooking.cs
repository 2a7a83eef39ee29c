namespace PeerChallenge.Domain.OnSite;

/// <summary>
/// A team member or a place in two sessions that overlap: the sessions are given by their index in the list searched,
/// <see cref="Later"/> the one that starts later (or, starting together, is listed later).
/// </summary>
/// <param name="Kind">What is booked twice.</param>
/// <param name="Resource">The team member's id, or the place as the later session writes it.</param>
/// <param name="Earlier">The index of the session that starts first.</param>
/// <param name="Later">The index of the session that starts later, where the clash is reported.</param>
/// <remarks>Equality is by value.</remarks>
public sealed record DoubleBooking(DoubleBookingKind Kind, string Resource, int Earlier, int Later);
