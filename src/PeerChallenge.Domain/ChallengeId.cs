using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using PeerChallenge.Domain.Serialization;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain;

/// <summary>
/// The identifier of a peer challenge, chosen by whoever creates the record (for example
/// <c>LGG-SCPC-2011-ROT</c>): 1 to 64 letters, digits, dots, hyphens and underscores, starting with a
/// letter or digit. Always valid: it cannot be made from anything else.
/// </summary>
/// <remarks>Equality is ordinal and case-sensitive.</remarks>
[JsonConverter(typeof(TextValueJsonConverter<ChallengeId>))]
public sealed record ChallengeId : ITextValue<ChallengeId>
{
    /// <summary>The greatest number of characters an identifier may have: 64.</summary>
    public const int MaxLength = 64;

    private ChallengeId(string value) => Value = value;

    /// <summary>Gets the identifier's text.</summary>
    public string Value { get; }

    /// <summary>Parses a challenge identifier.</summary>
    /// <param name="text">The text, for example <c>LGG-SCPC-2011-ROT</c>.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a valid challenge identifier.</exception>
    public static ChallengeId Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var id)
            ? id
            : throw new FormatException($"The text is not {Form}.");
    }

    /// <summary>Tries to parse a challenge identifier.</summary>
    /// <param name="text">The text; null gives false.</param>
    /// <param name="id">The identifier, or null.</param>
    /// <returns>True when <paramref name="text"/> is a valid identifier.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ChallengeId? id)
    {
        id = IsValid(text) ? new ChallengeId(text!) : null;
        return id is not null;
    }

    /// <summary>Returns the identifier's text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value;

    static string ITextValue<ChallengeId>.Noun => "a challenge identifier";

    static string ITextValue<ChallengeId>.Form => Form;

    private static string Form => $"a challenge identifier: 1 to {MaxLength} letters, digits, '.', '-' or '_', starting with a letter or digit (for example LGG-SCPC-2011-ROT)";

    private static bool IsValid(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength || !char.IsAsciiLetterOrDigit(text[0]))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('.' or '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }
}
