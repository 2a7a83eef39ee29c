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

    /// <summary>The largest key file, in bytes: 4 KiB (a key is 32 random bytes; HMAC-SHA256 hashes any longer than 64).</summary>
    internal const int MaxKeyBytes = 4096;

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

        var command = new Command("redact", "Remove personal data (names, emails, phone, NHS, NI and UPN numbers, postcodes, dates of birth, case references) from a UTF-8 text file and write the result to standard output, line for line (lines up to 1 MiB).");
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
                    return Stop($"cannot read '{TerminalText.Escape(file)}': {TerminalText.Escape(Reason(e))}");
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

        var shownName = TerminalText.Escape(keyFile);
        if (Directory.Exists(keyFile))
        {
            terminal.Error.WriteLine($"{Name}: cannot read the key file '{shownName}': it is a directory, not a file.");
            return false;
        }

        // One byte over the limit is enough to know the file is too long: /dev/urandom is read no further.
        var key = new byte[MaxKeyBytes + 1];
        var length = 0;
        try
        {
            using var stream = File.OpenRead(keyFile);
            int read;
            while (length < key.Length && (read = stream.Read(key, length, key.Length - length)) > 0)
            {
                length += read;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            terminal.Error.WriteLine($"{Name}: cannot read the key file '{shownName}': {TerminalText.Escape(Reason(e))}");
            return false;
        }

        try
        {
            if (length > MaxKeyBytes)
            {
                terminal.Error.WriteLine($"{Name}: the key file '{shownName}' is longer than {MaxKeyBytes} bytes; a pseudonym key is 16 to {MaxKeyBytes} bytes (32 random bytes recommended, e.g. head -c 32 /dev/urandom > redact.key).");
                return false;
            }

            if (length < 16)
            {
                terminal.Error.WriteLine($"{Name}: the key file '{shownName}' holds {length} bytes; a pseudonym key must be at least 16 bytes (32 random bytes recommended).");
                return false;
            }

            redactionOperator = RedactionOperator.Pseudonym(key.AsSpan(0, length));
            return true;
        }
        finally
        {
            Array.Clear(key);
        }
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
                terminal.Error.WriteLine($"{Name}: --case-ref-pattern '{TerminalText.Escape(mask)}': {TerminalText.Escape(e.Message.Split(" (Parameter", 2)[0])}");
                return false;
            }
        }

        scanner = new PersonalDataScanner(PersonalDataScannerOptions.Default with { CaseReferencePatterns = patterns });
        return true;
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
            terminal.Error.WriteLine($"{Name}: cannot read '{TerminalText.Escape(file)}': {TerminalText.Escape(Reason(e))}");
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
