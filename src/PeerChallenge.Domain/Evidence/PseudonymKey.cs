using System.Security.Cryptography;
using System.Text;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Evidence;

/// <summary>
/// The council's secret key for case pseudonyms: 16 to 4096 bytes, 32 random bytes recommended (for example
/// <c>head -c 32 /dev/urandom &gt; case-audit.key</c>). The council keeps it; it is never written anywhere by this
/// package: there is no JSON converter for it, <see cref="ToString"/> shows only its <see cref="Fingerprint"/>, and its
/// bytes cannot be read back.
/// </summary>
/// <remarks>
/// Whoever holds the key can re-identify a case by pseudonymising references until one matches, so keep it apart from
/// the record and from any export. Equality is by reference: two keys are not compared by their bytes; compare
/// <see cref="Fingerprint"/>s to see whether two exports used the same key.
/// </remarks>
public sealed class PseudonymKey
{
    /// <summary>The fewest bytes a key may have: 16.</summary>
    public const int MinimumLength = 16;

    /// <summary>The most bytes a key may have: 4096 (the tool's rule for a key file).</summary>
    public const int MaximumLength = 4096;

    /// <summary>The text hashed before the key's bytes to make the <see cref="Fingerprint"/>, then a NUL.</summary>
    internal const string FingerprintDomain = "peer-challenge/pseudonym-key-fingerprint/v1";

    private readonly byte[] _bytes;

    /// <summary>Initializes a new instance of the <see cref="PseudonymKey"/> class from a copy of <paramref name="key"/>.</summary>
    /// <param name="key">The key's bytes: 16 to 4096 of them. They are copied.</param>
    /// <exception cref="ArgumentException"><paramref name="key"/> is shorter than 16 or longer than 4096 bytes.</exception>
    public PseudonymKey(ReadOnlySpan<byte> key)
    {
        Preconditions.CheckArgument(key.Length >= MinimumLength, nameof(key), $"A pseudonym key must be at least {MinimumLength} bytes long (32 random bytes are recommended); this one is {key.Length}.");
        Preconditions.CheckArgument(key.Length <= MaximumLength, nameof(key), $"A pseudonym key must be at most {MaximumLength} bytes long (32 random bytes are recommended); this one is {key.Length}.");
        _bytes = key.ToArray();
        Fingerprint = MakeFingerprint(_bytes);
    }

    /// <summary>
    /// Gets a fingerprint of the key that is safe to print and to write in an export's manifest: 16 lower-case
    /// hexadecimal digits, the first 8 bytes of SHA-256 over the UTF-8 text
    /// <c>peer-challenge/pseudonym-key-fingerprint/v1</c>, a NUL byte, then the key's bytes. The same key always has the
    /// same fingerprint, so two exports can be checked to use one key; the fingerprint reveals nothing useful about a
    /// random key and is unrelated to the pseudonyms made with it.
    /// </summary>
    public string Fingerprint { get; }

    /// <summary>Gets the key's bytes, for the pseudonymiser only.</summary>
    internal ReadOnlySpan<byte> Bytes => _bytes;

    /// <summary>Reads a key from a stream, such as an open key file, reading at most one byte more than <see cref="MaximumLength"/>.</summary>
    /// <param name="stream">The stream, read from its current position; it is not closed.</param>
    /// <returns>The key: every byte of the stream.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException">The stream holds fewer than 16 or more than 4096 bytes.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static PseudonymKey Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);

        // One byte over the limit is enough to know the key is too long: an endless stream is read no further.
        var buffer = new byte[MaximumLength + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
        }

        try
        {
            Preconditions.CheckArgument(length <= MaximumLength, nameof(stream), $"A pseudonym key must be at most {MaximumLength} bytes long (32 random bytes are recommended); this one is longer.");
            return new PseudonymKey(buffer.AsSpan(0, length));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(buffer);
        }
    }

    /// <summary>Reads a key file: its bytes are the key.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException">The file holds fewer than 16 or more than 4096 bytes.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static PseudonymKey ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return Read(stream);
    }

    /// <summary>Returns a description that names the key by its fingerprint only.</summary>
    /// <returns>For example <c>pseudonym key 0f1e2d3c4b5a6978</c>.</returns>
    public override string ToString() => $"pseudonym key {Fingerprint}";

    private static string MakeFingerprint(ReadOnlySpan<byte> key)
    {
        var prefix = Encoding.UTF8.GetBytes(FingerprintDomain + "\0");
        var input = new byte[prefix.Length + key.Length];
        prefix.CopyTo(input, 0);
        key.CopyTo(input.AsSpan(prefix.Length));
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(input, hash);
        CryptographicOperations.ZeroMemory(input);
        return Convert.ToHexString(hash[..8]).ToLowerInvariant();
    }
}
