using System.CommandLine;
using PeerChallenge.Domain.Serialization;

namespace PeerChallenge.Cli;

/// <summary><c>peer-challenge schema [--name NAME] [--out DIR]</c>: prints a published JSON Schema, or writes them all to a folder.</summary>
internal static class SchemaCommand
{
    /// <summary>The examples at the end of <c>schema --help</c>.</summary>
    internal static readonly string[] Examples =
    [
        "peer-challenge schema > challenge-record.schema.json",
        "peer-challenge schema --name edition",
        "peer-challenge schema --out schemas",
    ];

    internal static Command Create(Terminal terminal)
    {
        var name = new Option<string>("--name")
        {
            Description = $"Which schema to print: {string.Join(" or ", ChallengeSchemas.Names)}.",
            DefaultValueFactory = _ => ChallengeSchemas.ChallengeRecord,
        };
        name.AcceptOnlyFromAmong([.. ChallengeSchemas.Names]);
        var output = new Option<DirectoryInfo?>("--out")
        {
            Description = "Write every schema into this folder (created if missing) instead of printing one.",
            HelpName = "DIR",
        };
        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of the interchange format, or write all schemas to a folder.")
        {
            name,
            output,
        };
        command.SetAction(parseResult => Run(parseResult.GetValue(name)!, parseResult.GetValue(output), terminal));
        return command;
    }

    private static int Run(string name, DirectoryInfo? output, Terminal terminal)
    {
        if (output is null)
        {
            terminal.Output.Write(ChallengeSchemas.Get(name));
            return ExitCodes.Ok;
        }

        try
        {
            output.Create();
            foreach (var schema in ChallengeSchemas.Names)
            {
                var path = Path.Combine(output.FullName, ChallengeSchemas.FileName(schema));
                File.WriteAllText(path, ChallengeSchemas.Get(schema));
                terminal.Error.WriteLine($"wrote {TerminalText.Escape(path)}");
            }

            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            terminal.Error.WriteLine($"peer-challenge schema: cannot write to '{TerminalText.Escape(output.FullName)}': {TerminalText.Escape(ex.Message)}");
            return ExitCodes.UsageOrUnreadable;
        }
    }
}
