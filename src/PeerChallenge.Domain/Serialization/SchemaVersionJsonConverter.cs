using System.Text.Json;
using System.Text.Json.Serialization;

namespace PeerChallenge.Domain.Serialization;

/// <summary>Reads and writes a <see cref="SchemaVersion"/> as its text, for example <c>"1.0.0"</c>.</summary>
internal sealed class SchemaVersionJsonConverter : JsonConverter<SchemaVersion>
{
    /// <exception cref="JsonException">The value is not text or not a version.</exception>
    public override SchemaVersion Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonText.ReadString(ref reader, "a schema version");
        return SchemaVersion.TryParse(text, out var version)
            ? version
            : throw new JsonException($"The schemaVersion must be a version as text such as \"{SchemaVersion.Current}\" (major.minor.patch).");
    }

    public override void Write(Utf8JsonWriter writer, SchemaVersion value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
