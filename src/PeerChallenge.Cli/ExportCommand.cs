using System.CommandLine;
using System.Globalization;
using System.Reflection;
using NodaTime;
using PeerChallenge.Domain;
using PeerChallenge.Domain.Evidence;
using PeerChallenge.Domain.Export;
using PeerChallenge.Domain.Serialization;

namespace PeerChallenge.Cli;

/// <summary>
/// <c>peer-challenge export FILE --profile partner|publication|PROFILE.json [--key-file KEY] [--deny-file F]
/// [--allow-file F] [--out PATH]</c>: writes the shareable export of a record (docs/export.md) and a summary of its
/// manifest on standard error. Exit 0 on success; 2 for an unreadable record, profile, key or list, a profile that
/// needs a key without one, or an output that cannot be written.
/// </summary>
internal static class ExportCommand
{
    private const string Name = "peer-challenge export";

    internal static readonly string[] Examples =
    [
        "peer-challenge export record.json --profile partner --key-file council.key --out record.partner.json",
        "peer-challenge export record.json --profile publication --key-file council.key --deny-file names.txt --allow-file places.txt > published.json",
        "peer-challenge export record.json --profile our-profile.json --cleared doc-3",
    ];

    internal static Command Create(Terminal terminal)
    {
        var file = new Argument<string>("FILE") { Description = "A challenge record JSON file; '-' reads standard input." };
        var profile = new Option<string>("--profile")
        {
            Description = "The export profile: partner (for the LGA and the team), publication (for the public), or a JSON file with the council's own (docs/export.md).",
            Required = true,
            HelpName = "partner|publication|PROFILE.json",
        };
        var keyFile = new Option<string?>("--key-file")
        {
            Description = "The council's pseudonym key, 16 to 4096 bytes; needed by a profile that pseudonymises (both built-in profiles do). Only its fingerprint goes into the export.",
            HelpName = "KEY",
        };
        var denyFile = new Option<string?>("--deny-file")
        {
            Description = "A UTF-8 file of more names to remove wherever they appear, one a line (the team and the contact are added from the record).",
            HelpName = "FILE",
        };
        var allowFile = new Option<string?>("--allow-file")
        {
            Description = "A UTF-8 file of the council's own terms to keep (places, services, buildings), one a line.",
            HelpName = "FILE",
        };
        var cleared = new Option<string[]>("--cleared")
        {
            Description = "The id of a document or questionnaire (or caseAudit) cleared for release although marked above the profile's limit; repeatable.",
            HelpName = "ID",
            AllowMultipleArgumentsPerToken = false,
        };
        var date = new Option<string?>("--date")
        {
            Description = "The day written into the export (yyyy-MM-dd); the default is today.",
            HelpName = "DATE",
        };
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write the export to this file instead of standard output.", HelpName = "PATH" };

        var command = new Command(
            "export",
            "Make the shareable export of a record: free text through the scanner, small groups widened or withheld, case references pseudonymised, "
                + "parts dropped as the profile says, marked as an export with a manifest. The manifest's summary goes to standard error. "
                + "Exit code 0: export written; 2: an input cannot be read, the profile needs a key and none was given, or the output cannot be written.")
        {
            file, profile, keyFile, denyFile, allowFile, cleared, date, output,
        };
        command.SetAction(parseResult => Run(
            terminal,
            parseResult.GetValue(file)!,
            parseResult.GetValue(profile)!,
            parseResult.GetValue(keyFile),
            parseResult.GetValue(denyFile),
            parseResult.GetValue(allowFile),
            parseResult.GetValue(cleared) ?? [],
            parseResult.GetValue(date),
            parseResult.GetValue(output)));
        return command;
    }

