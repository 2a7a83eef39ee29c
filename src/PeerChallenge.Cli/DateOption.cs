using NodaTime;
using NodaTime.Text;
using PeerChallenge.Domain.Timeline;

namespace PeerChallenge.Cli;

/// <summary>Reads a date option (<c>yyyy-MM-dd</c>) given as text, with a clear message on standard error when it is not one.</summary>
internal static class DateOption
{
    /// <summary>
    /// Parses <paramref name="text"/> as an ISO calendar date the working-day calendar covers; on failure writes
    /// <c>peer-challenge COMMAND: --option 'text' ...</c> to standard error and returns false.
    /// </summary>
    internal static bool TryRead(string command, string option, string text, Terminal terminal, out LocalDate date)
    {
        var result = LocalDatePattern.Iso.Parse(text.Trim());
        if (!result.Success)
        {
            date = default;
            terminal.Error.WriteLine($"peer-challenge {command}: {option} '{TerminalText.Escape(text)}' is not a date. Write dates as yyyy-MM-dd, for example 2011-10-03.");
            return false;
        }

        date = result.Value;
        if (!WorkingDayCalendar.Covers(date))
        {
            terminal.Error.WriteLine(
                $"peer-challenge {command}: {option} {LocalDatePattern.Iso.Format(date)} is outside the working-day calendar, which covers {WorkingDayCalendar.FirstSupportedYear} to {WorkingDayCalendar.LastSupportedYear}.");
            return false;
        }

        return true;
    }
}
