using System.Text.Json;

namespace PeerChallenge.Domain.Serialization;

/// <summary>Writes challenge records as interchange JSON (indented, camelCase, codes as strings, ISO dates, unknown properties kept).</summary>
public static class ChallengeRecordWriter
{
    /// <summary>Writes <paramref name="record"/> as a JSON string.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public static string Write(ChallengeRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return JsonSerializer.Serialize(record, PeerChallengeJson.ChallengeRecordTypeInfo);
    }

    /// <summary>Writes <paramref name="record"/> as UTF-8 JSON to <paramref name="stream"/>.</summary>
    /// <param name="record">The record.</param>
    /// <param name="stream">The stream; it is not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(ChallengeRecord record, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(stream);
        JsonSerializer.Serialize(stream, record, PeerChallengeJson.ChallengeRecordTypeInfo);
    }

    /// <summary>Writes an edition as JSON, for example to publish a custom edition as data.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    public static string WriteEdition(Framework.Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return JsonSerializer.Serialize(edition, PeerChallengeJson.EditionTypeInfo);
    }
}
