using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using System.Text.Json.Serialization.Metadata;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Serialization;

/// <summary>
/// Reads challenge records (and editions defined as data) from JSON. Never throws for bad input: every
/// problem (malformed JSON, a document over the size limit, nesting deeper than 64, a duplicate property, a
/// missing property, a wrong type, an unreadable value, an unknown code, an unsupported schema version)
/// comes back as an issue with a JSON Pointer. Properties it does not know are kept in
/// <see cref="UnknownProperties"/> and written back by <see cref="ChallengeRecordWriter"/>; in a document of this
/// version of the format or an older one, each whose name does not start with <c>x-</c> (a local field) is also a
/// warning (PC0012), since it may be a misspelt property whose value is being ignored.
/// </summary>
/// <remarks>Reading does not validate the record's rules: run <see cref="ChallengeRecordValidator"/> on the result.</remarks>
public static class ChallengeRecordReader
{
    private static readonly JsonPointer SchemaVersionPointer = JsonPointer.Root.Append("schemaVersion");

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a record from UTF-8 bytes (a UTF-8 byte order mark is allowed).</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="options">Limits; null for <see cref="ChallengeReaderOptions.Default"/>.</param>
    /// <returns>The record, or the issues that stopped it being read.</returns>
    public static ChallengeReadResult<ChallengeRecord> Read(ReadOnlySpan<byte> utf8Json, ChallengeReaderOptions? options = null) =>
        ReadDocument(utf8Json, PeerChallengeJson.ChallengeRecordTypeInfo, options ?? ChallengeReaderOptions.Default, checkVersion: true);

    /// <summary>Reads a record from a string.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">Limits; null for <see cref="ChallengeReaderOptions.Default"/>.</param>
    /// <returns>The record, or the issues that stopped it being read; a string with a lone surrogate (not Unicode text) is refused with PC0001.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ChallengeReadResult<ChallengeRecord> Read(string json, ChallengeReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        byte[] utf8;
        try
        {
            utf8 = StrictUtf8.GetBytes(json);
        }
        catch (EncoderFallbackException)
        {
            return new(null, [ReadingIssueCodes.MalformedJson.At(JsonPointer.Root, "The text contains a lone surrogate, which is not a Unicode character, so it cannot be read as JSON.")]);
        }

