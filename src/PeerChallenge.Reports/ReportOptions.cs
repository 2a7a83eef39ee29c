using NodaTime;
using PeerChallenge.Domain.Evidence;

namespace PeerChallenge.Reports;

/// <summary>How a report is rendered. Immutable; the defaults suit a report shared with the council.</summary>
public sealed record ReportOptions
{
    /// <summary>Gets the options with every default.</summary>
    public static ReportOptions Default { get; } = new();

    /// <summary>
    /// Gets the date against which the action plan's overdue actions are flagged (an action not done with a due date
    /// before it); null (the default) flags none. The report never reads the system clock: pass today's date to flag
    /// what is overdue today.
    /// </summary>
    public LocalDate? AsOf { get; init; }

    /// <summary>Gets the disclosure profile the evidence counts follow; default <see cref="DisclosureProfile.Dfe"/> (counts 1 to 5 shown as <c>c</c>).</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public DisclosureProfile Disclosure { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = DisclosureProfile.Dfe;
}
