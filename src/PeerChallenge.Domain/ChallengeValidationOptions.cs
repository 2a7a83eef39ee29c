using PeerChallenge.Domain.Evidence;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.OnSite;
using PeerChallenge.Domain.Privacy;
using PeerChallenge.Domain.Timeline;

namespace PeerChallenge.Domain;

/// <summary>Settings of <see cref="ChallengeRecordValidator"/>.</summary>
public sealed record ChallengeValidationOptions
{
    /// <summary>Gets the default settings: the built-in editions only.</summary>
    public static ChallengeValidationOptions Default { get; } = new();

    /// <summary>Gets the editions the validator knows besides one defined in the record itself. Default <see cref="EditionCatalog.BuiltIn"/>.</summary>
    public EditionCatalog Editions { get; init; } = EditionCatalog.BuiltIn;

    /// <summary>
    /// Gets the working-day calendar the timeline rules use. Default <see cref="WorkingDayCalendar.EnglandAndWales"/>;
    /// give a council's own calendar (with its closure days) to check its plan against them.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public WorkingDayCalendar Calendar { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = WorkingDayCalendar.EnglandAndWales;

    /// <summary>
    /// Gets the scanner that checks text the format marks non-attributable (the statements of the lines of
    /// enquiry) for personal data (PC0401). Default <see cref="PersonalDataScanner.Default"/>; give one with the
    /// council's case reference patterns to catch those too.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public PersonalDataScanner PersonalDataScanner { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = PersonalDataScanner.Default;

    /// <summary>
    /// Gets the non-attribution threshold: the smallest group whose view may be reported as a group. An evidence item
    /// whose source is a smaller group is a warning (PC0704), and so is a participant group of the timetable expected to be smaller (PC0811). Default 3 (<see cref="EvidenceValidator.DefaultNonAttributionThreshold"/>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
    public int NonAttributionThreshold
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            field = value;
        }
    } = EvidenceValidator.DefaultNonAttributionThreshold;

    /// <summary>
    /// Gets the working hours of the on-site week: a session of the timetable that starts before them, ends after them
    /// or runs past midnight is a warning (PC0805). Default <see cref="OnSite.WorkingHours.Default"/>, 08:00 to 19:00.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public WorkingHours WorkingHours { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = WorkingHours.Default;

    /// <summary>
    /// Gets the day to check the record as of: an action of the action plan not done and past its due date on that day
    /// is a warning (PC0919). The domain never reads the system clock: pass the day in (for example from an
    /// <c>IClock</c> in the caller's time zone). Default null: overdue actions are not judged.
    /// </summary>
    public NodaTime.LocalDate? AsOf { get; init; }
}
