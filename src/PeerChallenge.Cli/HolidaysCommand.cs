using System.CommandLine;
using System.Text.Json;
using NodaTime.Text;
using PeerChallenge.Domain.Timeline;

namespace PeerChallenge.Cli;

/// <summary><c>peer-challenge holidays --from DATE --to DATE [--format text|json]</c>: lists the England and Wales bank holidays in a span.</summary>
internal static class HolidaysCommand
{
    /// <summary>The examples at the end of <c>holidays --help</c>.</summary>
    internal static readonly string[] Examples =
    [
        "peer-challenge holidays --from 2012-01-01 --to 2012-12-31",
        "peer-challenge holidays --from 2011-08-08 --to 2011-10-07 --format json",
    ];

    internal static Command Create(Terminal terminal)
    {
        var from = new Option<string>("--from")
        {
            Description = "The first day of the span, yyyy-MM-dd (the calendar covers 1995 to 2099).",
            HelpName = "DATE",
            Required = true,
        };
        var to = new Option<string>("--to")
        {
            Description = "The last day of the span (inclusive), yyyy-MM-dd.",
            HelpName = "DATE",
            Required = true,
        };
        var format = FormatOption.Create(
            "Output format: text (a table) or json (an array of {\"date\": \"yyyy-MM-dd\", \"name\": \"...\"} in date order, name as GOV.UK titles the day).",
            "text",
            "json");

        var command = new Command("holidays", "List the bank holidays of England and Wales between two dates, as GOV.UK lists them (substitute days marked).")
        {
            from,
            to,
            format,
        };
        command.SetAction(parseResult => Run(parseResult.GetValue(from)!, parseResult.GetValue(to)!, parseResult.GetValue(format)!, terminal));
        return command;
    }

    private static int Run(string fromText, string toText, string format, Terminal terminal)
    {
        if (!DateOption.TryRead("holidays", "--from", fromText, terminal, out var from) || !DateOption.TryRead("holidays", "--to", toText, terminal, out var to))
        {
            return ExitCodes.UsageOrUnreadable;
        }

        if (to < from)
        {
            terminal.Error.WriteLine($"peer-challenge holidays: --to {LocalDatePattern.Iso.Format(to)} is before --from {LocalDatePattern.Iso.Format(from)}.");
            return ExitCodes.UsageOrUnreadable;
        }

        var holidays = WorkingDayCalendar.EnglandAndWales.HolidaysBetween(from, to);
        if (format == "json")
        {
            WriteJson(holidays, terminal.Output);
        }
        else
        {
            foreach (var holiday in holidays)
            {
                terminal.Output.WriteLine($"{LocalDatePattern.Iso.Format(holiday.Date)}  {holiday.Date.DayOfWeek.ToString(),-9}  {holiday.DisplayName}");
            }
        }

        return ExitCodes.Ok;
    }

    private static void WriteJson(IReadOnlyList<Holiday> holidays, TextWriter output) => JsonOutput.Write(output, writer =>
        {
            writer.WriteStartArray();
            foreach (var holiday in holidays)
            {
                writer.WriteStartObject();
                writer.WriteString("date", LocalDatePattern.Iso.Format(holiday.Date));
                writer.WriteString("name", holiday.Title);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        });
}
