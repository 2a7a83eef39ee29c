using NodaTime;

namespace PeerChallenge.Domain.Timeline;

/// <summary>The date of Easter Sunday in the Gregorian calendar (the Western churches' computus).</summary>
internal static class GregorianEaster
{
    /// <summary>
    /// Returns Easter Sunday of <paramref name="year"/> by the anonymous Gregorian algorithm (Meeus, Jones,
    /// Butcher), valid for every Gregorian year.
    /// </summary>
    internal static LocalDate Sunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new LocalDate(year, month, day);
    }
}
