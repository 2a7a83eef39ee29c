using System.CommandLine;
using System.Globalization;
using nietras.SeparatedValues;
using PeerChallenge.Domain;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Evidence;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Serialization;

namespace PeerChallenge.Cli;

/// <summary>
/// <c>peer-challenge tables FILE</c>: a record's questionnaire and case audit tables after disclosure control, as text,
/// JSON or CSV, always with the highest marking of what they were made from.
/// </summary>
internal static class TablesCommand
{
    private const string Name = "peer-challenge tables";

    internal static readonly string[] Examples =
    [
        "peer-challenge tables docs/examples/rotherham-2011.json",
        "peer-challenge tables record.json --profile nhs --format json",
        "peer-challenge tables record.json --format csv > tables.csv",
    ];

    internal static Command Create(Terminal terminal)
    {
        var file = new Argument<string>("FILE")
        {
            Description = "A challenge record JSON file; '-' reads standard input.",
        };
        var profile = new Option<string>("--profile")
        {
            Description = "The disclosure profile: dfe (counts 1 to 5 shown as c), nhs (counts 1 to 7 shown as *, the rest rounded to the nearest 5) "
                + "or threshold-10 (counts 0 to 9 shown as c). Every profile also withholds the cells from which a withheld count could be worked out.",
            DefaultValueFactory = _ => DisclosureProfile.Dfe.Code,
            HelpName = "PROFILE",
        };
        profile.AcceptOnlyFromAmong([.. DisclosureProfile.All.Select(p => p.Code)]);
        var format = FormatOption.Create(
            "Output format: text (for people), json ({profile, marking, tables: [{id, title, marking, columns, rows: [{label, cells}]}]}, each cell a number or a symbol) "
                + "or csv (one file, one line per cell: table, title, marking, row, column, value).",
            "text",
            "json",
            "csv");

        var command = new Command(
            "tables",
            "Print a record's questionnaire and case audit tables after disclosure control, safe to publish: small counts, and the cells that would give them away, "
                + "shown as a symbol. Exit code 0: tables printed (a record with errors gets a note on standard error); 2: the file cannot be read as a record.")
        {
            file,
            profile,
            format,
        };
        command.SetAction(parseResult => Run(parseResult.GetValue(file)!, parseResult.GetValue(profile)!, parseResult.GetValue(format)!, terminal));
        return command;
    }

    private static int Run(string file, string profileCode, string format, Terminal terminal)
    {
        DisclosureProfile.TryFind(profileCode, out var profile);
        if (!RecordInput.TryRead(Name, file, terminal, out var record))
        {
            return ExitCodes.UsageOrUnreadable;
        }

        var edition = record.EditionDefinition ?? (EditionCatalog.BuiltIn.TryFind(record.Edition, out var builtIn) ? builtIn : null);
        PublishedTables tables;
        try
        {
            tables = EvidenceTables.Publish(record.Questionnaires, record.CaseAudit, edition, profile!);
        }
        catch (ArgumentException)
        {
            terminal.Error.WriteLine(
                $"{Name}: {TerminalText.Escape(file)}: a role group, option label, criterion, agency or grade is called '{StatisticalTable.TotalLabel}', "
                + "which the tables keep for their totals. Rename it and run the command again.");
            return ExitCodes.Invalid;
        }

        RecordInput.NoteErrors(Name, file, record, terminal, "answers and grades they concern are not counted.");

        switch (format)
        {
            case "json":
                WriteJson(tables, terminal.Output);
                break;
            case "csv":
                WriteCsv(tables, terminal.Output);
                break;
            default:
                WriteText(tables, record, terminal.Output);
                break;
        }

        return ExitCodes.Ok;
    }

    /// <summary>How a marking is written in JSON and CSV: its code, or the codes of both schemes joined by <c>; </c>; null when none.</summary>
    private static string? MarkingCode(DerivedMarking? marking) => marking?.Code;

    private static string Cell(TableCell cell) => cell.ToString();

    private static void WriteText(PublishedTables published, ChallengeRecord record, TextWriter output)
    {
        var profile = published.Profile;
        var marking = published.Marking?.ToString();
        if (marking is not null)
        {
            output.WriteLine(marking);
            output.WriteLine();
        }

        output.WriteLine($"Tables of {TerminalText.Escape(record.Title ?? record.Id.ToString())}");
        output.WriteLine($"Disclosure profile {profile.Code} ({TerminalText.Escape(profile.Name)}): {Describe(profile)}");
        if (published.Tables.Count == 0)
        {
            output.WriteLine();
            output.WriteLine("No tables: the record has no questionnaire responses and no graded case audit.");
        }

        foreach (var table in published.Tables)
        {
            output.WriteLine();
            WriteTextTable(table, output);
        }

        if (marking is not null)
        {
            output.WriteLine();
            output.WriteLine(marking);
        }
    }

