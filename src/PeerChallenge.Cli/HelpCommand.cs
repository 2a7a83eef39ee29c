using System.CommandLine;
using System.CommandLine.Completions;

namespace PeerChallenge.Cli;

/// <summary><c>peer-challenge help [COMMAND]</c>: the tool's help, or one command's, on standard output (as <c>git help</c>).</summary>
internal static class HelpCommand
{
    /// <summary>Makes the <c>help</c> command; <paramref name="root"/>'s commands are what it completes in a shell.</summary>
    internal static Command Create(Terminal terminal, Command root)
    {
        var name = new Argument<string?>("COMMAND")
        {
            Description = "The command to explain; without it, the tool's help and its list of commands.",
            Arity = ArgumentArity.ZeroOrOne,
            HelpName = "COMMAND",
        };
        name.CompletionSources.Add(_ => root.Subcommands.Where(c => !c.Hidden).Select(c => new CompletionItem(c.Name)));
        var command = new Command("help", "Show the help of the tool, or of one command (the same as COMMAND --help).")
        {
            name,
        };
        command.SetAction(parseResult => Run(parseResult, parseResult.GetValue(name), terminal));
        return command;
    }

    private static int Run(ParseResult parseResult, string? name, Terminal terminal)
    {
        var root = parseResult.RootCommandResult.Command;
        if (name is null)
        {
            return root.Parse(["--help"]).Invoke(parseResult.InvocationConfiguration);
        }

        var command = root.Subcommands.FirstOrDefault(c => c.Name == name || c.Aliases.Contains(name));
        if (command is null)
        {
            UsageError.NotACommand(name, root).WriteTo(terminal.Error);
            return ExitCodes.UsageOrUnreadable;
        }

        return root.Parse([command.Name, "--help"]).Invoke(parseResult.InvocationConfiguration);
    }
}
