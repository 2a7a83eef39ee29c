using System.Text.Json;
using System.Text.Json.Serialization;
using PeerChallenge.Domain.Provenance;

namespace PeerChallenge.Domain.Serialization;

/// <summary>Reads and writes a <see cref="PartialDate"/> as its ISO 8601-2 text: <c>2010-01-18</c>, <c>2010-01</c>, <c>2010</c>, <c>2012~</c>.</summary>
public sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not text in one of those forms; the message names the forms, never the value.</exception>
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonText.ReadString(ref reader, "a date");
        return PartialDate.TryParse(text, out var date) ? date : throw new JsonException(PartialDate.FormDescription);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
