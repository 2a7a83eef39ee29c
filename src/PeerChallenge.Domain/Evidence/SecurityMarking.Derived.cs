namespace PeerChallenge.Domain.Evidence;

/// <summary>
/// The marking that material derived from marked items carries (a table, an export, a report): the highest marking of
/// its inputs. There is no mapping between the Government Protective Marking Scheme and the Government Security
/// Classifications, so when the inputs mix schemes the derived marking keeps the highest of each:
/// <c>OFFICIAL-SENSITIVE; RESTRICTED</c>. At least one of <see cref="Gsc"/> and <see cref="Gpms"/> is given.
/// </summary>
/// <remarks>
/// Immutable; equality is by value (the same marking of each scheme). In JSON it is <see cref="Code"/>, a string such as
/// <c>"protect"</c> or <c>"official-sensitive; restricted"</c>.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(DerivedMarkingJsonConverter))]
public sealed record DerivedMarking
{
    private DerivedMarking(SecurityMarking? gpms, SecurityMarking? gsc)
    {
        Gpms = gpms;
        Gsc = gsc;
    }

    /// <summary>Gets the highest input marking of the Government Protective Marking Scheme, or null when no input has one.</summary>
    public SecurityMarking? Gpms { get; }

    /// <summary>Gets the highest input marking of the Government Security Classifications, or null when no input has one.</summary>
    public SecurityMarking? Gsc { get; }

    /// <summary>Gets a value indicating whether the inputs mixed the two schemes (both <see cref="Gsc"/> and <see cref="Gpms"/> are given).</summary>
    public bool IsMixed => Gpms is not null && Gsc is not null;

    /// <summary>Gets the one marking when the inputs were all of one scheme, or null when they mixed schemes.</summary>
    public SecurityMarking? Single => IsMixed ? null : Gsc ?? Gpms;

    /// <summary>Gets the markings carried, the Government Security Classifications' first: one, or two when the inputs mixed schemes.</summary>
    public IReadOnlyList<SecurityMarking> Markings => IsMixed ? [Gsc!, Gpms!] : [(Gsc ?? Gpms)!];

    /// <summary>Returns the derived marking of material with one input marking: that marking.</summary>
    /// <param name="marking">The marking.</param>
    /// <returns>The derived marking.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="marking"/> is null.</exception>
    public static DerivedMarking Of(SecurityMarking marking)
    {
        ArgumentNullException.ThrowIfNull(marking);
        return ReferenceEquals(marking.Scheme, MarkingScheme.Gpms) ? new(marking, null) : new(null, marking);
    }

    /// <summary>
    /// Returns the highest marking of <paramref name="markings"/>: the highest by <see cref="SecurityMarking.Rank"/> when they
    /// are all of one scheme, or the highest of each scheme when they mix schemes (OFFICIAL-SENSITIVE ranks above OFFICIAL).
    /// </summary>
    /// <param name="markings">The markings of the inputs; null items (inputs without a marking) are skipped.</param>
    /// <returns>The derived marking, or null when no input has a marking (no marking).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="markings"/> is null.</exception>
    public static DerivedMarking? HighestOf(IEnumerable<SecurityMarking?> markings)
    {
        ArgumentNullException.ThrowIfNull(markings);
        SecurityMarking? gpms = null;
        SecurityMarking? gsc = null;
        foreach (var marking in markings)
        {
            if (marking is null)
            {
                continue;
            }

            if (ReferenceEquals(marking.Scheme, MarkingScheme.Gpms))
            {
                gpms = Higher(gpms, marking);
            }
            else
            {
                gsc = Higher(gsc, marking);
            }
        }

        return gpms is null && gsc is null ? null : new DerivedMarking(gpms, gsc);
    }

    /// <summary>Returns the highest marking of material derived from derived material (a report built from tables): the highest of each scheme over all of them.</summary>
    /// <param name="derived">The derived markings of the inputs; null items (inputs without a marking) are skipped.</param>
    /// <returns>The derived marking, or null when no input has a marking.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="derived"/> is null.</exception>
    public static DerivedMarking? HighestOf(IEnumerable<DerivedMarking?> derived)
    {
        ArgumentNullException.ThrowIfNull(derived);
        return HighestOf(derived.SelectMany(d => d is null ? [] : d.Markings));
    }

    /// <summary>
    /// Tells whether the derived marking is above <paramref name="limit"/>: its marking of the limit's scheme ranks higher
    /// (<see cref="SecurityMarking.IsAbove"/>). A marking of the other scheme is never above it.
    /// </summary>
    /// <param name="limit">The highest marking allowed, for example <see cref="SecurityMarking.Official"/>.</param>
    /// <returns>True when above.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="limit"/> is null.</exception>
    /// <example>
    /// An export profile that drops items marked above OFFICIAL, or PROTECT and above (2011), asks
    /// <c>marking.IsAbove(SecurityMarking.Official) || marking.IsAbove(SecurityMarking.NotProtectivelyMarked)</c>.
    /// </example>
    public bool IsAbove(SecurityMarking limit)
    {
        ArgumentNullException.ThrowIfNull(limit);
        var own = ReferenceEquals(limit.Scheme, MarkingScheme.Gpms) ? Gpms : Gsc;
        return own is not null && own.IsAbove(limit);
    }

    /// <summary>
    /// Gets the codes of the markings (<see cref="SecurityMarking"/> codes), the GSC one first and joined by <c>; </c>
    /// when both schemes are there: <c>protect</c>, <c>official-sensitive; restricted</c>. <see cref="Parse"/> reads it back.
    /// </summary>
    public string Code => string.Join(CodeSeparator, Markings.Select(m => m.Code));

    /// <summary>The separator of the two codes in <see cref="Code"/>: a semicolon and a space.</summary>
    public const string CodeSeparator = "; ";

    /// <summary>Reads a <see cref="Code"/>: one marking code, or one of each scheme joined by <c>; </c>.</summary>
    /// <param name="code">The code, for example <c>protect</c> or <c>official; protect</c>.</param>
    /// <returns>The derived marking.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="FormatException">A part is not a marking code, or two parts are of the same scheme.</exception>
    public static DerivedMarking Parse(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var parts = code.Split(CodeSeparator);
        var markings = new List<SecurityMarking>(parts.Length);
        foreach (var part in parts)
        {
            if (!SecurityMarking.TryFromCode(part, out var marking))
            {
                throw new FormatException($"'{part}' is not a security marking code (docs/codelists.md#security-marking).");
            }

            markings.Add(marking);
        }

        if (markings.Count > 2 || markings.Select(m => m.Scheme).Distinct().Count() != markings.Count)
        {
            throw new FormatException("A derived marking has at most one marking of each scheme.");
        }

        return HighestOf(markings)!;
    }

    /// <summary>Formats the marking as written: <c>OFFICIAL-SENSITIVE</c>, or both when the schemes are mixed, the Government Security Classifications' first: <c>OFFICIAL-SENSITIVE; RESTRICTED</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join("; ", Markings.Select(m => m.DisplayName));

    private static SecurityMarking Higher(SecurityMarking? current, SecurityMarking candidate) =>
        current is null || candidate.Rank > current.Rank ? candidate : current;
}