        return ReadDocument(utf8, PeerChallengeJson.ChallengeRecordTypeInfo, options ?? ChallengeReaderOptions.Default, checkVersion: true);
    }

    /// <summary>Reads a record from a stream, reading at most the size limit plus one byte.</summary>
    /// <param name="stream">The stream, read to its end or to the limit.</param>
    /// <param name="options">Limits; null for <see cref="ChallengeReaderOptions.Default"/>.</param>
    /// <returns>The record, or the issues that stopped it being read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ChallengeReadResult<ChallengeRecord> Read(Stream stream, ChallengeReaderOptions? options = null)
    {
        options ??= ChallengeReaderOptions.Default;
        using var buffer = ReadLimited(stream, options.MaxDocumentBytes);
        return buffer is null
            ? new ChallengeReadResult<ChallengeRecord>(null, [TooLarge(options)])
            : ReadDocument(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), PeerChallengeJson.ChallengeRecordTypeInfo, options, checkVersion: true);
    }

    /// <summary>Reads an edition defined as data (see <c>docs/schemas/edition.schema.json</c>).</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="options">Limits; null for <see cref="ChallengeReaderOptions.Default"/>.</param>
    /// <returns>The edition, or the issues that stopped it being read. Check the edition's rules with <see cref="EditionValidator"/>.</returns>
    public static ChallengeReadResult<Edition> ReadEdition(ReadOnlySpan<byte> utf8Json, ChallengeReaderOptions? options = null) =>
        ReadDocument(utf8Json, PeerChallengeJson.EditionTypeInfo, options ?? ChallengeReaderOptions.Default, checkVersion: false);

    /// <summary>
    /// Reads a document. A sound document is read in one pass of the source-generated deserializer, whose settings
    /// refuse everything the format refuses (duplicate properties, nesting deeper than 64, nulls and missing required
    /// properties, values and codes that cannot be read). A document it refuses is read again by the diagnostic reader,
    /// which reports every problem with its pointer.
    /// </summary>
    private static ChallengeReadResult<T> ReadDocument<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> typeInfo, ChallengeReaderOptions options, bool checkVersion)
        where T : class
    {
        if (utf8Json.Length > options.MaxDocumentBytes)
        {
            return new(null, [TooLarge(options)]);
        }

        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        if (!Utf8.IsValid(utf8Json))
        {
            return new(null, [ReadingIssueCodes.MalformedJson.At(JsonPointer.Root, "The file is not UTF-8 text, so it cannot be JSON. Save it as UTF-8 and try again.")]);
        }

        if (!MayEscapeSurrogate(utf8Json) && TryDeserialize(utf8Json, typeInfo) is { } value)
        {
            var issues = new List<ValidationIssue>(0);
            var version = checkVersion && value is ChallengeRecord record ? record.SchemaVersion : (SchemaVersion?)null;
            if (version is { } read && !CheckVersion(read, issues))
            {
                return new(null, issues);
            }

            // Walks the objects just read and looks only at the unknown properties the deserializer kept: no second parse.
            if (version is not { } given || UnknownPropertyCheck.Applies(given))
            {
                UnknownPropertyCheck.Check(value, typeInfo, issues);
            }

            return new(value, issues);
        }

        return Diagnose(utf8Json.ToArray(), typeInfo, checkVersion);
    }

    /// <summary>One pass of the strict source-generated deserializer; null when it refuses the document.</summary>
    private static T? TryDeserialize<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(utf8Json, typeInfo);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or ArgumentException or InvalidOperationException or OverflowException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>
    /// True when the document has a <c>\uD800</c> to <c>\uDFFF</c> escape: a surrogate that may stand alone, which the
    /// deserializer would keep, unread, in an unknown property. Such a document goes to the diagnostic reader.
    /// </summary>
    private static bool MayEscapeSurrogate(ReadOnlySpan<byte> utf8Json)
    {
        var rest = utf8Json;
        int at;
        while ((at = rest.IndexOf("\\u"u8)) >= 0)
        {
            rest = rest[(at + 2)..];
            if (rest.Length >= 2 && rest[0] is (byte)'d' or (byte)'D' && rest[1] is (>= (byte)'8' and <= (byte)'9') or (>= (byte)'a' and <= (byte)'f') or (>= (byte)'A' and <= (byte)'F'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The diagnostic reader: finds and reports every problem of a document the deserializer refused.</summary>
    private static ChallengeReadResult<T> Diagnose<T>(ReadOnlyMemory<byte> utf8Json, JsonTypeInfo<T> typeInfo, bool checkVersion)
        where T : class
    {
        var issues = new List<ValidationIssue>();
        JsonSyntaxCheck.Check(utf8Json.Span, issues);
        if (issues.Count > 0)
        {
            return new(null, issues);
        }

        using var document = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { MaxDepth = ChallengeReaderOptions.MaxDepth + 1 });
        var root = document.RootElement;
        if (checkVersion && !CheckVersion(root, issues))
        {
            return new(null, issues);
        }

        // Unknown properties are reported in a document of this version or older (PC0012); a newer one is expected to have them.
        var unknownProperties = !checkVersion || UnknownPropertyCheck.Applies(SchemaVersion.Parse(root.GetProperty("schemaVersion").GetString()!));
        DocumentShapeCheck.Check(root, typeInfo, JsonPointer.Root, issues, unknownProperties);
        if (issues.Any(i => i.IsError))
        {
            return new(null, issues);
        }

        try
        {
            var value = root.Deserialize(typeInfo);
            if (value is null)
            {
                issues.Add(ReadingIssueCodes.WrongType.At(JsonPointer.Root, "The document is null; expected an object."));
                return new(null, issues);
            }

            return new(value, issues);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or ArgumentException or InvalidOperationException or OverflowException)
        {
            issues.Add(ReadingIssueCodes.InvalidValue.At(PointerFromJsonPath((ex as JsonException)?.Path), "This value cannot be read."));
            return new(null, issues);
        }
    }

    private static bool CheckVersion(JsonElement root, List<ValidationIssue> issues)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            issues.Add(ReadingIssueCodes.WrongType.At(JsonPointer.Root, $"A peer challenge record is a JSON object, but the document is {JsonText.Describe(root.ValueKind)}."));
            return false;
        }

        if (!root.TryGetProperty("schemaVersion", out var version))
        {
            issues.Add(ReadingIssueCodes.UnsupportedSchemaVersion.At(SchemaVersionPointer, $"The document has no schemaVersion. Records in this format say which version they follow, for example \"schemaVersion\": \"{SchemaVersion.Current}\"."));
            return false;
        }

        if (version.ValueKind != JsonValueKind.String || !SchemaVersion.TryParse(version.GetString(), out var parsed))
        {
            issues.Add(ReadingIssueCodes.UnsupportedSchemaVersion.At(SchemaVersionPointer, $"The schemaVersion must be a version as text such as \"{SchemaVersion.Current}\" (major.minor.patch)."));
            return false;
        }

        return CheckVersion(parsed, issues);
    }

    /// <summary>Refuses another major version (PC0009) and warns of a newer minor one (PC0010).</summary>
    private static bool CheckVersion(SchemaVersion version, List<ValidationIssue> issues)
    {
        var current = SchemaVersion.Current;
        if (version.Major != current.Major)
        {
            issues.Add(ReadingIssueCodes.UnsupportedSchemaVersion.At(SchemaVersionPointer, $"The document follows version {version} of the format; this library reads version {current.Major}.x. Use a library release that supports version {version.Major}."));
            return false;
        }

        if (version.Minor > current.Minor)
        {
            issues.Add(ReadingIssueCodes.NewerSchemaVersion.At(SchemaVersionPointer, $"The document follows version {version}, newer than this library's {current}. It is read; properties this version does not know are kept and written back unchanged."));
        }

        return true;
    }

    private static ValidationIssue TooLarge(ChallengeReaderOptions options) =>
        ReadingIssueCodes.DocumentTooLarge.At(JsonPointer.Root, $"The document is larger than the limit of {options.MaxDocumentBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes, so it was not read.");

    /// <summary>Reads the stream into a buffer, or returns null as soon as it holds more than <paramref name="limit"/> bytes.</summary>
    private static MemoryStream? ReadLimited(Stream stream, long limit)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit + 1 - buffer.Length))) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > limit)
                {
                    buffer.Dispose();
                    return null;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer;
    }

    /// <summary>Turns the serializer's JSON path (<c>$.team[0].role</c>) into a JSON Pointer (<c>/team/0/role</c>).</summary>
    private static JsonPointer PointerFromJsonPath(string? path) =>
        string.IsNullOrEmpty(path) ? JsonPointer.Root : JsonPointer.FromPropertyPath(path.TrimStart('$').TrimStart('.'));
}
