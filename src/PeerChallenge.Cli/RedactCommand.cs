using System.CommandLine;
using System.Globalization;
using System.Text;
using PeerChallenge.Domain.Privacy;

namespace PeerChallenge.Cli;

/// <summary>
/// <c>peer-challenge redact FILE|-</c>: writes the text with its personal data removed to standard output, line for
/// line with the input. Exit 0 on success, 2 for an unreadable file, a line that is not UTF-8 or longer than
/// <see cref="MaxLineBytes"/>, a missing, short or long key, or a bad option.
/// </summary>
/// <remarks>
/// Streams: one line is held at a time and the output is written as it is made, so memory does not grow with the
/// input. Everything but the personal data comes out byte for byte, line endings (\n or \r\n) included.
/// </remarks>
internal static class RedactCommand
{
    /// <summary>The longest line redact reads, in UTF-8 bytes without its ending: 1 MiB.</summary>
    internal const int MaxLineBytes = 1024 * 1024;

    private const string Name = "peer-challenge redact";

    /// <summary>Output is written in parts of about this many characters.</summary>
    private const int OutputChunk = 32 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The examples at the end of <c>redact --help</c>.</summary>
    internal static readonly string[] Examples =
    [
        "peer-challenge redact notes.txt > notes.redacted.txt",
        "peer-challenge redact - --operator mask < notes.txt",
        "peer-challenge redact notes.txt --operator pseudonym --key-file redact.key",
        "peer-challenge redact notes.txt --case-ref-pattern 'CR-######'",
        "peer-challenge redact notes.txt --deny-file team-and-contacts.txt --allow-file our-places.txt",
        "peer-challenge redact notes.txt --min-confidence 0.7",
        "peer-challenge redact notes.txt --no-addresses",
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
            Description = "For --operator pseudonym: a file whose bytes are the secret key, 16 to 4096 bytes (32 random bytes recommended, e.g. head -c 32 /dev/urandom > redact.key). Keep it apart from the output: whoever holds it can link pseudonyms to people.",
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

        var denyFile = new Option<string?>("--deny-file")
        {
            Description = "A UTF-8 file of names to find wherever they appear, in any case and order and with initials (the team, contacts): one name a line, such as Jane Smith or SMITH, Jane; # starts a comment.",
            HelpName = "FILE",
        };
        var allowFile = new Option<string?>("--allow-file")
        {
            Description = "A UTF-8 file of the council's own terms that are never personal data (places, services, buildings): one a line, # starts a comment. Anything found wholly inside one is kept; names in --deny-file are removed even there.",
            HelpName = "FILE",
        };
        var minimumConfidence = new Option<double>("--min-confidence")
        {
            Description = "Report only what is found with at least this confidence, 0 to 1 (default 0, everything). Higher removes less ordinary text and leaks more names; docs/privacy.md has the table.",
            DefaultValueFactory = _ => 0,
            HelpName = "0..1",
        };
        minimumConfidence.Validators.Add(result =>
        {
            // A token that is not a number is refused by the parser itself, with its own message.
            if (result.Tokens.Count == 1
                && double.TryParse(result.Tokens[0].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                && value is < 0 or > 1 or double.NaN)
            {
                result.AddError("--min-confidence must be a number from 0 to 1, such as 0.7.");
            }
        });

        var noAddresses = new Option<bool>("--no-addresses")
        {
            Description = "Keep street addresses (14 Ashwood Grove, Flat 3, 22 Oak Road): they are removed by default, as a house number and street next to a name identify a household.",
        };

        var command = new Command("redact", "Remove personal data (names, emails, phone, NHS, NI and UPN numbers, postcodes, dates of birth, case references, street addresses) from a UTF-8 text file and write the result to standard output, line for line (lines up to 1 MiB).");
        command.Arguments.Add(file);
        command.Options.Add(redactionOperator);
        command.Options.Add(keyFile);
        command.Options.Add(maskCharacter);
        command.Options.Add(caseReferencePatterns);
        command.Options.Add(denyFile);
        command.Options.Add(allowFile);
        command.Options.Add(minimumConfidence);
        command.Options.Add(noAddresses);
        command.SetAction(parseResult => Run(
            terminal,
            parseResult.GetValue(file)!,
            parseResult.GetValue(redactionOperator)!,
            parseResult.GetValue(keyFile),
            parseResult.GetValue(maskCharacter)!,
            new ScanSettings(parseResult.GetValue(caseReferencePatterns) ?? [], parseResult.GetValue(denyFile), parseResult.GetValue(allowFile), parseResult.GetValue(minimumConfidence), parseResult.GetValue(noAddresses))));
        return command;
    }

    private static int Run(Terminal terminal, string file, string operatorName, string? keyFile, string maskCharacter, ScanSettings settings)
    {
        if (!TryMakeOperator(terminal, operatorName, keyFile, maskCharacter, out var redactionOperator)
            || !TryMakeScanner(terminal, settings, out var scanner)
            || !TryOpen(terminal, file, out var input))
        {
            return ExitCodes.UsageOrUnreadable;
        }

        try
        {
            return Redact(terminal, file, input, new PersonalDataRedactor(scanner, redactionOperator));
        }
        finally
        {
            // Standard input belongs to the terminal.
            if (file != "-")
            {
                input.Dispose();
            }
        }
    }

    /// <summary>
    /// Redacts <paramref name="input"/> line by line to the output. A line that is not UTF-8, or longer than
    /// <see cref="MaxLineBytes"/>, stops it with exit code 2: the lines before it have been written, nothing after.
    /// </summary>
    private static int Redact(Terminal terminal, string file, Stream input, PersonalDataRedactor redactor)
    {
        var reader = new LineReader(input, MaxLineBytes);
        var pending = new StringBuilder();
        try
        {
            while (true)
            {
                LineReader.Status status;
                try
                {
                    status = reader.Read();
                }
                catch (IOException e)
                {
                    return Stop($"cannot read '{TerminalText.Escape(file)}': {TerminalText.Escape(FileErrors.Reason(e))}");
                }

                if (status == LineReader.Status.End)
                {
                    return ExitCodes.Ok;
                }

                if (status == LineReader.Status.TooLong)
                {
                    return Stop(string.Create(CultureInfo.InvariantCulture, $"line {reader.LineNumber} is longer than {MaxLineBytes:N0} bytes; redact reads lines of up to 1 MiB. Output stops before line {reader.LineNumber}."));
                }

                string line;
                try
                {
                    line = StrictUtf8.GetString(reader.Content);
                }
                catch (DecoderFallbackException)
                {
                    return Stop($"line {reader.LineNumber} is not UTF-8 text; redact reads UTF-8 only (convert a Latin-1 file first: iconv -f latin1 -t utf-8 FILE). Output stops before line {reader.LineNumber}.");
                }

                string redacted;
                try
                {
                    redacted = redactor.Redact(line);
                }
#pragma warning disable CA1031 // An exception from the library ends the run with a message, not a stack trace.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    return Stop($"internal error while redacting line {reader.LineNumber} ({e.GetType().FullName}); please report it. Output stops before line {reader.LineNumber}.");
                }

                pending.Append(redacted).Append(reader.Ending);
                if (pending.Length >= OutputChunk)
                {
                    Send();
                }
            }
        }
        finally
        {
            Send();
            terminal.Output.Flush();
        }

        int Stop(string message)
        {
            Send();
            terminal.Output.Flush();
            terminal.Error.WriteLine($"{Name}: {message}");
            return ExitCodes.UsageOrUnreadable;
        }

        void Send()
        {
            if (pending.Length > 0)
            {
                terminal.Output.Write(pending.ToString());
                pending.Clear();
            }
        }
    }

