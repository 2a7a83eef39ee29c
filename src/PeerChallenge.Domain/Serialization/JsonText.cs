using System.Text.Json;

namespace PeerChallenge.Domain.Serialization;

/// <summary>Small reading steps shared by the converters.</summary>
internal static class JsonText
{
    /// <summary>Reads the current token as a string or throws a <see cref="JsonException"/> naming <paramref name="what"/>.</summary>
    internal static string ReadString(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected {what} as text, but found {Describe(reader.TokenType)}.");
        }

        return reader.GetString()!;
    }

    /// <summary>Names a token type in plain English.</summary>
    internal static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "a list",
        JsonTokenType.String => "text",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "true/false",
        JsonTokenType.Null => "null",
        _ => "something else",
    };

    /// <summary>Names a value kind in plain English.</summary>
    internal static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "text",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true/false",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
