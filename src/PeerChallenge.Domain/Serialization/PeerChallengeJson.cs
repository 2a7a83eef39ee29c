using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime.Serialization.SystemTextJson;
using PeerChallenge.Domain.Framework;

namespace PeerChallenge.Domain.Serialization;

/// <summary>
/// The JSON settings of the interchange format: camelCase names, codes as strings, NodaTime ISO dates
/// (<c>yyyy-MM-dd</c>), nulls left out, indented output, source-generated metadata.
/// </summary>
public static class PeerChallengeJson
{
    /// <summary>Gets the read-only serializer options of the format. Use them to serialize parts of a record the same way.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Gets the metadata of <see cref="ChallengeRecord"/> under <see cref="Options"/>.</summary>
    public static JsonTypeInfo<ChallengeRecord> ChallengeRecordTypeInfo { get; } = (JsonTypeInfo<ChallengeRecord>)Options.GetTypeInfo(typeof(ChallengeRecord));

    /// <summary>Gets the metadata of <see cref="Edition"/> under <see cref="Options"/>.</summary>
    public static JsonTypeInfo<Edition> EditionTypeInfo { get; } = (JsonTypeInfo<Edition>)Options.GetTypeInfo(typeof(Edition));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(PeerChallengeJsonContext.Default.Options)
        {
            TypeInfoResolver = PeerChallengeJsonContext.Default,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(NodaConverters.LocalDateConverter);
        options.Converters.Add(NodaConverters.LocalDateTimeConverter);
        options.MakeReadOnly();
        return options;
    }
}
