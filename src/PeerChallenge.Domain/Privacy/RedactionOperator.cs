using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Privacy;

/// <summary>
/// What a <see cref="PersonalDataRedactor"/> writes in place of each piece of personal data, as Presidio's operators:
/// <see cref="Replace"/> writes the kind in brackets (<c>[PERSON]</c>), <see cref="Mask"/> overwrites every character,
/// and <see cref="Pseudonym"/> writes a keyed token that is the same for the same value (<c>[PERSON-48213977]</c>).
/// </summary>
/// <remarks>Operators are immutable and safe to share between threads. No operator ever writes a line break.</remarks>
public abstract class RedactionOperator
{
    private protected RedactionOperator()
    {
    }

    /// <summary>Gets the operator that replaces personal data with its kind in brackets, for example <c>[NHS_NUMBER]</c>. This is the default operator.</summary>
    public static RedactionOperator Replace { get; } = new ReplaceOperator();

    /// <summary>Gets the operator's name as the command line spells it: <c>replace</c>, <c>mask</c> or <c>pseudonym</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Returns an operator that overwrites every character of the personal data with <paramref name="maskCharacter"/>, keeping its length.</summary>
    /// <param name="maskCharacter">The character to write; the default is <c>*</c>.</param>
    /// <returns>The operator.</returns>
    /// <exception cref="ArgumentException"><paramref name="maskCharacter"/> is a line break, another control character, or half of a surrogate pair.</exception>
    public static RedactionOperator Mask(char maskCharacter = '*')
    {
        Preconditions.CheckArgument(!char.IsControl(maskCharacter) && !char.IsSurrogate(maskCharacter), nameof(maskCharacter), "The mask character must be a printable character.");
        return new MaskOperator(maskCharacter);
    }

    /// <summary>
    /// Returns an operator that replaces personal data with a keyed pseudonym: <c>[KIND-NNNNNNNN]</c>, where the eight
    /// digits are taken from 40 bits of HMAC-SHA256 under <paramref name="key"/> of the kind and
    /// the normalised value (letters and digits only, upper case; for a name, without a leading title). The same
    /// value therefore gets the same token in one document and in every document redacted with the same key, and
    /// "Mr John Smith", "John Smith" and "JOHN SMITH" get one token; without the key a token cannot be turned back
    /// into the value or linked to it.
    /// </summary>
    /// <param name="key">The secret key: at least 16 bytes, 32 random bytes recommended. It is copied.</param>
    /// <returns>The operator.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is shorter than 16 bytes.</exception>
    public static RedactionOperator Pseudonym(ReadOnlySpan<byte> key)
    {
        Preconditions.CheckArgument(key.Length >= PseudonymOperator.MinimumKeyLength, nameof(key), $"A pseudonym key must be at least {PseudonymOperator.MinimumKeyLength} bytes long (32 random bytes are recommended); this one is {key.Length}.");
        return new PseudonymOperator(key.ToArray());
    }

    /// <summary>Returns what this operator writes in place of <paramref name="value"/>.</summary>
    /// <param name="kind">The kind of personal data.</param>
    /// <param name="value">The personal data.</param>
    /// <returns>The replacement text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    public string Apply(PersonalDataKind kind, ReadOnlySpan<char> value)
    {
        ArgumentNullException.ThrowIfNull(kind);
        var length = ReplacementLength(kind, value.Length);
        var chars = new char[length];
        WriteReplacement(chars, kind, value);
        return new string(chars);
    }

    /// <summary>The length of the replacement for a value of <paramref name="valueLength"/> characters.</summary>
    internal abstract int ReplacementLength(PersonalDataKind kind, int valueLength);

    /// <summary>Writes the replacement (exactly <see cref="ReplacementLength"/> characters) to <paramref name="destination"/>.</summary>
    internal abstract void WriteReplacement(Span<char> destination, PersonalDataKind kind, ReadOnlySpan<char> value);
}
