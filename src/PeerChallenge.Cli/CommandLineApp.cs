using System.CommandLine;

namespace PeerChallenge.Cli;

/// <summary>Builds the <c>peer-challenge</c> command tree and runs it against a <see cref="Terminal"/>.</summary>
internal static class CommandLineApp
{
    /// <summary>Parses <paramref name="args"/> and runs the command; parse errors print a message and return exit code 2.</summary>
    internal static int Run(string[] args, Terminal terminal)
    {
        var root = new RootCommand("peer-challenge: validate, plan and redact children's safeguarding peer challenge records.");
        foreach (var command in Commands(terminal))
        {
            root.Subcommands.Add(command);
        }

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                terminal.Error.WriteLine($"peer-challenge: {error.Message}");
            }

            terminal.Error.WriteLine("Run 'peer-challenge --help' for usage.");
            return ExitCodes.UsageOrUnreadable;
        }

        return parseResult.Invoke(new InvocationConfiguration { Output = terminal.Output, Error = terminal.Error });
    }

    private static IEnumerable<Command> Commands(Terminal terminal)
    {
        yield return ValidateCommand.Create(terminal);
        yield return SchemaCommand.Create(terminal);
        yield return PlanCommand.Create(terminal);
        yield return HolidaysCommand.Create(terminal);
        yield return RedactCommand.Create(terminal);
    }
}
