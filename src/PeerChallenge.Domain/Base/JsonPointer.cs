using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PeerChallenge.Domain.Base;

/// <summary>
/// A JSON Pointer (RFC 6901) into the interchange document, for example <c>/team/2/role</c>: where a
/// <see cref="ValidationIssue"/> was found. The default value is <see cref="Root"/>, the whole document.
/// </summary>
/// <remarks>
/// Pointers are built one segment at a time with <see cref="Append(string)"/> and <see cref="Append(int)"/>,
/// which escape <c>~</c> and <c>/</c>; <see cref="ToString"/> returns the RFC 6901 text (the empty string for the
/// root). Equality is ordinal on that text.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.JsonPointerJsonConverter))]
public readonly struct JsonPointer : IEquatable<JsonPointer>
{
    private readonly string? _text;

    private JsonPointer(string text) => _text = text;

    /// <summary>Gets the pointer to the whole document (the empty string in RFC 6901).</summary>
    public static JsonPointer Root => default;

    /// <summary>Gets a value indicating whether this is <see cref="Root"/>.</summary>
    public bool IsRoot => string.IsNullOrEmpty(_text);

    /// <summary>Gets the reference tokens of the pointer, unescaped, in order; empty for <see cref="Root"/>.</summary>
    public IReadOnlyList<string> Segments => IsRoot
        ? []
        : _text![1..].Split('/').Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToArray();

    /// <summary>Parses the RFC 6901 text of a pointer: empty, or <c>/</c>-separated tokens where <c>~</c> is only followed by <c>0</c> or <c>1</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The pointer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a JSON Pointer.</exception>
    public static JsonPointer Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var pointer)
            ? pointer
            : throw new FormatException("A JSON Pointer is empty or starts with '/', and '~' in it is followed by '0' or '1'.");
    }

    /// <summary>Parses the RFC 6901 text of a pointer, returning false when it is not one.</summary>
    /// <param name="text">The text; null is not a pointer.</param>
    /// <param name="pointer">The pointer, or <see cref="Root"/> when parsing failed.</param>
    /// <returns>True when <paramref name="text"/> is a JSON Pointer.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out JsonPointer pointer)
    {
        pointer = Root;
        if (text is null || (text.Length > 0 && text[0] != '/'))
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '~' && (i + 1 == text.Length || text[i + 1] is not ('0' or '1')))
            {
                return false;
            }
        }

        pointer = new JsonPointer(text);
        return true;
    }

    /// <summary>Returns this pointer followed by the property <paramref name="propertyName"/>, escaped as RFC 6901 requires.</summary>
    /// <param name="propertyName">The JSON property name, as written in the document (for example <c>homeOrganisation</c>).</param>
    /// <returns>The longer pointer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="propertyName"/> is null.</exception>
    public JsonPointer Append(string propertyName)
    {
        ArgumentNullException.ThrowIfNull(propertyName);
        return new JsonPointer(string.Concat(_text, "/", propertyName.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)));
    }

    /// <summary>Returns this pointer followed by the array index <paramref name="index"/>.</summary>
    /// <param name="index">The zero-based index.</param>
    /// <returns>The longer pointer.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    public JsonPointer Append(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return new JsonPointer(string.Concat(_text, "/", index.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>Returns this pointer followed by every token of <paramref name="relative"/> (the pointer of a part, placed under this one).</summary>
    /// <param name="relative">A pointer relative to the place this pointer points at.</param>
    /// <returns>The combined pointer.</returns>
    public JsonPointer Append(JsonPointer relative) => relative.IsRoot ? this : new JsonPointer(string.Concat(_text, relative._text));

    /// <summary>Returns the RFC 6901 text: the empty string for <see cref="Root"/>, otherwise <c>/</c>-separated escaped tokens.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _text ?? string.Empty;

    /// <inheritdoc/>
    public bool Equals(JsonPointer other) => string.Equals(ToString(), other.ToString(), StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is JsonPointer other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());

    /// <summary>Compares two pointers for equality (ordinal on their text).</summary>
    /// <param name="left">The first pointer.</param>
    /// <param name="right">The second pointer.</param>
    /// <returns>True when they are equal.</returns>
    public static bool operator ==(JsonPointer left, JsonPointer right) => left.Equals(right);

    /// <summary>Compares two pointers for inequality (ordinal on their text).</summary>
    /// <param name="left">The first pointer.</param>
    /// <param name="right">The second pointer.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(JsonPointer left, JsonPointer right) => !left.Equals(right);

    /// <summary>
    /// Turns a FluentValidation property path (<c>Team[0].HomeOrganisation.Id</c>) into a pointer
    /// (<c>/team/0/homeOrganisation/id</c>), the JSON names being the camel-case property names; a path that
    /// already starts with <c>/</c> is read as a pointer.
    /// </summary>
    internal static JsonPointer FromPropertyPath(string? propertyPath)
    {
        if (string.IsNullOrEmpty(propertyPath))
        {
            return Root;
        }

        if (propertyPath[0] == '/')
        {
            return TryParse(propertyPath, out var parsed) ? parsed : Root.Append(propertyPath[1..]);
        }

        var pointer = Root;
        foreach (var part in propertyPath.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? part : part[..bracket];
            if (name.Length > 0)
            {
                pointer = pointer.Append(JsonNamingPolicy.CamelCase.ConvertName(name));
            }

            while (bracket >= 0)
            {
                var close = part.IndexOf(']', bracket);
                if (close < 0)
                {
                    break;
                }

                var token = part.Substring(bracket + 1, close - bracket - 1);
                pointer = int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? pointer.Append(index) : pointer.Append(token);
                bracket = part.IndexOf('[', close);
            }
        }

        return pointer;
    }
}
