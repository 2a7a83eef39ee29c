using System.Text.Json;
using System.Text.Json.Serialization;

namespace PeerChallenge.Domain.Evidence;

/// <summary>Reads and writes a <see cref="TableCell"/> as a JSON number or, for a symbol, a JSON string.</summary>
internal sealed class TableCellJsonConverter : JsonConverter<TableCell>
{
    public override TableCell Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Number => TableCell.Of(reader.GetDecimal()),
        JsonTokenType.String when reader.GetString() is { Length: > 0 } symbol && !string.IsNullOrWhiteSpace(symbol) => TableCell.OfSymbol(symbol),
        _ => throw new JsonException("A table cell is a number or a symbol string."),
    };

    public override void Write(Utf8JsonWriter writer, TableCell value, JsonSerializerOptions options)
    {
        if (value.Symbol is { } symbol)
        {
            writer.WriteStringValue(symbol);
        }
        else
        {
            writer.WriteNumberValue(value.Value!.Value);
        }
    }
}
