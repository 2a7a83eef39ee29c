using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Provenance;

namespace PeerChallenge.Domain.Evidence;

/// <summary>
/// The security marking of a document or of anything derived from marked items: a marking of the Government Protective
/// Marking Scheme (in use up to 1 April 2014) or of the Government Security Classifications (from 2 April 2014). A closed
/// codelist (docs/codelists.md).
/// </summary>
/// <remarks>
/// <para>
/// Codes are the marking in lower-case kebab-case (<c>OFFICIAL-SENSITIVE</c> is <c>official-sensitive</c>), unique
/// across both schemes: the two markings of the older scheme whose names the newer one kept (SECRET, TOP SECRET) take
/// the prefix <c>gpms-</c> (<c>gpms-secret</c>, <c>gpms-top-secret</c>); the current scheme keeps the plain names.
/// <see cref="ICodeListItem{TSelf}.DisplayName"/> is the marking as written, in capitals.
/// </para>
/// <para>
/// <see cref="Rank"/> orders the markings of one scheme, lowest first. OFFICIAL-SENSITIVE is not a level of its own: it
/// is OFFICIAL with the "sensitive" handling caveat (<see cref="Level"/> is <see cref="Official"/>,
/// <see cref="IsSensitive"/> is true). For the rule that derived material carries the highest marking of its inputs it
/// ranks above plain OFFICIAL and below SECRET, so that the caveat is never lost. Markings of different schemes are
/// never compared: there is no mapping between the schemes (see <see cref="DerivedMarking"/>). SmartEnum's own
/// comparison (by <c>Value</c>, the declaration order) means nothing across schemes; use <see cref="IsAbove"/>.
/// Equality is by reference (each member is a single static instance).
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(PeerChallenge.Domain.Serialization.CodeListJsonConverter<SecurityMarking>))]
public sealed class SecurityMarking : SmartEnum<SecurityMarking>, ICodeListItem<SecurityMarking>
{
    /// <summary>NOT PROTECTIVELY MARKED, the lowest marking of the Government Protective Marking Scheme (<c>not-protectively-marked</c>).</summary>
    public static readonly SecurityMarking NotProtectivelyMarked = new(nameof(NotProtectivelyMarked), 1, "not-protectively-marked", "NOT PROTECTIVELY MARKED", MarkingScheme.Gpms, 1);

    /// <summary>PROTECT, Government Protective Marking Scheme (<c>protect</c>).</summary>
    public static readonly SecurityMarking Protect = new(nameof(Protect), 2, "protect", "PROTECT", MarkingScheme.Gpms, 2);

    /// <summary>RESTRICTED, Government Protective Marking Scheme (<c>restricted</c>).</summary>
    public static readonly SecurityMarking Restricted = new(nameof(Restricted), 3, "restricted", "RESTRICTED", MarkingScheme.Gpms, 3);

    /// <summary>CONFIDENTIAL, Government Protective Marking Scheme (<c>confidential</c>).</summary>
    public static readonly SecurityMarking Confidential = new(nameof(Confidential), 4, "confidential", "CONFIDENTIAL", MarkingScheme.Gpms, 4);

    /// <summary>SECRET of the Government Protective Marking Scheme (<c>gpms-secret</c>).</summary>
    public static readonly SecurityMarking GpmsSecret = new(nameof(GpmsSecret), 5, "gpms-secret", "SECRET", MarkingScheme.Gpms, 5);

    /// <summary>TOP SECRET of the Government Protective Marking Scheme (<c>gpms-top-secret</c>).</summary>
    public static readonly SecurityMarking GpmsTopSecret = new(nameof(GpmsTopSecret), 6, "gpms-top-secret", "TOP SECRET", MarkingScheme.Gpms, 6);

    /// <summary>OFFICIAL, the lowest marking of the Government Security Classifications (<c>official</c>).</summary>
    public static readonly SecurityMarking Official = new(nameof(Official), 7, "official", "OFFICIAL", MarkingScheme.Gsc, 1);

    /// <summary>OFFICIAL-SENSITIVE: OFFICIAL with the "sensitive" handling caveat, not a level of its own; ranks above plain OFFICIAL (<c>official-sensitive</c>).</summary>
    public static readonly SecurityMarking OfficialSensitive = new(nameof(OfficialSensitive), 8, "official-sensitive", "OFFICIAL-SENSITIVE", MarkingScheme.Gsc, 2);

    /// <summary>SECRET of the Government Security Classifications (<c>secret</c>).</summary>
    public static readonly SecurityMarking Secret = new(nameof(Secret), 9, "secret", "SECRET", MarkingScheme.Gsc, 3);

    /// <summary>TOP SECRET of the Government Security Classifications (<c>top-secret</c>).</summary>
    public static readonly SecurityMarking TopSecret = new(nameof(TopSecret), 10, "top-secret", "TOP SECRET", MarkingScheme.Gsc, 4);

    private static readonly CodeList<SecurityMarking> Codes = new(
        NotProtectivelyMarked, Protect, Restricted, Confidential, GpmsSecret, GpmsTopSecret, Official, OfficialSensitive, Secret, TopSecret);

