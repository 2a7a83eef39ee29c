using NodaTime;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Timeline;

/// <summary>
/// A weekday that is not a working day: an England and Wales bank holiday or a closure day of the user's own.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Title"/> is the title GOV.UK gives the day (https://www.gov.uk/bank-holidays, England and Wales),
/// written as GOV.UK writes it, with the typographic apostrophe (U+2019) in <c>New Year’s Day</c> and
/// <c>Queen’s Diamond Jubilee</c>. Where GOV.UK marks a day "Substitute day" (a holiday that fell at a weekend,
/// or the spring bank holiday moved for a jubilee), <see cref="IsSubstituteDay"/> is true and <see cref="DisplayName"/>
/// adds <c> (substitute day)</c>, for example <c>Boxing Day (substitute day)</c>.
/// </para>
/// <para>Equality is by value.</para>
/// </remarks>
/// <param name="Date">The day.</param>
/// <param name="Title">The title, as GOV.UK writes it for bank holidays; the user's own text for closures.</param>
/// <param name="Kind">Whether this is a bank holiday or a local closure.</param>
/// <param name="IsSubstituteDay">True when the day stands in for a holiday that fell at a weekend or was moved. Default false.</param>
/// <exception cref="ArgumentNullException"><paramref name="Title"/> is null.</exception>
/// <exception cref="ArgumentException"><paramref name="Title"/> is empty or white space.</exception>
public sealed record Holiday(LocalDate Date, string Title, HolidayKind Kind, bool IsSubstituteDay = false)
{
    /// <summary>Gets the title, as GOV.UK writes it for bank holidays; the user's own text for closures. Never blank.</summary>
    public string Title { get; init => field = Preconditions.CheckNotBlank(value, nameof(Title)); } = Preconditions.CheckNotBlank(Title, nameof(Title));

    /// <summary>Gets the name to show a reader: <see cref="Title"/>, plus <c> (substitute day)</c> when <see cref="IsSubstituteDay"/>.</summary>
    public string DisplayName => IsSubstituteDay ? Title + " (substitute day)" : Title;

    /// <summary>Returns the date and name, for example <c>2011-12-27 Christmas Day (substitute day)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{IsoDate.Format(Date)} {DisplayName}";
}
