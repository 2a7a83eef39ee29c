using System.Text.Json;
using System.Text.Json.Serialization;

namespace PeerChallenge.Domain.Evidence;

/// <summary>Reads and writes a <see cref="DerivedMarking"/> as its <see cref="DerivedMarking.Code"/> string.</summary>
internal sealed class DerivedMarkingJsonConverter : JsonConverter<DerivedMarking>
{
    public override DerivedMarking Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("A derived marking is a string of marking codes, for example \"protect\" or \"official; protect\".");
        }

        try
        {
            return DerivedMarking.Parse(reader.GetString()!);
        }
        catch (FormatException ex)
        {
            throw new JsonException(ex.Message, ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, DerivedMarking value, JsonSerializerOptions options) => writer.WriteStringValue(value.Code);
}
