using System.CommandLine;

namespace PeerChallenge.Cli;

/// <summary>The <c>--format</c> option the commands share: one of a fixed set of formats, <c>text</c> by default.</summary>
internal static class FormatOption
{
    /// <summary>Makes a <c>--format</c> option accepting <paramref name="formats"/> (the first is the default).</summary>
    internal static Option<string> Create(string description, params string[] formats)
    {
        var option = new Option<string>("--format")
        {
            Description = description,
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }
}
