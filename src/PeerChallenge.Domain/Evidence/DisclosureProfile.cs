using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Evidence;

/// <summary>
/// The disclosure rules a published table of counts follows, as data: which counts are too small to show, the symbol
/// shown instead, whether further cells are suppressed so that a small count cannot be worked out from the rest of the
/// table, and the base the shown counts are rounded to.
/// </summary>
/// <remarks>
/// A count <c>n</c> is small (suppressed) when <c>0 &lt; n &lt; Threshold</c>, or when <c>n == 0</c> and
/// <see cref="SuppressZero"/> is true: <see cref="Dfe"/> has threshold 6 (1 to 5 suppressed), <see cref="Nhs"/> 8 (1 to 7
/// suppressed), <see cref="Threshold10"/> 10 with zero (0 to 9 suppressed). Totals follow the same rule as the cells.
/// Equality is by value.
/// </remarks>
public sealed record DisclosureProfile
{
    /// <summary>The GSS symbol for a value withheld to protect confidentiality: <c>c</c>.</summary>
    public const string ConfidentialSymbol = "c";

    /// <summary>The GSS symbol for a value that is not available: <c>:</c>.</summary>
    public const string NotAvailableSymbol = ":";

    /// <summary>The GSS symbol for a value that does not apply (for example a percentage of nothing): <c>z</c>.</summary>
    public const string NotApplicableSymbol = "z";

    /// <summary>Initializes a new instance of the <see cref="DisclosureProfile"/> class.</summary>
    /// <param name="code">The profile's code, for example <c>dfe</c>.</param>
    /// <param name="name">The profile's name, for example <c>Department for Education</c>.</param>
    /// <param name="threshold">The smallest positive count shown; positive counts below it are suppressed. At least 1 (1 suppresses no positive count).</param>
    /// <param name="suppressZero">Whether a zero is suppressed too.</param>
    /// <param name="roundingBase">The base shown counts are rounded to (to the nearest multiple); 1 for no rounding.</param>
    /// <param name="symbol">The symbol shown for a suppressed count, for example <c>c</c>.</param>
    /// <param name="secondarySuppression">Whether further cells are suppressed so that no suppressed cell can be worked out from the table.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/>, <paramref name="name"/> or <paramref name="symbol"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/>, <paramref name="name"/> or <paramref name="symbol"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> or <paramref name="roundingBase"/> is less than 1.</exception>
    public DisclosureProfile(string code, string name, int threshold, bool suppressZero, int roundingBase, string symbol, bool secondarySuppression)
    {
        Code = Preconditions.CheckNotBlank(code, nameof(code));
        Name = Preconditions.CheckNotBlank(name, nameof(name));
        Threshold = Preconditions.CheckArgumentRange(threshold, nameof(threshold), 1, int.MaxValue);
        SuppressZero = suppressZero;
        RoundingBase = Preconditions.CheckArgumentRange(roundingBase, nameof(roundingBase), 1, int.MaxValue);
        Symbol = Preconditions.CheckNotBlank(symbol, nameof(symbol));
        SecondarySuppression = secondarySuppression;
    }

    /// <summary>
    /// Gets the Department for Education's rules (<c>dfe</c>): counts 1 to 5 shown as <c>c</c>, zero shown, secondary
    /// suppression, no rounding.
    /// </summary>
    public static DisclosureProfile Dfe { get; } = new("dfe", "Department for Education", 6, false, 1, ConfidentialSymbol, true);

    /// <summary>
    /// Gets NHS Digital's rules from 2018 (<c>nhs</c>): counts 1 to 7 shown as <c>*</c>, zero shown, every other count
    /// (totals too) rounded to the nearest 5.
    /// </summary>
    /// <remarks>
    /// NHS Digital relies on the rounding to stop a suppressed count being worked out; this profile also applies
    /// secondary suppression, so that the guarantee of <see cref="DisclosureControl.Apply"/> holds even for a reader
    /// who knew the unrounded values of the shown cells. A profile that relies on rounding alone can be made with the
    /// constructor.
    /// </remarks>
    public static DisclosureProfile Nhs { get; } = new("nhs", "NHS Digital", 8, false, 5, "*", true);

