using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Serialization;

namespace PeerChallenge.Domain.Evidence;

/// <summary>
/// The pseudonym of an audited case: <c>case-</c> followed by 16 lower-case hexadecimal digits, for example
/// <c>case-3f9a0c72e1b4d856</c>. The digits are the first 64 bits of an HMAC-SHA256 of the council's own case reference
/// under the council's <see cref="PseudonymKey"/> (see <see cref="CasePseudonymiser"/>): the same case always gets the
/// same pseudonym under one key, and without the key a pseudonym can be neither turned back into the reference nor
/// linked to it. Always valid: it cannot be made from anything else.
/// </summary>
/// <remarks>
/// The form is chosen to differ from anything a case system issues (a fixed lower-case word, a hyphen, exactly 16
/// hexadecimal digits) and not to look like personal data to the <see cref="Privacy.PersonalDataScanner"/>.
/// Equality is ordinal on <see cref="Value"/>.
/// </remarks>
[JsonConverter(typeof(TextValueJsonConverter<CasePseudonym>))]
public sealed record CasePseudonym : ITextValue<CasePseudonym>
{
    /// <summary>The text every pseudonym starts with: <c>case-</c>.</summary>
    public const string Prefix = "case-";

    /// <summary>The number of hexadecimal digits after the prefix: 16 (64 bits).</summary>
    public const int DigitCount = 16;

    /// <summary>The number of characters of a pseudonym: 21.</summary>
    public const int Length = 21;

    private CasePseudonym(string value) => Value = value;

    /// <summary>Gets the pseudonym's text, for example <c>case-3f9a0c72e1b4d856</c>.</summary>
    public string Value { get; }

    static string ITextValue<CasePseudonym>.Noun => "a case pseudonym";

    static string ITextValue<CasePseudonym>.Form => Form;

    private static string Form => "a case pseudonym: 'case-' followed by 16 lower-case hexadecimal digits (for example case-3f9a0c72e1b4d856)";

    /// <summary>Parses a case pseudonym.</summary>
    /// <param name="text">The text, for example <c>case-3f9a0c72e1b4d856</c>.</param>
    /// <returns>The pseudonym.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not in the pseudonym form; the message does not quote it.</exception>
    public static CasePseudonym Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var pseudonym) ? pseudonym : throw new FormatException($"The text is not {Form}.");
    }

    /// <summary>Tries to parse a case pseudonym. Only the exact form is accepted: no white space, no upper case.</summary>
    /// <param name="text">The text; null gives false.</param>
    /// <param name="pseudonym">The pseudonym, or null.</param>
    /// <returns>True when <paramref name="text"/> is <c>case-</c> followed by 16 lower-case hexadecimal digits.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out CasePseudonym? pseudonym)
    {
        pseudonym = IsValid(text) ? new CasePseudonym(text!) : null;
        return pseudonym is not null;
    }

    /// <summary>Returns the pseudonym's text.</summary>
    /// <returns>The text, for example <c>case-3f9a0c72e1b4d856</c>.</returns>
    public override string ToString() => Value;

    /// <summary>Makes the pseudonym of the first 8 bytes of <paramref name="hash"/>.</summary>
    internal static CasePseudonym FromHash(ReadOnlySpan<byte> hash) => new(Prefix + Convert.ToHexString(hash[..(DigitCount / 2)]).ToLowerInvariant());

    private static bool IsValid(string? text)
    {
        if (text is null || text.Length != Length || !text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in text.AsSpan(Prefix.Length))
        {
            if (c is not ((>= '0' and <= '9') or (>= 'a' and <= 'f')))
            {
                return false;
            }
        }

        return true;
    }
}
