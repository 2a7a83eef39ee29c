using System.Text.Json;
using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Organisations;

namespace PeerChallenge.Domain.Serialization;

/// <summary>Reads and writes a value object (<see cref="ChallengeId"/>, <see cref="OrganisationId"/>) as a JSON string.</summary>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class TextValueJsonConverter<T> : JsonConverter<T>
    where T : class, ITextValue<T>
{
    /// <exception cref="JsonException">The value is not a string or not valid; the message says why.</exception>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonText.ReadString(ref reader, T.Noun);
        return T.TryParse(text, out var value) ? value : throw new JsonException($"The value is not {T.Form}.");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