    private static bool TryMakeOperator(Terminal terminal, string name, string? keyFile, string maskCharacter, out RedactionOperator redactionOperator)
    {
        redactionOperator = RedactionOperator.Replace;
        switch (name)
        {
            case "mask":
                if (maskCharacter.Length != 1 || char.IsControl(maskCharacter[0]) || char.IsSurrogate(maskCharacter[0]))
                {
                    terminal.Error.WriteLine($"{Name}: --mask-char '{TerminalText.Escape(maskCharacter)}' must be one printable character.");
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
            terminal.Error.WriteLine($"{Name}: --operator pseudonym needs a key: --key-file KEY, a file of 16 to 4096 bytes (32 random bytes recommended, e.g. head -c 32 /dev/urandom > redact.key).");
            return false;
        }

        if (!KeyFile.TryRead(terminal, Name, keyFile, out var key))
        {
            return false;
        }

        try
        {
            redactionOperator = RedactionOperator.Pseudonym(key);
            return true;
        }
        finally
        {
            Array.Clear(key);
        }
    }

    private static bool TryMakeScanner(Terminal terminal, ScanSettings settings, out PersonalDataScanner scanner)
    {
        scanner = PersonalDataScanner.Default;
        var masks = settings.CaseReferenceMasks;
        if (masks.Length == 0 && settings.DenyFile is null && settings.AllowFile is null && settings.MinimumConfidence == 0 && !settings.NoAddresses)
        {
            return true;
        }

        string[] known = [], allowed = [];
        if ((settings.DenyFile is { } deny && !TermFile.TryRead(terminal, Name, "--deny-file", deny, out known))
            || (settings.AllowFile is { } allow && !TermFile.TryRead(terminal, Name, "--allow-file", allow, out allowed)))
        {
            return false;
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
                terminal.Error.WriteLine($"{Name}: --case-ref-pattern '{TerminalText.Escape(mask)}': {TerminalText.Escape(e.Message.Split(" (Parameter", 2)[0])}");
                return false;
            }
        }

        try
        {
            var options = PersonalDataScannerOptions.Default with
            {
                CaseReferencePatterns = patterns,
                KnownNames = known,
                AllowedTerms = allowed,
                MinimumConfidence = settings.MinimumConfidence,
            };
            scanner = new PersonalDataScanner(settings.NoAddresses ? options.WithoutKinds(PersonalDataKind.Address) : options);
            return true;
        }
        catch (ArgumentException e)
        {
            terminal.Error.WriteLine($"{Name}: --deny-file '{TerminalText.Escape(settings.DenyFile ?? string.Empty)}': {TerminalText.Escape(e.Message.Split(" (Parameter", 2)[0])}");
            return false;
        }
    }

    private static bool TryOpen(Terminal terminal, string file, out Stream input)
    {
        input = Stream.Null;
        if (file == "-")
        {
            input = terminal.OpenInput();
            return true;
        }

        if (Directory.Exists(file))
        {
            terminal.Error.WriteLine($"{Name}: cannot read '{TerminalText.Escape(file)}': it is a directory, not a file.");
            return false;
        }

        try
        {
            input = File.OpenRead(file);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            terminal.Error.WriteLine($"{Name}: cannot read '{TerminalText.Escape(file)}': {TerminalText.Escape(FileErrors.Reason(e))}");
            return false;
        }
    }

    /// <summary>What the scanner is told: case reference masks, the deny and allow files, the minimum confidence.</summary>
    private sealed record ScanSettings(string[] CaseReferenceMasks, string? DenyFile, string? AllowFile, double MinimumConfidence, bool NoAddresses);
}
