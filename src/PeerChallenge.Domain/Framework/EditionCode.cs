using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Serialization;

namespace PeerChallenge.Domain.Framework;

/// <summary>
/// The code of a framework edition, for example <c>lgg-2011</c>. Open: any well-formed code (lower-case letters and digits
/// separated by single hyphens, at most 64 characters) is an edition code, so editions defined as data can add their own; the
/// built-in ones are static members. Always well formed: it cannot be made from anything else.
/// </summary>
/// <remarks>Written in JSON as its text. Equality is ordinal on <see cref="Value"/>.</remarks>
[JsonConverter(typeof(TextValueJsonConverter<EditionCode>))]
public sealed record EditionCode : ITextValue<EditionCode>
{
    /// <summary>The 2011 LGG safeguarding children peer challenge, the default edition (<c>lgg-2011</c>).</summary>
    public static readonly EditionCode Lgg2011 = new("lgg-2011");

    /// <summary>The 2012-13 LGA safeguarding children peer review (<c>lga-2012</c>).</summary>
    public static readonly EditionCode LgaPeerReview2012 = new("lga-2012");

    private EditionCode(string value) => Value = value;

    /// <summary>Gets the code's text, for example <c>lgg-2011</c>.</summary>
    public string Value { get; }

    /// <summary>Parses an edition code.</summary>
    /// <param name="text">The text, for example <c>lgg-2011</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a well-formed code.</exception>
    public static EditionCode Parse(string text) => KebabCode.Parse(text, value => new EditionCode(value), Noun, "lgg-2011");

    /// <summary>Tries to parse an edition code.</summary>
    /// <param name="text">The text; null gives false.</param>
    /// <param name="code">The code, or null.</param>
    /// <returns>True when <paramref name="text"/> is a well-formed code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out EditionCode? code) => KebabCode.TryParse(text, value => new EditionCode(value), out code);

    /// <summary>Returns the code's text.</summary>
    /// <returns>The text, for example <c>lgg-2011</c>.</returns>
    public override string ToString() => Value;

    static string ITextValue<EditionCode>.Noun => Noun;

    static string ITextValue<EditionCode>.Form => KebabCode.Form(Noun, "lgg-2011");

    private static string Noun => "an edition code";
}