    private static string Describe(DisclosureProfile profile)
    {
        var from = profile.SuppressZero ? 0 : 1;
        var rounding = profile.RoundingBase > 1 ? $", every other count rounded to the nearest {profile.RoundingBase}" : string.Empty;
        var secondary = profile.SecondarySuppression ? "; cells from which a withheld count could be worked out are withheld too" : string.Empty;
        return $"counts {from} to {profile.Threshold - 1} shown as {profile.Symbol}{rounding}{secondary}.";
    }

    private static void WriteTextTable(StatisticalTable table, TextWriter output)
    {
        output.WriteLine($"{TerminalText.Escape(table.Id)}: {TerminalText.Escape(table.Title)}");
        var labels = table.Rows.Select(r => TerminalText.Escape(r.Label)).ToList();
        var columns = table.Columns.Select(TerminalText.Escape).ToList();
        var labelWidth = labels.Append(string.Empty).Max(l => l.Length);
        var widths = columns.Select((c, j) => Math.Max(c.Length, table.Rows.Select(r => Cell(r.Cells[j]).Length).DefaultIfEmpty(0).Max())).ToList();
        output.WriteLine($"  {new string(' ', labelWidth)}{string.Concat(columns.Select((c, j) => "  " + c.PadLeft(widths[j])))}".TrimEnd());
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var cells = table.Rows[i].Cells.Select((c, j) => "  " + Cell(c).PadLeft(widths[j]));
            output.WriteLine($"  {labels[i].PadRight(labelWidth)}{string.Concat(cells)}");
        }
    }

    private static void WriteJson(PublishedTables published, TextWriter output) => JsonOutput.Write(output, writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("profile", published.Profile.Code);
        WriteMarking(writer, published.Marking);
        writer.WriteStartArray("tables");
        foreach (var table in published.Tables)
        {
            writer.WriteStartObject();
            writer.WriteString("id", table.Id);
            writer.WriteString("title", table.Title);
            WriteMarking(writer, table.Marking);
            writer.WriteStartArray("columns");
            foreach (var column in table.Columns)
            {
                writer.WriteStringValue(column);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("rows");
            foreach (var row in table.Rows)
            {
                writer.WriteStartObject();
                writer.WriteString("label", row.Label);
                writer.WriteStartArray("cells");
                foreach (var cell in row.Cells)
                {
                    if (cell.Value is { } value)
                    {
                        writer.WriteNumberValue(value);
                    }
                    else
                    {
                        writer.WriteStringValue(cell.Symbol);
                    }
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    private static void WriteMarking(System.Text.Json.Utf8JsonWriter writer, DerivedMarking? marking)
    {
        if (MarkingCode(marking) is { } code)
        {
            writer.WriteString("marking", code);
        }
        else
        {
            writer.WriteNull("marking");
        }
    }

    /// <summary>
    /// One file in long ("tidy") form: a line per cell with the table's id, title and marking, the row and column labels
    /// and the value (a number or a symbol). Text that a spreadsheet would take for a formula is written with a leading
    /// apostrophe.
    /// </summary>
    private static void WriteCsv(PublishedTables published, TextWriter output)
    {
        using (var writer = Sep.New(',').Writer(o => o with { Escape = true, CultureInfo = CultureInfo.InvariantCulture }).To(output, leaveOpen: true))
        {
            if (published.Tables.Count == 0)
            {
                output.Write("table,title,marking,row,column,value\r\n");
            }

            foreach (var table in published.Tables)
            {
                var marking = MarkingCode(table.Marking) ?? string.Empty;
                foreach (var row in table.Rows)
                {
                    for (var j = 0; j < table.Columns.Count; j++)
                    {
                        using var line = writer.NewRow();
                        line["table"].Set(Safe(table.Id));
                        line["title"].Set(Safe(table.Title));
                        line["marking"].Set(marking);
                        line["row"].Set(Safe(row.Label));
                        line["column"].Set(Safe(table.Columns[j]));
                        line["value"].Set(Cell(row.Cells[j]));
                    }
                }
            }
        }

        output.Flush();
    }

    /// <summary>Text starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return gets a leading apostrophe, so a spreadsheet shows it rather than running it.</summary>
    private static string Safe(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
