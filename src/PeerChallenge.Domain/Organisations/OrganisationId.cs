using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using PeerChallenge.Domain.Serialization;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Organisations;

/// <summary>
/// An organisation identifier in the org-id style (<c>org-id.guide</c>): a list prefix of a two-letter
/// country code and a list code, then the organisation's identifier in that list, joined by hyphens, for
/// example <c>GB-LAE-ROT</c> (Rotherham in the register of English local authorities) or <c>GB-NHS-5H8</c>.
/// Always valid: it cannot be made from anything else.
/// </summary>
/// <remarks>
/// Equality is ordinal on the normalised text: the prefix is upper case, the identifier is kept as given.
/// At most 100 characters.
/// </remarks>
[JsonConverter(typeof(TextValueJsonConverter<OrganisationId>))]
public sealed record OrganisationId : ITextValue<OrganisationId>
{
    /// <summary>The list prefix of the register of English local authorities: <c>GB-LAE</c>.</summary>
    public const string EnglishLocalAuthorityList = "GB-LAE";

    private const int MaxLength = 100;

    private OrganisationId(string listPrefix, string identifier)
    {
        ListPrefix = listPrefix;
        Identifier = identifier;
    }

    /// <summary>Gets the list prefix, for example <c>GB-LAE</c>.</summary>
    public string ListPrefix { get; }

    /// <summary>Gets the identifier within the list, for example <c>ROT</c>.</summary>
    public string Identifier { get; }

    /// <summary>Gets the whole identifier, for example <c>GB-LAE-ROT</c>.</summary>
    public string Value => $"{ListPrefix}-{Identifier}";

    /// <summary>Gets a value indicating whether this identifies an English local authority (list <c>GB-LAE</c>).</summary>
    public bool IsEnglishLocalAuthority => ListPrefix == EnglishLocalAuthorityList;

    /// <summary>Parses an org-id style identifier; the prefix is accepted in any case and stored in upper case.</summary>
    /// <param name="text">The text, for example <c>GB-LAE-ROT</c>.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not in the org-id style.</exception>
    public static OrganisationId Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var id) ? id : throw new FormatException($"The text is not {Form}.");
    }

    /// <summary>Tries to parse an org-id style identifier.</summary>
    /// <param name="text">The text; null gives false.</param>
    /// <param name="id">The identifier, or null.</param>
    /// <returns>True when <paramref name="text"/> is in the org-id style.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out OrganisationId? id)
    {
        id = null;
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength)
        {
            return false;
        }

        var parts = text.Split('-', 3);
        if (parts.Length != 3
            || parts[0].Length != 2 || !parts[0].All(char.IsAsciiLetter)
            || parts[1].Length is < 2 or > 12 || !parts[1].All(char.IsAsciiLetterOrDigit)
            || parts[2].Length == 0 || !char.IsAsciiLetterOrDigit(parts[2][0])
            || !parts[2].All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '/'))
        {
            return false;
        }

        id = new OrganisationId($"{parts[0].ToUpperInvariant()}-{parts[1].ToUpperInvariant()}", parts[2]);
        return true;
    }

    /// <summary>Returns the whole identifier.</summary>
    /// <returns>For example <c>GB-LAE-ROT</c>.</returns>
    public override string ToString() => Value;

    static string ITextValue<OrganisationId>.Noun => "an organisation identifier";

    static string ITextValue<OrganisationId>.Form => Form;

    private static string Form => "an organisation identifier in the org-id style: a country code, a list code and the organisation's identifier joined by hyphens, for example GB-LAE-ROT";
}
