using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace PeerChallenge.Domain.Privacy;

/// <summary>Writes <c>[KIND-NNNNNNNN]</c>: eight decimal digits from 40 bits of HMAC-SHA256(key, kind + normalised value).</summary>
internal sealed class PseudonymOperator(byte[] key) : RedactionOperator
{
    internal const int MinimumKeyLength = 16;

    internal const int TokenLength = 8;

    public override string Name => "pseudonym";

    internal override int ReplacementLength(PersonalDataKind kind, int valueLength) => kind.Code.Length + TokenLength + 3;

    internal override void WriteReplacement(Span<char> destination, PersonalDataKind kind, ReadOnlySpan<char> value)
    {
        destination[0] = '[';
        kind.Code.AsSpan().CopyTo(destination[1..]);
        var i = kind.Code.Length + 1;
        destination[i++] = '-';
        WriteToken(destination.Slice(i, TokenLength), kind, value);
        destination[i + TokenLength] = ']';
    }

    private void WriteToken(Span<char> destination, PersonalDataKind kind, ReadOnlySpan<char> value)
    {
        var maxChars = kind.Code.Length + 1 + value.Length;
        char[]? rentedChars = null;
        var chars = maxChars <= 256 ? stackalloc char[256] : (rentedChars = ArrayPool<char>.Shared.Rent(maxChars));
        var length = Normalise(chars, kind, value);

        var maxBytes = Encoding.UTF8.GetMaxByteCount(length);
        byte[]? rentedBytes = null;
        var bytes = maxBytes <= 768 ? stackalloc byte[768] : (rentedBytes = ArrayPool<byte>.Shared.Rent(maxBytes));
        var byteCount = Encoding.UTF8.GetBytes(chars[..length], bytes);

        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(key, bytes[..byteCount], hash);

        ulong bits = 0;
        for (var k = 0; k < 5; k++)
        {
            bits = (bits << 8) | hash[k];
        }

        var number = bits % 100_000_000UL;
        for (var k = TokenLength - 1; k >= 0; k--)
        {
            destination[k] = (char)('0' + (int)(number % 10));
            number /= 10;
        }

        if (rentedChars is not null)
        {
            ArrayPool<char>.Shared.Return(rentedChars);
        }

        if (rentedBytes is not null)
        {
            ArrayPool<byte>.Shared.Return(rentedBytes);
        }
    }

    /// <summary>The kind's code, a unit separator, then the value's letters and digits in upper case (a name's leading title left out).</summary>
    internal static int Normalise(Span<char> destination, PersonalDataKind kind, ReadOnlySpan<char> value)
    {
        kind.Code.AsSpan().CopyTo(destination);
        var n = kind.Code.Length;
        destination[n++] = '\u001F';
        if (ReferenceEquals(kind, PersonalDataKind.Person))
        {
            var titleEnd = TextScan.LettersEnd(value, 0);
            if (titleEnd < value.Length && value[titleEnd] is '.' or ' ' && PersonTitles.Words.Contains(value[..titleEnd]))
            {
                value = value[titleEnd..];
            }
        }

        foreach (var c in value)
        {
            if (char.IsLetterOrDigit(c))
            {
                destination[n++] = char.ToUpperInvariant(c);
            }
        }

        return n;
    }
}
