using System.Text.Json;
using System.Text.Json.Serialization;

namespace PeerChallenge.Domain.Serialization;

/// <summary>Reads and writes an <see cref="OrganisationId"/> as a JSON string.</summary>
public sealed class OrganisationIdJsonConverter : JsonConverter<OrganisationId>
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not a string or not in the org-id style.</exception>
    public override OrganisationId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonText.ReadString(ref reader, "an organisation identifier");
        return OrganisationId.TryParse(text, out var id) ? id : throw new JsonException(OrganisationId.FormatMessage(text));
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, OrganisationId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.Value);
    }
}
