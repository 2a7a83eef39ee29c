using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Evidence;

/// <summary>
/// Turns the council's own case references into <see cref="CasePseudonym"/>s under the council's
/// <see cref="PseudonymKey"/>: <c>case-</c> followed by the first 8 bytes, in lower-case hexadecimal, of
/// HMAC-SHA256(key, <c>peer-challenge/case-pseudonym/v1</c>, a NUL, then the UTF-8 of the normalised reference).
/// </summary>
/// <remarks>
/// <para>
/// The reference is normalised first, so that one case written in two ways is one case: leading and trailing white
/// space is removed, each run of white space inside it becomes one space, and letters are made upper case (invariant
/// culture). <c>"ab/123 "</c> and <c>"AB/123"</c> therefore get one pseudonym; <c>"AB 123"</c> and <c>"AB123"</c> do
/// not, nor do references that differ in punctuation.
/// </para>
/// <para>
/// The same reference always gets the same pseudonym under one key, and pseudonyms under two keys are unrelated.
/// Neither the reference nor the key is kept by the pseudonym; the pseudonymiser keeps only the key.
/// Immutable and safe to share between threads.
/// </para>
/// </remarks>
/// <param name="key">The council's key.</param>
public sealed class CasePseudonymiser(PseudonymKey key)
{
    /// <summary>The text that separates case pseudonyms from any other use of the key, then a NUL.</summary>
    internal const string Domain = "peer-challenge/case-pseudonym/v1";

    private readonly PseudonymKey _key = Preconditions.CheckNotNull(key, nameof(key));

    /// <summary>Gets the <see cref="PseudonymKey.Fingerprint"/> of the key, safe to print.</summary>
    public string KeyFingerprint => _key.Fingerprint;

    /// <summary>Returns the pseudonym of a case reference.</summary>
    /// <param name="caseReference">The council's case reference, for example <c>LCS/2011/0457</c>; it is normalised first and not kept.</param>
    /// <returns>The pseudonym.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="caseReference"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="caseReference"/> is empty or white space; the message does not quote it.</exception>
    public CasePseudonym Pseudonymise(string caseReference)
    {
        Preconditions.CheckNotBlank(caseReference, nameof(caseReference));
        return Pseudonymise(caseReference.AsSpan());
    }

    /// <summary>Returns the pseudonym of a case reference.</summary>
    /// <param name="caseReference">The council's case reference; it is normalised first and not kept.</param>
    /// <returns>The pseudonym.</returns>
    /// <exception cref="ArgumentException"><paramref name="caseReference"/> is empty or white space.</exception>
    public CasePseudonym Pseudonymise(ReadOnlySpan<char> caseReference)
    {
        Preconditions.CheckArgument(!caseReference.IsWhiteSpace(), nameof(caseReference), "A case reference must not be empty or white space.");

        var prefixLength = Domain.Length + 1;
        var maxChars = prefixLength + caseReference.Length;
        char[]? rentedChars = null;
        var chars = maxChars <= 256 ? stackalloc char[256] : (rentedChars = ArrayPool<char>.Shared.Rent(maxChars));
        Domain.AsSpan().CopyTo(chars);
        chars[Domain.Length] = '\0';
        var length = prefixLength + Normalise(caseReference, chars[prefixLength..]);

        var maxBytes = Encoding.UTF8.GetMaxByteCount(length);
        byte[]? rentedBytes = null;
        var bytes = maxBytes <= 1024 ? stackalloc byte[1024] : (rentedBytes = ArrayPool<byte>.Shared.Rent(maxBytes));
        var byteCount = Encoding.UTF8.GetBytes(chars[..length], bytes);

        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(_key.Bytes, bytes[..byteCount], hash);

        // The reference is personal data: no copy of it is left behind in pooled buffers.
        chars[..length].Clear();
        bytes[..byteCount].Clear();
        if (rentedChars is not null)
        {
            ArrayPool<char>.Shared.Return(rentedChars);
        }

        if (rentedBytes is not null)
        {
            ArrayPool<byte>.Shared.Return(rentedBytes);
        }

        return CasePseudonym.FromHash(hash);
    }

    /// <summary>Returns the reference as it is hashed: trimmed, each run of white space one space, upper case (invariant).</summary>
    /// <param name="caseReference">The reference.</param>
    /// <returns>The normalised reference.</returns>
    internal static string Normalise(ReadOnlySpan<char> caseReference)
    {
        var chars = new char[caseReference.Length];
        return new string(chars, 0, Normalise(caseReference, chars));
    }

    private static int Normalise(ReadOnlySpan<char> reference, Span<char> destination)
    {
        reference = reference.Trim();
        var n = 0;
        var space = false;
        foreach (var c in reference)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                destination[n++] = ' ';
                space = false;
            }

            destination[n++] = char.ToUpperInvariant(c);
        }

        return n;
    }
}