    private static int Run(Terminal terminal, string file, string profileName, string? keyFile, string? denyFile, string? allowFile, string[] cleared, string? dateText, FileInfo? output)
    {
        if (!TryProfile(terminal, profileName, out var profile))
        {
            return ExitCodes.UsageOrUnreadable;
        }

        var day = LocalDate.FromDateTime(DateTime.Today);
        if (dateText is not null && !DateOption.TryRead("export", "--date", dateText, terminal, out day))
        {
            return ExitCodes.UsageOrUnreadable;
        }

        PseudonymKey? key = null;
        if (keyFile is null && profile.NeedsKey)
        {
            terminal.Error.WriteLine($"{Name}: the profile '{TerminalText.Escape(profile.Name)}' pseudonymises case references and needs the council's key: give --key-file KEY (16 to 4096 bytes; head -c 32 /dev/urandom > council.key makes one).");
            return ExitCodes.UsageOrUnreadable;
        }

        if (keyFile is not null)
        {
            if (!KeyFile.TryRead(terminal, Name, keyFile, out var bytes))
            {
                return ExitCodes.UsageOrUnreadable;
            }

            key = new PseudonymKey(bytes);
            Array.Clear(bytes);
        }

        string[] deny = [];
        string[] allow = [];
        if ((denyFile is not null && !TermFile.TryRead(terminal, Name, "--deny-file", denyFile, out deny))
            || (allowFile is not null && !TermFile.TryRead(terminal, Name, "--allow-file", allowFile, out allow))
            || !RecordInput.TryRead(Name, file, terminal, out var record))
        {
            return ExitCodes.UsageOrUnreadable;
        }

        var settings = new ExportSettings
        {
            Date = day,
            ToolVersion = ToolVersion,
            Key = key,
            KnownNames = [.. deny.Where(l => l.Any(char.IsLetter) && !l.TrimStart().StartsWith('#'))],
            AllowedTerms = [.. allow.Where(l => !string.IsNullOrWhiteSpace(l) && !l.TrimStart().StartsWith('#'))],
            ClearedForRelease = cleared,
        };
        var export = RecordExporter.Export(record, profile, settings);
        var json = ChallengeRecordWriter.Write(export) + "\n";
        if (output is null)
        {
            terminal.Output.Write(json);
        }
        else
        {
            try
            {
                output.Directory?.Create();
                File.WriteAllText(output.FullName, json);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                terminal.Error.WriteLine($"{Name}: cannot write {TerminalText.Escape(output.FullName)}: {TerminalText.Escape(e.Message)}");
                return ExitCodes.UsageOrUnreadable;
            }
        }

        Summarise(terminal.Error, export.Export!);
        return ExitCodes.Ok;
    }

    private static bool TryProfile(Terminal terminal, string name, out ExportProfile profile)
    {
        if (ExportProfile.BuiltIn.FirstOrDefault(p => p.Name == name) is { } builtIn)
        {
            profile = builtIn;
            return true;
        }

        profile = ExportProfile.Partner;
        if (!name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            terminal.Error.WriteLine($"{Name}: '{TerminalText.Escape(name)}' is not a profile: use partner, publication or a profile file ending .json.");
            return false;
        }

        string json;
        try
        {
            json = File.ReadAllText(name);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            terminal.Error.WriteLine($"{Name}: cannot read the profile '{TerminalText.Escape(name)}': {TerminalText.Escape(FileErrors.Reason(e))}");
            return false;
        }

        if (!ExportProfileReader.TryRead(json, out var read, out var problems))
        {
            foreach (var problem in problems)
            {
                terminal.Error.WriteLine($"{Name}: {TerminalText.Escape(name)}: {TerminalText.Escape(problem)}");
            }

            return false;
        }

        profile = read;
        return true;
    }

    /// <summary>The name and version of the tool, as written into every export: <c>peer-challenge 0.2.0</c>.</summary>
    internal static string ToolVersion { get; } = "peer-challenge " + (typeof(ExportCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0");

    private static void Summarise(TextWriter error, ExportStamp stamp)
    {
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"export: profile {stamp.Profile}, {stamp.Date:uuuu-MM-dd}, marking {stamp.Marking?.ToString() ?? "none"}, key {stamp.KeyFingerprint ?? "none"}, threshold {stamp.NonAttributionThreshold}"));
        foreach (var part in stamp.Manifest.Parts)
        {
            var details = new List<string> { string.Create(CultureInfo.InvariantCulture, $"kept {part.Kept}"), string.Create(CultureInfo.InvariantCulture, $"dropped {part.Dropped}") };
            if (part.Redacted.Count > 0)
            {
                details.Add("redacted " + string.Join(", ", part.Redacted.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Kind} {c.Count}"))));
            }

            if (part.Pseudonymised.Count > 0)
            {
                details.Add("pseudonymised " + string.Join(", ", part.Pseudonymised.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Kind} {c.Count}"))));
            }

            foreach (var (label, count) in new[] { ("widened", part.Widened), ("withheld", part.Withheld), ("tabulated", part.Tabulated), ("local fields dropped", part.LocalFieldsDropped) })
            {
                if (count > 0)
                {
                    details.Add(string.Create(CultureInfo.InvariantCulture, $"{label} {count}"));
                }
            }

            error.WriteLine($"  {part.Part} ({string.Join(", ", part.Treatments)}): {string.Join("; ", details)}");
        }
    }
}