    // After Codes: static fields are initialised in order.
    private static readonly IReadOnlyList<SecurityMarking> GpmsMarkings = Array.AsReadOnly(Codes.Items.Where(m => ReferenceEquals(m.Scheme, MarkingScheme.Gpms)).ToArray());

    private static readonly IReadOnlyList<SecurityMarking> GscMarkings = Array.AsReadOnly(Codes.Items.Where(m => ReferenceEquals(m.Scheme, MarkingScheme.Gsc)).ToArray());

    private SecurityMarking(string name, int value, string code, string displayName, MarkingScheme scheme, int rank)
        : base(name, value)
    {
        Code = code;
        DisplayName = displayName;
        Scheme = scheme;
        Rank = rank;
    }

    /// <inheritdoc/>
    public string Code { get; }

    /// <summary>Gets the marking as written, in capitals, for example <c>OFFICIAL-SENSITIVE</c> (SECRET and TOP SECRET read the same in both schemes; <see cref="Scheme"/> tells them apart).</summary>
    public string DisplayName { get; }

    /// <summary>Gets the scheme the marking belongs to.</summary>
    public MarkingScheme Scheme { get; }

    /// <summary>Gets the marking's rank within its scheme, 1 for the lowest (NOT PROTECTIVELY MARKED, OFFICIAL); OFFICIAL-SENSITIVE is 2, above OFFICIAL.</summary>
    public int Rank { get; }

    /// <summary>Gets a value indicating whether the marking carries the "sensitive" handling caveat (only OFFICIAL-SENSITIVE).</summary>
    public bool IsSensitive => ReferenceEquals(this, OfficialSensitive);

    /// <summary>Gets the classification level without a handling caveat: OFFICIAL for OFFICIAL-SENSITIVE, the marking itself otherwise.</summary>
    public SecurityMarking Level => IsSensitive ? Official : this;

    /// <summary>Gets every marking: the Government Protective Marking Scheme's lowest to highest, then the Government Security Classifications' lowest to highest.</summary>
    public static IReadOnlyList<SecurityMarking> All => Codes.Items;

    /// <inheritdoc cref="ICodeListItem{TSelf}.TryFromCode"/>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out SecurityMarking? item) => Codes.TryFromCode(code, out item);

    /// <summary>Returns the marking whose code is <paramref name="code"/>, for example <c>official-sensitive</c>.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The marking.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">No marking has that code.</exception>
    public static SecurityMarking FromCode(string code) => Codes.FromCode(code, "security marking");

    /// <summary>Returns the markings of <paramref name="scheme"/>, lowest first.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <returns>The markings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scheme"/> is null.</exception>
    public static IReadOnlyList<SecurityMarking> Of(MarkingScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        return ReferenceEquals(scheme, MarkingScheme.Gpms) ? GpmsMarkings : GscMarkings;
    }

    /// <summary>Returns what derived material carries: the highest marking of its inputs, per scheme (<see cref="DerivedMarking.HighestOf(IEnumerable{SecurityMarking?})"/>).</summary>
    /// <param name="markings">The markings of the inputs; null items (inputs without a marking) are skipped.</param>
    /// <returns>The derived marking, or null when no input has a marking.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="markings"/> is null.</exception>
    public static DerivedMarking? HighestOf(IEnumerable<SecurityMarking?> markings) => DerivedMarking.HighestOf(markings);

    /// <summary>
    /// Tells whether the marking's scheme is the one in use on <paramref name="date"/>: <see cref="MarkingSchemeUse.InUse"/>,
    /// <see cref="MarkingSchemeUse.NotInUse"/> (a marking from the wrong scheme for its date, PC0705), or
    /// <see cref="MarkingSchemeUse.Undetermined"/> when the date spans 2 April 2014 or is approximate (<see cref="MarkingScheme.For"/>).
    /// </summary>
    /// <param name="date">The date of the marked item, possibly partial.</param>
    /// <returns>Whether the scheme is in use.</returns>
    public MarkingSchemeUse IsInUseOn(PartialDate date) => MarkingScheme.For(date) switch
    {
        null => MarkingSchemeUse.Undetermined,
        var scheme when ReferenceEquals(scheme, Scheme) => MarkingSchemeUse.InUse,
        _ => MarkingSchemeUse.NotInUse,
    };

    /// <summary>
    /// Tells whether this marking is above <paramref name="other"/>: of the same scheme and of a higher <see cref="Rank"/>.
    /// A marking is never above one of the other scheme (there is no mapping), nor above itself.
    /// </summary>
    /// <param name="other">The marking to compare with, for example <see cref="Official"/>.</param>
    /// <returns>True when above.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool IsAbove(SecurityMarking other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return ReferenceEquals(Scheme, other.Scheme) && Rank > other.Rank;
    }

    /// <summary>Returns the code.</summary>
    /// <returns>The code, for example <c>official-sensitive</c>.</returns>
    public override string ToString() => Code;
}
