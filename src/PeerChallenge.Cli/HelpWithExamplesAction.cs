using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace PeerChallenge.Cli;

/// <summary>
/// System.CommandLine's own help, then an <c>Examples:</c> section for the command. (System.CommandLine 3.0.0 keeps
/// its help builder internal, so the section is written after the default help rather than inside its layout.)
/// </summary>
internal sealed class HelpWithExamplesAction(HelpAction help, IReadOnlyDictionary<Command, string[]> examples) : SynchronousCommandLineAction
{
    /// <summary>As System.CommandLine's help: <c>--help</c> wins over any other problem on the line.</summary>
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        help.Invoke(parseResult);
        if (examples.TryGetValue(parseResult.CommandResult.Command, out var lines) && lines.Length > 0)
        {
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Examples:");
            foreach (var line in lines)
            {
                output.WriteLine($"  {line}");
            }

            output.WriteLine();
        }

        return ExitCodes.Ok;
    }
}
