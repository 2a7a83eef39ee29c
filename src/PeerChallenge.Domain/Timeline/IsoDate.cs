using NodaTime;
using NodaTime.Text;

namespace PeerChallenge.Domain.Timeline;

/// <summary>Formats dates as ISO 8601 calendar dates (<c>uuuu-MM-dd</c>) whatever the current culture.</summary>
internal static class IsoDate
{
    /// <summary>Formats <paramref name="date"/> as <c>2011-10-03</c>.</summary>
    internal static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
