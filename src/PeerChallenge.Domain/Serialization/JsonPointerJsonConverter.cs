using System.Text.Json;
using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Serialization;

/// <summary>Reads and writes a <see cref="JsonPointer"/> as its RFC 6901 text, for example <c>/timeline/onSiteStart</c>.</summary>
internal sealed class JsonPointerJsonConverter : JsonConverter<JsonPointer>
{
    /// <exception cref="JsonException">The value is not text or not a JSON Pointer.</exception>
    public override JsonPointer Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonText.ReadString(ref reader, "a JSON Pointer");
        return JsonPointer.TryParse(text, out var pointer)
            ? pointer
            : throw new JsonException("The value is not a JSON Pointer: empty for the whole record, or '/' followed by property names and list positions, for example /timeline/onSiteStart.");
    }

    public override void Write(Utf8JsonWriter writer, JsonPointer value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
