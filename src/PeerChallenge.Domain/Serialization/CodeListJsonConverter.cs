using System.Text.Json;
using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Organisations;

namespace PeerChallenge.Domain.Serialization;

/// <summary>Reads and writes a member of a closed codelist as its code string (never a number).</summary>
/// <typeparam name="T">The codelist type, for example <see cref="Sector"/>.</typeparam>
public sealed class CodeListJsonConverter<T> : JsonConverter<T>
    where T : class, ICodeListItem<T>
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not a string or not one of the codelist's codes.</exception>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonText.ReadString(ref reader, "a code");
        return T.TryFromCode(text, out var item)
            ? item
            : throw new UnknownCodeException(text, T.All.Select(i => i.Code));
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.Code);
    }
}
