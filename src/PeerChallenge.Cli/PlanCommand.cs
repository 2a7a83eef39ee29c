using System.CommandLine;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Timeline;

namespace PeerChallenge.Cli;

/// <summary>
/// <c>peer-challenge plan --on-site DATE | --lead-in-start DATE [--edition CODE] [--format text|json|ics|mermaid]</c>:
/// the whole timeline of a challenge on the England and Wales working-day calendar.
/// </summary>
internal static class PlanCommand
{
    private static readonly LocalDatePattern Iso = LocalDatePattern.Iso;
    private static readonly LocalDatePattern Long = LocalDatePattern.CreateWithInvariantCulture("dddd d MMMM uuuu");

    /// <summary>The examples at the end of <c>plan --help</c>.</summary>
    internal static readonly string[] Examples =
    [
        "peer-challenge plan --on-site 2011-10-03",
        "peer-challenge plan --lead-in-start 2011-08-08 --format json",
        "peer-challenge plan --on-site 2011-10-03 --format ics > plan.ics",
    ];

    internal static Command Create(Terminal terminal)
    {
        var onSite = new Option<string?>("--on-site")
        {
            Description = "The first on-site day, yyyy-MM-dd; a working day (not a weekend or bank holiday). For example 2011-10-03.",
            HelpName = "DATE",
        };
        var leadInStart = new Option<string?>("--lead-in-start")
        {
            Description = "Plan from the other end: the first day of the lead-in, yyyy-MM-dd (a weekday). For example 2011-08-08.",
            HelpName = "DATE",
        };
        var edition = new Option<string>("--edition")
        {
            Description = $"The framework edition: {string.Join(" or ", EditionCatalog.BuiltIn.Editions.Select(e => e.Code))}.",
            DefaultValueFactory = _ => EditionCode.Lgg2011.Value,
            HelpName = "CODE",
        };
        var format = FormatOption.Create(
            "Output format: text (for people), json, ics (iCalendar for Outlook or Google Calendar) or mermaid (a Gantt chart for Markdown).",
            "text",
            "json",
            "ics",
            "mermaid");

        var command = new Command("plan", "Plan a challenge's timeline from the on-site week (or the lead-in start): lead-in, on-site days, report and follow-up, on the England and Wales working-day calendar.")
        {
            onSite,
            leadInStart,
            edition,
            format,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(onSite),
            parseResult.GetValue(leadInStart),
            parseResult.GetValue(edition)!,
            parseResult.GetValue(format)!,
            terminal));
        return command;
    }

    private static int Run(string? onSiteText, string? leadInText, string editionCode, string format, Terminal terminal)
    {
        if ((onSiteText is null) == (leadInText is null))
        {
            terminal.Error.WriteLine("peer-challenge plan: give either --on-site DATE (the first on-site day) or --lead-in-start DATE, not both and not neither.");
            return ExitCodes.UsageOrUnreadable;
        }

        if (!EditionCode.TryParse(editionCode, out var code) || !EditionCatalog.BuiltIn.TryFind(code, out var edition))
        {
            terminal.Error.WriteLine($"peer-challenge plan: '{TerminalText.Escape(editionCode)}' is not a known edition. Use one of: {string.Join(", ", EditionCatalog.BuiltIn.Editions.Select(e => e.Code))}.");
            return ExitCodes.UsageOrUnreadable;
        }

        var calendar = WorkingDayCalendar.EnglandAndWales;
        var option = onSiteText is not null ? "--on-site" : "--lead-in-start";
        if (!DateOption.TryRead("plan", option, onSiteText ?? leadInText!, terminal, out var date))
        {
            return ExitCodes.UsageOrUnreadable;
        }

        if (onSiteText is not null ? !calendar.IsWorkingDay(date) : WorkingDayCalendar.IsWeekend(date))
        {
            var what = onSiteText is not null ? "the on-site visit must start on a working day" : "the lead-in must start on a weekday";
            terminal.Error.WriteLine($"peer-challenge plan: {option} {Iso.Format(date)} is {calendar.Describe(date)}; {what}.");
            return ExitCodes.UsageOrUnreadable;
        }

        TimelinePlan plan;
        try
        {
            var planner = TimelinePlanner.ForEdition(edition);
            plan = onSiteText is not null ? planner.PlanFromOnSiteStart(date) : planner.PlanFromLeadInStart(date);
        }
        catch (ArgumentOutOfRangeException)
        {
            terminal.Error.WriteLine(
                $"peer-challenge plan: the plan from {Iso.Format(date)} runs outside the working-day calendar, which covers {WorkingDayCalendar.FirstSupportedYear} to {WorkingDayCalendar.LastSupportedYear}.");
            return ExitCodes.UsageOrUnreadable;
        }

        var title = $"Peer challenge plan, on site {Iso.Format(plan.OnSiteStart)} to {Iso.Format(plan.OnSiteEnd)} ({edition.Code})";
        switch (format)
        {
            case "json":
                WriteJson(plan, edition, terminal.Output);
                break;
            case "ics":
                terminal.Output.Write(TimelineIcsWriter.Write(plan, SystemClock.Instance, title));
                break;
            case "mermaid":
                terminal.Output.Write(TimelineMermaidWriter.Write(plan, calendar, title));
                break;
            default:
                WriteText(plan, edition, calendar, terminal.Output);
                break;
        }

        return ExitCodes.Ok;
    }

    private static void WriteText(TimelinePlan plan, Edition edition, WorkingDayCalendar calendar, TextWriter output)
    {
        var weeks = Period.Between(plan.LeadInStart, plan.OnSiteStart, PeriodUnits.Weeks | PeriodUnits.Days);
        output.WriteLine($"Peer challenge plan: {edition.Name} ({edition.Code})");
        output.WriteLine($"Lead-in:  from {Long.Format(plan.LeadInStart)} ({weeks.Weeks} weeks{(weeks.Days > 0 ? $" {weeks.Days} days" : string.Empty)})");
        output.WriteLine($"On site:  {Long.Format(plan.OnSiteStart)} to {Long.Format(plan.OnSiteEnd)} ({plan.OnSiteDays.Count} working days)");
        foreach (var holiday in calendar.HolidaysBetween(plan.OnSiteStart, plan.OnSiteEnd))
        {
            output.WriteLine($"Note:     {holiday.DisplayName} ({Iso.Format(holiday.Date)}) falls in the visit, which runs on past it.");
        }

        output.WriteLine();
        foreach (var phase in new[] { TimelinePhase.LeadIn, TimelinePhase.OnSite, TimelinePhase.AfterVisit })
        {
            output.WriteLine(PhaseTitle(phase));
            foreach (var milestone in plan.Milestones.Where(m => m.Phase == phase))
            {
                output.WriteLine($"  {Iso.Format(milestone.Date)}  {milestone.Date.DayOfWeek.ToString()[..3]}  {milestone.Title}");
            }

            if (phase == TimelinePhase.OnSite)
            {
                output.WriteLine($"  On-site days: {string.Join(", ", plan.OnSiteDays.Select(Iso.Format))}");
                output.WriteLine("  Between the first and last day: interviews and focus groups with senior officers, elected members, partners and front-line staff.");
            }

            output.WriteLine();
        }
    }

    private static string PhaseTitle(TimelinePhase phase) => phase switch
    {
        TimelinePhase.LeadIn => "Lead-in",
        TimelinePhase.OnSite => "On site",
        _ => "Report and follow-up",
    };

    private static string PhaseCode(TimelinePhase phase) => phase switch
    {
        TimelinePhase.LeadIn => "lead-in",
        TimelinePhase.OnSite => "on-site",
        _ => "after-visit",
    };

    private static void WriteJson(TimelinePlan plan, Edition edition, TextWriter output) => JsonOutput.Write(output, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("edition", edition.Code.Value);
            writer.WriteString("leadInStart", Iso.Format(plan.LeadInStart));
            writer.WriteString("onSiteStart", Iso.Format(plan.OnSiteStart));
            writer.WriteString("onSiteEnd", Iso.Format(plan.OnSiteEnd));
            writer.WriteStartArray("onSiteDays");
            foreach (var day in plan.OnSiteDays)
            {
                writer.WriteStringValue(Iso.Format(day));
            }

            writer.WriteEndArray();
            writer.WriteStartArray("milestones");
            foreach (var milestone in plan.Milestones)
            {
                writer.WriteStartObject();
                writer.WriteString("id", milestone.Id);
                writer.WriteString("date", Iso.Format(milestone.Date));
                writer.WriteString("phase", PhaseCode(milestone.Phase));
                writer.WriteString("title", milestone.Title);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
}
