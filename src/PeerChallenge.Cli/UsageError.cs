using System.CommandLine;
using System.CommandLine.Parsing;

namespace PeerChallenge.Cli;

/// <summary>
/// A mistake on the command line, told the way <c>git</c> and <c>gh</c> tell it: one line saying what is wrong (with
/// the closest command or option when one is close), then where the help is. Always on standard error, exit code 2.
/// </summary>
/// <param name="Messages">What is wrong, one line each, without the <c>peer-challenge: </c> prefix.</param>
/// <param name="Command">The command whose help the last line points to.</param>
internal sealed record UsageError(IReadOnlyList<string> Messages, Command Command)
{
    /// <summary>Writes <c>peer-challenge: MESSAGE</c> for each message, then <c>Run 'peer-challenge help [COMMAND]' for usage.</c>.</summary>
    internal void WriteTo(TextWriter error)
    {
        foreach (var message in Messages)
        {
            // The messages quote what was typed: nothing in it reaches the terminal raw.
            error.WriteLine($"{CommandLineApp.Name}: {TerminalText.Escape(message)}");
        }

        var help = Command is RootCommand ? "help" : $"help {string.Join(' ', Path(Command))}";
        error.WriteLine($"Run '{CommandLineApp.Name} {help}' for usage.");
    }

    /// <summary>
    /// The usage error in <paramref name="parseResult"/>, or null when there is none. The first unknown word wins (an
    /// option that no command knows, a command that does not exist, an argument too many); then System.CommandLine's
    /// own errors (a missing argument or required option, a value not among those allowed).
    /// </summary>
    internal static UsageError? Find(ParseResult parseResult)
    {
        var command = parseResult.CommandResult.Command;
        var unknown = FirstUnknownToken(parseResult);
        if (unknown is not null)
        {
            return unknown.Value.IsOption ? UnknownOption(unknown.Value.Text, parseResult.CommandResult)
                : command.Subcommands.Count > 0 ? NotACommand(unknown.Value.Text, command)
                : new UsageError([$"unexpected argument '{unknown.Value.Text}'."], command);
        }

        if (parseResult.Errors.Count == 0)
        {
            return null;
        }

        // System.CommandLine lists allowed values on tab-indented lines; one line a message reads better here.
        var messages = parseResult.Errors
            .Select(e => string.Join(' ', e.Message.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new UsageError(messages, command);
    }

    /// <summary><c>'NAME' is not a command.</c>, with the closest commands of <paramref name="parent"/>.</summary>
    internal static UsageError NotACommand(string name, Command parent)
    {
        var candidates = parent.Subcommands.Where(c => !c.Hidden).SelectMany(c => c.Aliases.Prepend(c.Name));
        return new UsageError([$"'{name}' is not a command.{DidYouMean(name, candidates)}"], parent);
    }

    private static UsageError UnknownOption(string option, CommandResult commandResult)
    {
        // The command's own options, then the options its parents share with it (--help).
        var options = commandResult.Command.Options.AsEnumerable();
        for (var parent = commandResult.Parent as CommandResult; parent is not null; parent = parent.Parent as CommandResult)
        {
            options = options.Concat(parent.Command.Options.Where(o => o.Recursive));
        }

        var candidates = options.Where(o => !o.Hidden)
            .SelectMany(o => o.Aliases.Prepend(o.Name))
            .Where(name => name.StartsWith('-') && name != "-?");
        return new UsageError([$"unknown option '{option}'.{DidYouMean(option, candidates)}"], commandResult.Command);
    }

    /// <summary>
    /// The first word on the line that no command, option or argument accepts. A word starting with <c>-</c> that an
    /// argument took as a value counts as an unknown option: only <c>-</c> (standard input) and the words after
    /// <c>--</c> are arguments however they start.
    /// </summary>
    private static (string Text, bool IsOption)? FirstUnknownToken(ParseResult parseResult)
    {
        var argumentTokens = new HashSet<Token>(ReferenceEqualityComparer.Instance);
        for (var result = parseResult.CommandResult; result is not null; result = result.Parent as CommandResult)
        {
            foreach (var argument in result.Command.Arguments)
            {
                argumentTokens.UnionWith(parseResult.GetResult(argument)?.Tokens ?? []);
            }
        }

        var unmatched = parseResult.UnmatchedTokens.ToList();
        var afterDoubleDash = false;
        foreach (var token in parseResult.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                afterDoubleDash = true;
                continue;
            }

            var looksLikeOption = !afterDoubleDash && token.Value.Length > 1 && token.Value[0] == '-';
            if (unmatched.Remove(token.Value) || (looksLikeOption && argumentTokens.Contains(token)))
            {
                return (token.Value, looksLikeOption);
            }
        }

        return unmatched.Count > 0 ? (unmatched[0], false) : null;
    }

    /// <summary><c> Did you mean 'X'?</c> for the candidates closest to <paramref name="word"/>, or nothing when none is close.</summary>
    internal static string DidYouMean(string word, IEnumerable<string> candidates)
    {
        var bare = word.TrimStart('-').ToLowerInvariant();
        var scored = candidates.Distinct(StringComparer.Ordinal)
            .Select(c => (Name: c, Bare: c.TrimStart('-').ToLowerInvariant()))
            .Select(c => (c.Name, c.Bare, Distance: EditDistance(bare, c.Bare)))
            .Where(c => c.Distance <= MaximumDistance(c.Bare) && (c.Distance == 0 || c.Distance < Math.Min(bare.Length, c.Bare.Length)))
            .ToList();
        if (scored.Count == 0)
        {
            return string.Empty;
        }

        var best = scored.Min(c => c.Distance);
        var names = scored.Where(c => c.Distance == best).Select(c => $"'{c.Name}'").ToList();
        var list = names.Count == 1 ? names[0] : $"{string.Join(", ", names[..^1])} or {names[^1]}";
        return $" Did you mean {list}?";
    }

    /// <summary>
    /// How many edits a word may be from a name and still be taken for a typo of it: 1 for short names, up to 3 for long
    /// ones (and always fewer than either has letters, so '-x' is not offered '-h').
    /// </summary>
    private static int MaximumDistance(string name) => Math.Clamp(name.Length / 3, 1, 3);

    /// <summary>Damerau-Levenshtein distance (optimal string alignment): insertions, deletions, substitutions and swaps of neighbours.</summary>
    internal static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    private static IEnumerable<string> Path(Command command) =>
        command.Parents.OfType<Command>().FirstOrDefault() is { } parent and not RootCommand ? [.. Path(parent), command.Name] : [command.Name];
}