    /// <summary>
    /// Gets the rules of research settings (<c>threshold-10</c>): counts below 10, zero included, shown as <c>c</c>,
    /// secondary suppression (as output checking in a secure research setting requires), no rounding.
    /// </summary>
    public static DisclosureProfile Threshold10 { get; } = new("threshold-10", "Threshold of 10", 10, true, 1, ConfidentialSymbol, true);

    /// <summary>Gets the built-in profiles: <see cref="Dfe"/>, <see cref="Nhs"/>, <see cref="Threshold10"/>, in that order.</summary>
    public static IReadOnlyList<DisclosureProfile> All { get; } = EquatableList.From([Dfe, Nhs, Threshold10]);

    /// <summary>Gets the profile's code, for example <c>dfe</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the profile's name.</summary>
    public string Name { get; }

    /// <summary>Gets the smallest positive count that is shown: positive counts below it are suppressed (6 for <c>dfe</c>, 8 for <c>nhs</c>, 10 for <c>threshold-10</c>).</summary>
    public int Threshold { get; }

    /// <summary>Gets a value indicating whether a zero is suppressed too (true only for <c>threshold-10</c> of the built-ins).</summary>
    public bool SuppressZero { get; }

    /// <summary>Gets the base shown counts are rounded to, to the nearest multiple; 1 (no rounding) but for <c>nhs</c>, 5.</summary>
    public int RoundingBase { get; }

    /// <summary>Gets the symbol shown for a suppressed count: <c>c</c> (GSS "confidential"), or <c>*</c> for <c>nhs</c>.</summary>
    public string Symbol { get; }

    /// <summary>Gets a value indicating whether further cells are suppressed so that no suppressed cell can be worked out (true for all the built-ins).</summary>
    public bool SecondarySuppression { get; }

    /// <summary>Finds a built-in profile by its code (ordinal, case-sensitive).</summary>
    /// <param name="code">The code, for example <c>nhs</c>; null finds nothing.</param>
    /// <param name="profile">The profile found, or null.</param>
    /// <returns>True when a built-in profile has the code.</returns>
    public static bool TryFind(string? code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DisclosureProfile? profile)
    {
        profile = All.FirstOrDefault(p => string.Equals(p.Code, code, StringComparison.Ordinal));
        return profile is not null;
    }

    /// <summary>Tells whether a count is small under this profile: <c>0 &lt; count &lt; Threshold</c>, or zero when <see cref="SuppressZero"/>.</summary>
    /// <param name="count">The count.</param>
    /// <returns>True when the count is suppressed.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public bool IsSmall(int count)
    {
        Preconditions.CheckArgumentRange(count, nameof(count), 0, int.MaxValue);
        return count == 0 ? SuppressZero : count < Threshold;
    }

    /// <summary>
    /// Tells whether the free-text answers of a group of <paramref name="groupSize"/> people may be published: only when
    /// the group is not small, that is at least <see cref="Threshold"/> people (a group of none has nothing to publish).
    /// </summary>
    /// <param name="groupSize">The number of people in the group.</param>
    /// <returns>True when the group's free text may be published.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="groupSize"/> is negative.</exception>
    public bool MayPublishFreeText(int groupSize)
    {
        Preconditions.CheckArgumentRange(groupSize, nameof(groupSize), 0, int.MaxValue);
        return groupSize >= Threshold;
    }

    /// <summary>Rounds a shown count to the nearest multiple of <see cref="RoundingBase"/> (halves up, which cannot happen for base 5).</summary>
    /// <param name="count">The count.</param>
    /// <returns>The rounded count; the count itself when the base is 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public long Round(long count)
    {
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "A count is not negative.");
        }

        var remainder = count % RoundingBase;
        return remainder * 2 >= RoundingBase ? count - remainder + RoundingBase : count - remainder;
    }
}
