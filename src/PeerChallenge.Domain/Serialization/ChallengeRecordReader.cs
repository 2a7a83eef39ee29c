using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Serialization;

/// <summary>
/// Reads challenge records (and editions defined as data) from JSON. Never throws for bad input: every
/// problem (malformed JSON, a document over the size limit, nesting deeper than 64, a duplicate property, a
/// missing property, a wrong type, an unreadable value, an unknown code, an unsupported schema version)
/// comes back as an issue with a JSON Pointer. Properties it does not know are kept in
/// <see cref="UnknownProperties"/> and written back by <see cref="ChallengeRecordWriter"/>.
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
    public static ChallengeReadResult<ChallengeRecord> Read(ReadOnlySpan<byte> utf8Json, ChallengeReaderOptions? options = null)
    {
        options ??= ChallengeReaderOptions.Default;
        return utf8Json.Length > options.MaxDocumentBytes
            ? new(null, [TooLarge(options)])
            : ReadDocument(utf8Json.ToArray(), PeerChallengeJson.ChallengeRecordTypeInfo, options, checkVersion: true);
    }

    /// <summary>Reads a record from a string.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">Limits; null for <see cref="ChallengeReaderOptions.Default"/>.</param>
    /// <returns>The record, or the issues that stopped it being read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ChallengeReadResult<ChallengeRecord> Read(string json, ChallengeReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ReadDocument(Encoding.UTF8.GetBytes(json), PeerChallengeJson.ChallengeRecordTypeInfo, options ?? ChallengeReaderOptions.Default, checkVersion: true);
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
        var bytes = ReadLimited(stream, options.MaxDocumentBytes);
        return bytes is null
            ? new ChallengeReadResult<ChallengeRecord>(null, [TooLarge(options)])
            : ReadDocument(bytes, PeerChallengeJson.ChallengeRecordTypeInfo, options, checkVersion: true);
    }

    /// <summary>Reads an edition defined as data (see <c>docs/schemas/edition.schema.json</c>).</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="options">Limits; null for <see cref="ChallengeReaderOptions.Default"/>.</param>
    /// <returns>The edition, or the issues that stopped it being read. Check the edition's rules with <see cref="EditionValidator"/>.</returns>
    public static ChallengeReadResult<Edition> ReadEdition(ReadOnlySpan<byte> utf8Json, ChallengeReaderOptions? options = null)
    {
        options ??= ChallengeReaderOptions.Default;
        return utf8Json.Length > options.MaxDocumentBytes
            ? new(null, [TooLarge(options)])
            : ReadDocument(utf8Json.ToArray(), PeerChallengeJson.EditionTypeInfo, options, checkVersion: false);
    }

    private static ChallengeReadResult<T> ReadDocument<T>(ReadOnlyMemory<byte> utf8Json, JsonTypeInfo<T> typeInfo, ChallengeReaderOptions options, bool checkVersion)
        where T : class
    {
        if (utf8Json.Length > options.MaxDocumentBytes)
        {
            return new(null, [TooLarge(options)]);
        }

        if (utf8Json.Span.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        var issues = new List<ValidationIssue>();
        try
        {
            _ = StrictUtf8.GetCharCount(utf8Json.Span);
        }
        catch (DecoderFallbackException)
        {
            issues.Add(ReadingIssueCodes.MalformedJson.At(JsonPointer.Root, "The file is not UTF-8 text, so it cannot be JSON. Save it as UTF-8 and try again."));
            return new(null, issues);
        }

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

        DocumentShapeCheck.Check(root, typeInfo, JsonPointer.Root, issues);
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
        catch (Exception ex) when (ex is JsonException or FormatException or ArgumentException or InvalidOperationException)
        {
            issues.Add(ReadingIssueCodes.InvalidValue.At(PointerFromJsonPath((ex as JsonException)?.Path), ex.Message));
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

        var current = SchemaVersion.Current;
        if (parsed.Major != current.Major)
        {
            issues.Add(ReadingIssueCodes.UnsupportedSchemaVersion.At(SchemaVersionPointer, $"The document follows version {parsed} of the format; this library reads version {current.Major}.x. Use a library release that supports version {parsed.Major}."));
            return false;
        }

        if (parsed.Minor > current.Minor)
        {
            issues.Add(ReadingIssueCodes.NewerSchemaVersion.At(SchemaVersionPointer, $"The document follows version {parsed}, newer than this library's {current}. It is read; properties this version does not know are kept and written back unchanged."));
        }

        return true;
    }

    private static ValidationIssue TooLarge(ChallengeReaderOptions options) =>
        ReadingIssueCodes.DocumentTooLarge.At(JsonPointer.Root, $"The document is larger than the limit of {options.MaxDocumentBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes, so it was not read.");

    private static byte[]? ReadLimited(Stream stream, long limit)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > limit)
                {
                    return null;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    /// <summary>Turns the serializer's JSON path (<c>$.team[0].role</c>) into a JSON Pointer (<c>/team/0/role</c>).</summary>
    private static JsonPointer PointerFromJsonPath(string? path) =>
        string.IsNullOrEmpty(path) ? JsonPointer.Root : JsonPointer.FromPropertyPath(path.TrimStart('$').TrimStart('.'));
}
