using NodaTime;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.OnSite;

/// <summary>
/// The hours of a working day in which on-site sessions are held: a session that starts before <see cref="Start"/>, ends
/// after <see cref="End"/> or runs past midnight is a warning (PC0805). <see cref="Default"/> is 08:00 to 19:00.
/// </summary>
/// <remarks>Equality is by value.</remarks>
public sealed record WorkingHours
{
    /// <summary>Initializes the hours.</summary>
    /// <param name="start">The earliest time a session may start.</param>
    /// <param name="end">The latest time a session may end; after <paramref name="start"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> is not after <paramref name="start"/>.</exception>
    public WorkingHours(LocalTime start, LocalTime end)
    {
        Preconditions.CheckArgument(end > start, nameof(end), "The end of the working hours must be after their start.");
        Start = start;
        End = end;
    }

    /// <summary>Gets the default hours: 08:00 to 19:00, a long day that leaves room for an early breakfast meeting and an evening team meeting.</summary>
    public static WorkingHours Default { get; } = new(new LocalTime(8, 0), new LocalTime(19, 0));

    /// <summary>Gets the earliest time a session may start.</summary>
    public LocalTime Start { get; }

    /// <summary>Gets the latest time a session may end.</summary>
    public LocalTime End { get; }

    /// <summary>Returns true when <paramref name="session"/> starts and ends on the same day within the hours.</summary>
    /// <param name="session">The session.</param>
    /// <returns>True when the session is within the hours.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="session"/> is null.</exception>
    public bool Contains(Session session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Start.Date == session.End.Date && session.Start.TimeOfDay >= Start && session.End.TimeOfDay <= End;
    }

    /// <summary>Returns the hours as <c>08:00 to 19:00</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Start:HH:mm} to {End:HH:mm}";
}
