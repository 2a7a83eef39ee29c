using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using NodaTime;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Provenance;

namespace PeerChallenge.Domain.Evidence;

/// <summary>
/// A dated scheme of security markings: the Government Protective Marking Scheme, in use up to 1 April 2014, or the
/// Government Security Classifications, in use from 2 April 2014. A closed codelist (docs/codelists.md). There is no
/// official mapping between the two: a marking of one is never compared with a marking of the other.
/// </summary>
/// <remarks>Equality is by reference (each member is a single static instance).</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(PeerChallenge.Domain.Serialization.CodeListJsonConverter<MarkingScheme>))]
public sealed class MarkingScheme : SmartEnum<MarkingScheme>, ICodeListItem<MarkingScheme>
{
    /// <summary>The Government Protective Marking Scheme (NOT PROTECTIVELY MARKED to TOP SECRET), in use up to 1 April 2014; the scheme of the 2011 challenges (<c>gpms</c>).</summary>
    public static readonly MarkingScheme Gpms = new(nameof(Gpms), 1, "gpms", "Government Protective Marking Scheme", null, new LocalDate(2014, 4, 1));

    /// <summary>The Government Security Classifications (OFFICIAL, SECRET, TOP SECRET), in use from 2 April 2014 (<c>gsc</c>).</summary>
    public static readonly MarkingScheme Gsc = new(nameof(Gsc), 2, "gsc", "Government Security Classifications", new LocalDate(2014, 4, 2), null);

    private static readonly CodeList<MarkingScheme> Codes = new(Gpms, Gsc);

    private MarkingScheme(string name, int value, string code, string displayName, LocalDate? firstDay, LocalDate? lastDay)
        : base(name, value)
    {
        Code = code;
        DisplayName = displayName;
        FirstDay = firstDay;
        LastDay = lastDay;
    }

    /// <inheritdoc/>
    public string Code { get; }

    /// <inheritdoc/>
    public string DisplayName { get; }

    /// <summary>Gets the first day the scheme is in use (2 April 2014 for the Government Security Classifications), or null when it has none for the record's purposes (the Government Protective Marking Scheme).</summary>
    public LocalDate? FirstDay { get; }

    /// <summary>Gets the last day the scheme is in use (1 April 2014 for the Government Protective Marking Scheme), or null when it is still in use.</summary>
    public LocalDate? LastDay { get; }

    /// <summary>Gets both schemes, the older first.</summary>
    public static IReadOnlyList<MarkingScheme> All => Codes.Items;

    /// <inheritdoc cref="ICodeListItem{TSelf}.TryFromCode"/>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out MarkingScheme? item) => Codes.TryFromCode(code, out item);

    /// <summary>Returns the scheme whose code is <paramref name="code"/> (<c>gpms</c>, <c>gsc</c>).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">No scheme has that code.</exception>
    public static MarkingScheme FromCode(string code) => Codes.FromCode(code, "marking scheme");

    /// <summary>Returns the scheme in use on <paramref name="day"/>: one and only one scheme is in use on any day.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The Government Protective Marking Scheme up to 1 April 2014, the Government Security Classifications from 2 April 2014.</returns>
    public static MarkingScheme InUseOn(LocalDate day) => Gpms.Covers(day) ? Gpms : Gsc;

    /// <summary>
    /// Returns the scheme certainly in use on every day <paramref name="date"/> may be, or null when that is not
    /// certain: the date spans the change (<c>2014</c>, <c>2014-04</c>) or is approximate (<c>2015~</c>: an approximate
    /// date has no certain span, as for every other date rule of the library).
    /// </summary>
    /// <param name="date">The date, possibly partial.</param>
    /// <returns>The scheme, or null when undetermined.</returns>
    public static MarkingScheme? For(PartialDate date)
    {
        if (date.IsApproximate)
        {
            return null;
        }

        var first = InUseOn(date.Earliest);
        return ReferenceEquals(first, InUseOn(date.Latest)) ? first : null;
    }

    /// <summary>Tells whether the scheme is in use on <paramref name="day"/>.</summary>
    /// <param name="day">The day.</param>
    /// <returns>True when the day is between <see cref="FirstDay"/> and <see cref="LastDay"/>, both included.</returns>
    public bool Covers(LocalDate day) => (FirstDay is not { } first || first <= day) && (LastDay is not { } last || day <= last);

    /// <summary>Returns the code.</summary>
    /// <returns>The code, for example <c>gsc</c>.</returns>
    public override string ToString() => Code;
}
