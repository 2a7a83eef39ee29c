using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace PeerChallenge.Cli;

/// <summary>Builds the <c>peer-challenge</c> command tree and runs it against a <see cref="Terminal"/>.</summary>
internal static class CommandLineApp
{
    /// <summary>The tool's name, as the user types it and as every message starts.</summary>
    internal const string Name = "peer-challenge";

    /// <summary>
    /// Parses <paramref name="args"/> and runs the command. A usage error (an unknown command or option, a missing or
    /// bad argument) writes a message, a suggestion when one is close, and a pointer to the help to standard error,
    /// and returns exit code 2; help goes to standard output and returns 0.
    /// </summary>
    internal static int Run(string[] args, Terminal terminal)
    {
        var root = CreateRoot(terminal);
        var parseResult = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = terminal.Output, Error = terminal.Error };

        // Help (--help, -h) and the [suggest] directive clear the parse errors: they run whatever else is on the line.
        if (parseResult.Action is not { ClearsParseErrors: true })
        {
            var error = UsageError.Find(parseResult);
            if (error is not null)
            {
                error.WriteTo(terminal.Error);
                return ExitCodes.UsageOrUnreadable;
            }
        }

        return parseResult.Invoke(configuration);
    }

    /// <summary>The root command with every subcommand, the <c>help</c> command and help that ends with examples.</summary>
    internal static RootCommand CreateRoot(Terminal terminal)
    {
        var root = new RootCommand("peer-challenge: validate, plan, redact and report children's safeguarding peer challenge records.")
        {
            // The executable's name in tests is the test host's; the tool is always peer-challenge.
            HelpName = Name,
        };
        var examples = new Dictionary<Command, string[]>
        {
            [root] =
            [
                $"{Name} validate docs/examples/rotherham-2011.json",
                $"{Name} plan --on-site 2011-10-03",
                $"{Name} help validate",
            ],
        };
        foreach (var (command, commandExamples) in Commands(terminal))
        {
            root.Subcommands.Add(command);
            examples[command] = commandExamples;
        }

        var helpOption = root.Options.OfType<HelpOption>().Single();
        var help = new HelpWithExamplesAction((HelpAction)helpOption.Action!, examples);
        helpOption.Action = help;
        var helpCommand = HelpCommand.Create(terminal, root);
        root.Subcommands.Add(helpCommand);
        examples[helpCommand] = [$"{Name} help", $"{Name} help plan"];

        // With no command at all, the tool prints its help (as gh does) and exits 0.
        root.SetAction(help.Invoke);
        return root;
    }

    private static IEnumerable<(Command Command, string[] Examples)> Commands(Terminal terminal)
    {
        yield return (ValidateCommand.Create(terminal), ValidateCommand.Examples);
        yield return (SchemaCommand.Create(terminal), SchemaCommand.Examples);
        yield return (PlanCommand.Create(terminal), PlanCommand.Examples);
        yield return (HolidaysCommand.Create(terminal), HolidaysCommand.Examples);
        yield return (RedactCommand.Create(terminal), RedactCommand.Examples);
        yield return (TablesCommand.Create(terminal), TablesCommand.Examples);
        yield return (TimetableCommand.Create(terminal), TimetableCommand.Examples);
        yield return (TraceCommand.Create(terminal), TraceCommand.Examples);
        yield return (ReportCommand.Create(terminal), ReportCommand.Examples);
        yield return (ExportCommand.Create(terminal), ExportCommand.Examples);
    }
}
