using System.Text.Json;
using System.Text.Json.Serialization;

namespace PeerChallenge.Domain.Serialization;

/// <summary>Reads and writes a <see cref="ChallengeId"/> as a JSON string.</summary>
public sealed class ChallengeIdJsonConverter : JsonConverter<ChallengeId>
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not a string or not a valid challenge identifier.</exception>
    public override ChallengeId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonText.ReadString(ref reader, "a challenge identifier");
        return ChallengeId.TryParse(text, out var id) ? id : throw new JsonException(ChallengeId.FormatMessage(text));
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ChallengeId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.Value);
    }
}
