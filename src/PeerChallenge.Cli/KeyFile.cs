namespace PeerChallenge.Cli;

/// <summary>Reads a secret key file (for pseudonyms): 16 to <see cref="MaxBytes"/> bytes, never echoed.</summary>
internal static class KeyFile
{
    /// <summary>The largest key file, in bytes: 4 KiB (a key is 32 random bytes; HMAC-SHA256 hashes any longer than 64).</summary>
    internal const int MaxBytes = 4096;

    /// <summary>The smallest key, in bytes.</summary>
    internal const int MinBytes = 16;

    /// <summary>
    /// Reads the key in <paramref name="path"/>; on failure writes why to standard error, prefixed with
    /// <paramref name="command"/>, and returns false. The caller clears <paramref name="key"/> when done with it.
    /// </summary>
    internal static bool TryRead(Terminal terminal, string command, string path, out byte[] key)
    {
        key = [];
        var shownName = TerminalText.Escape(path);
        if (Directory.Exists(path))
        {
            terminal.Error.WriteLine($"{command}: cannot read the key file '{shownName}': it is a directory, not a file.");
            return false;
        }

        // One byte over the limit is enough to know the file is too long: /dev/urandom is read no further.
        var buffer = new byte[MaxBytes + 1];
        var length = 0;
        try
        {
            using var stream = File.OpenRead(path);
            int read;
            while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0)
            {
                length += read;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            terminal.Error.WriteLine($"{command}: cannot read the key file '{shownName}': {TerminalText.Escape(FileErrors.Reason(e))}");
            Array.Clear(buffer);
            return false;
        }

        try
        {
            if (length > MaxBytes)
            {
                terminal.Error.WriteLine($"{command}: the key file '{shownName}' is longer than {MaxBytes} bytes; a pseudonym key is {MinBytes} to {MaxBytes} bytes (32 random bytes recommended, e.g. head -c 32 /dev/urandom > redact.key).");
                return false;
            }

            if (length < MinBytes)
            {
                terminal.Error.WriteLine($"{command}: the key file '{shownName}' holds {length} bytes; a pseudonym key must be at least {MinBytes} bytes (32 random bytes recommended).");
                return false;
            }

            key = buffer[..length];
            return true;
        }
        finally
        {
            Array.Clear(buffer);
        }
    }
}
