using System.Text.Json;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Serialization;

/// <summary>
/// One forward pass over the raw bytes that finds what a parser would hide or fail on: malformed JSON
/// (with line and column), nesting deeper than the limit, and duplicate property names, each with a pointer.
/// </summary>
internal static class JsonSyntaxCheck
{
    internal static void Check(ReadOnlySpan<byte> utf8, List<ValidationIssue> issues)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 1024, CommentHandling = JsonCommentHandling.Disallow });
        var names = new Stack<HashSet<string>?>();
        var path = new Stack<Segment>();
        string? pendingName = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        if (reader.CurrentDepth >= ChallengeReaderOptions.MaxDepth)
                        {
                            issues.Add(ReadingIssueCodes.NestingTooDeep.At(Pointer(path, pendingName), $"Objects and lists are nested more than {ChallengeReaderOptions.MaxDepth} levels deep here. A peer challenge record is never this deep; the file may be damaged or hostile."));
                            return;
                        }

                        path.Push(new Segment(pendingName, reader.TokenType == JsonTokenType.StartArray ? 0 : -1));
                        names.Push(reader.TokenType == JsonTokenType.StartObject ? new HashSet<string>(StringComparer.Ordinal) : null);
                        pendingName = null;
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        path.Pop();
                        names.Pop();
                        AfterValue(path);
                        break;
                    case JsonTokenType.PropertyName:
                        if (!TryGetString(ref reader, out pendingName))
                        {
                            issues.Add(ReadingIssueCodes.InvalidValue.At(Pointer(path, null), LoneSurrogate("A property name in this object")));
                            pendingName = "\uFFFD";
                        }
                        else if (!names.Peek()!.Add(pendingName))
                        {
                            issues.Add(ReadingIssueCodes.DuplicateProperty.At(Pointer(path, pendingName), $"The property '{pendingName}' appears more than once in the same object, so it is not clear which value is meant."));
                        }

                        break;
                    case JsonTokenType.String when !TryGetString(ref reader, out _):
                        issues.Add(ReadingIssueCodes.InvalidValue.At(Pointer(path, pendingName), LoneSurrogate("This text")));
                        pendingName = null;
                        AfterValue(path);
                        break;
                    default:
                        pendingName = null;
                        AfterValue(path);
                        break;
                }
            }
        }
        catch (JsonException ex)
        {
            issues.Add(ReadingIssueCodes.MalformedJson.At(Pointer(path, pendingName), Malformed(ex)));
        }
    }

    /// <summary>
    /// Decodes the current string token, which fails only for an escaped lone surrogate (<c>"\ud800"</c>): not a
    /// character, so the text cannot be read as Unicode nor written back. Unescaped text is valid UTF-8 by then.
    /// </summary>
    private static bool TryGetString(ref Utf8JsonReader reader, out string value)
    {
        if (!reader.ValueIsEscaped)
        {
            value = reader.TokenType == JsonTokenType.PropertyName ? reader.GetString()! : string.Empty;
            return true;
        }

        try
        {
            value = reader.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            value = string.Empty;
            return false;
        }
    }

    private static string LoneSurrogate(string what) =>
        $"{what} has a lone surrogate escape (\\uD800 to \\uDFFF without its pair), which is not a character. Records are exchanged as Unicode text: remove or correct the escape.";

    internal static string Malformed(JsonException ex)
    {
        var where = ex.LineNumber is { } line
            ? $" at line {line + 1}, column {(ex.BytePositionInLine ?? 0) + 1}"
            : string.Empty;
        var reason = ex.Message;
        var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0)
        {
            reason = reason[..cut].TrimEnd('.', ' ');
        }

        return $"The file is not valid JSON{where}: {reason}.";
    }

    private static void AfterValue(Stack<Segment> path)
    {
        if (path.Count > 0 && path.Peek().Index >= 0)
        {
            var top = path.Pop();
            path.Push(top with { Index = top.Index + 1 });
        }
    }

    /// <summary>The pointer of the current position: the containers open on the stack, then the pending property or index.</summary>
    private static JsonPointer Pointer(Stack<Segment> path, string? pendingName)
    {
        var segments = path.Reverse().ToArray();
        var pointer = JsonPointer.Root;
        for (var i = 1; i < segments.Length; i++)
        {
            pointer = segments[i - 1].Index >= 0
                ? pointer.Append(segments[i - 1].Index)
                : pointer.Append(segments[i].Name ?? string.Empty);
        }

        if (segments.Length > 0 && segments[^1].Index >= 0)
        {
            return pointer.Append(segments[^1].Index);
        }

        return pendingName is null ? pointer : pointer.Append(pendingName);
    }

    private readonly record struct Segment(string? Name, int Index);
}
