using System.Text;

namespace PeerChallenge.Cli;

/// <summary>
/// Reads a deny file (names to always remove) or an allow file (the council's own terms to keep): UTF-8 text, one
/// entry a line, <c>#</c> starts a comment line, at most <see cref="MaxBytes"/>.
/// </summary>
internal static class TermFile
{
    /// <summary>The largest deny or allow file: 16 MiB.</summary>
    internal const int MaxBytes = 16 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads the lines of <paramref name="path"/>; on failure writes why (prefixed with <paramref name="command"/> and <paramref name="option"/>) and returns false.</summary>
    internal static bool TryRead(Terminal terminal, string command, string option, string path, out string[] lines)
    {
        lines = [];
        var shownName = TerminalText.Escape(path);
        if (Directory.Exists(path))
        {
            terminal.Error.WriteLine($"{command}: {option} '{shownName}': it is a directory, not a file.");
            return false;
        }

        byte[] bytes;
        try
        {
            // One byte over the limit is enough to know the file is too long.
            using var stream = File.OpenRead(path);
            using var bounded = new BoundedReadStream(stream, MaxBytes + 1L);
            using var copy = new MemoryStream();
            bounded.CopyTo(copy);
            bytes = copy.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            terminal.Error.WriteLine($"{command}: {option} '{shownName}': cannot read it: {TerminalText.Escape(FileErrors.Reason(e))}");
            return false;
        }

        if (bytes.Length > MaxBytes)
        {
            terminal.Error.WriteLine($"{command}: {option} '{shownName}' is larger than 16 MiB; give one name or term a line.");
            return false;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            terminal.Error.WriteLine($"{command}: {option} '{shownName}' is not UTF-8 text (convert it first: iconv -f latin1 -t utf-8 FILE).");
            return false;
        }

        lines = text.TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n');
        return true;
    }
}
