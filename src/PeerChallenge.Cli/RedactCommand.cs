using System.CommandLine;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Privacy;

namespace PeerChallenge.Cli;

/// <summary>
/// <c>peer-challenge redact FILE|-</c>: writes the text with its personal data removed to standard output, line for
/// line with the input. Exit 0 on success, 2 for an unreadable file, a missing or short key, or a bad option.
/// </summary>
internal static class RedactCommand
{
    private const string Name = "peer-challenge redact";

    /// <summary>The examples at the end of <c>redact --help</c>.</summary>
    internal static readonly string[] Examples =
    [
        "peer-challenge redact notes.txt > notes.redacted.txt",
        "peer-challenge redact - --operator mask < notes.txt",
        "peer-challenge redact notes.txt --operator pseudonym --key-file redact.key",
        "peer-challenge redact notes.txt --case-ref-pattern 'CR-######'",
    ];

    internal static Command Create(Terminal terminal)
    {
        var file = new Argument<string>("FILE")
        {
            Description = "The text file to redact (notes, comments, finding statements), or - to read standard input.",
        };
        var redactionOperator = new Option<string>("--operator")
        {
            Description = "What to write in place of personal data: replace ([PERSON], the default), mask (***, same length) or pseudonym ([PERSON-48213977], the same for the same value; needs --key-file).",
            DefaultValueFactory = _ => "replace",
            HelpName = "replace|mask|pseudonym",
        };
        redactionOperator.AcceptOnlyFromAmong("replace", "mask", "pseudonym");
        var keyFile = new Option<string?>("--key-file")
        {
            Description = "For --operator pseudonym: a file whose bytes are the secret key, at least 16 bytes (32 random bytes recommended, e.g. head -c 32 /dev/urandom > redact.key). Keep it apart from the output: whoever holds it can link pseudonyms to people.",
            HelpName = "KEY",
        };
        // Text, not Option<char>: System.CommandLine 3.0.0 cannot convert a token to a char, so every value was refused.
        var maskCharacter = new Option<string>("--mask-char")
        {
            Description = "For --operator mask: the character written over personal data (default *).",
            DefaultValueFactory = _ => "*",
            HelpName = "CHAR",
        };
        var caseReferencePatterns = new Option<string[]>("--case-ref-pattern")
        {
            Description = "The shape of the council's case references, repeatable: # a digit, @ a letter, ? either, anything else itself (e.g. CR-###### or LCS/####/####).",
            HelpName = "MASK",
            AllowMultipleArgumentsPerToken = false,
        };

        var command = new Command("redact", "Remove personal data (names, emails, phone, NHS, NI and UPN numbers, postcodes, dates of birth, case references) from a text file and write the result to standard output, line for line.");
        command.Arguments.Add(file);
        command.Options.Add(redactionOperator);
        command.Options.Add(keyFile);
        command.Options.Add(maskCharacter);
        command.Options.Add(caseReferencePatterns);
        command.SetAction(parseResult => Run(
            terminal,
            parseResult.GetValue(file)!,
            parseResult.GetValue(redactionOperator)!,
            parseResult.GetValue(keyFile),
            parseResult.GetValue(maskCharacter)!,
            parseResult.GetValue(caseReferencePatterns) ?? []));
        return command;
    }

    private static int Run(Terminal terminal, string file, string operatorName, string? keyFile, string maskCharacter, string[] caseReferenceMasks)
    {
        if (!TryMakeOperator(terminal, operatorName, keyFile, maskCharacter, out var redactionOperator)
            || !TryMakeScanner(terminal, caseReferenceMasks, out var scanner)
            || !TryRead(terminal, file, out var text))
        {
            return ExitCodes.UsageOrUnreadable;
        }

        terminal.Output.Write(new PersonalDataRedactor(scanner, redactionOperator).Redact(text));
        terminal.Output.Flush();
        return ExitCodes.Ok;
    }

    private static bool TryMakeOperator(Terminal terminal, string name, string? keyFile, string maskCharacter, out RedactionOperator redactionOperator)
    {
        redactionOperator = RedactionOperator.Replace;
        switch (name)
        {
            case "mask":
                if (maskCharacter.Length != 1 || char.IsControl(maskCharacter[0]) || char.IsSurrogate(maskCharacter[0]))
                {
                    terminal.Error.WriteLine($"{Name}: --mask-char '{maskCharacter}' must be one printable character.");
                    return false;
                }

                redactionOperator = RedactionOperator.Mask(maskCharacter[0]);
                return true;
            case "pseudonym":
                return TryReadKey(terminal, keyFile, out redactionOperator);
            default:
                return true;
        }
    }

    private static bool TryReadKey(Terminal terminal, string? keyFile, out RedactionOperator redactionOperator)
    {
        redactionOperator = RedactionOperator.Replace;
        if (string.IsNullOrWhiteSpace(keyFile))
        {
            terminal.Error.WriteLine($"{Name}: --operator pseudonym needs a key: --key-file KEY, a file of at least 16 bytes (32 random bytes recommended, e.g. head -c 32 /dev/urandom > redact.key).");
            return false;
        }

        byte[] key;
        try
        {
            key = File.ReadAllBytes(keyFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            terminal.Error.WriteLine($"{Name}: cannot read the key file '{keyFile}': {Reason(e)}");
            return false;
        }

        if (key.Length < 16)
        {
            terminal.Error.WriteLine($"{Name}: the key file '{keyFile}' holds {key.Length} bytes; a pseudonym key must be at least 16 bytes (32 random bytes recommended).");
            return false;
        }

        redactionOperator = RedactionOperator.Pseudonym(key);
        Array.Clear(key);
        return true;
    }

    private static bool TryMakeScanner(Terminal terminal, string[] masks, out PersonalDataScanner scanner)
    {
        scanner = PersonalDataScanner.Default;
        if (masks.Length == 0)
        {
            return true;
        }

        var patterns = new List<CaseReferencePattern>();
        foreach (var mask in masks)
        {
            try
            {
                patterns.Add(CaseReferencePattern.Parse(mask));
            }
            catch (ArgumentException e)
            {
                terminal.Error.WriteLine($"{Name}: --case-ref-pattern '{mask}': {e.Message.Split(" (Parameter", 2)[0]}");
                return false;
            }
        }

        scanner = new PersonalDataScanner(PersonalDataScannerOptions.Default with { CaseReferencePatterns = patterns });
        return true;
    }

    private static bool TryRead(Terminal terminal, string file, out string text)
    {
        text = string.Empty;
        if (file == "-")
        {
            using (var reader = new StreamReader(terminal.OpenInput()))
            {
                text = reader.ReadToEnd();
            }

            return true;
        }

        if (Directory.Exists(file))
        {
            terminal.Error.WriteLine($"{Name}: cannot read '{file}': it is a directory, not a file.");
            return false;
        }

        try
        {
            text = File.ReadAllText(file);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            terminal.Error.WriteLine($"{Name}: cannot read '{file}': {Reason(e)}");
            return false;
        }
    }

    private static string Reason(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file.",
        UnauthorizedAccessException => "permission denied.",
        _ => e.Message,
    };
}
