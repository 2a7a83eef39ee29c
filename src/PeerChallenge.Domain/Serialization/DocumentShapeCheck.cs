using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Evidence;
using PeerChallenge.Domain.Organisations;
using PeerChallenge.Domain.Provenance;

namespace PeerChallenge.Domain.Serialization;

/// <summary>
/// Walks a parsed document beside the source-generated metadata of the type it should be, and reports every
/// missing property, wrong JSON type, unreadable value and unknown code with its pointer, instead of the
/// serializer's first exception. Unknown properties are allowed (they are kept); when asked, each one that is not a
/// local field (<c>x-</c>) is reported as a warning (PC0012), as the fast path does.
/// </summary>
internal static class DocumentShapeCheck
{
    /// <summary>Checks <paramref name="element"/> against <paramref name="typeInfo"/>.</summary>
    /// <param name="element">The element.</param>
    /// <param name="typeInfo">The type it should be.</param>
    /// <param name="pointer">Where it is.</param>
    /// <param name="issues">The issues found so far, added to.</param>
    /// <param name="unknownProperties">Whether to report the properties the format does not have (PC0012).</param>
    internal static void Check(JsonElement element, JsonTypeInfo typeInfo, JsonPointer pointer, List<ValidationIssue> issues, bool unknownProperties)
    {
        switch (typeInfo.Kind)
        {
            case JsonTypeInfoKind.Object:
                CheckObject(element, typeInfo, pointer, issues, unknownProperties);
                break;
            case JsonTypeInfoKind.Enumerable:
                CheckArray(element, typeInfo, pointer, issues, unknownProperties);
                break;
            default:
                CheckValue(element, typeInfo, pointer, issues);
                break;
        }
    }

    private static void CheckObject(JsonElement element, JsonTypeInfo typeInfo, JsonPointer pointer, List<ValidationIssue> issues, bool unknownProperties)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            issues.Add(ReadingIssueCodes.WrongType.At(pointer, $"Expected an object here, but found {JsonText.Describe(element.ValueKind)}."));
            return;
        }

        if (unknownProperties)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (!UnknownPropertyCheck.IsKnown(typeInfo, property.Name))
                {
                    issues.Add(UnknownPropertyCheck.Issue(typeInfo, pointer, property.Name));
                }
            }
        }

        foreach (var property in typeInfo.Properties)
        {
            if (property.IsExtensionData || property.Get is null && property.Set is null)
            {
                continue;
            }

            var propertyPointer = pointer.Append(property.Name);
            if (!element.TryGetProperty(property.Name, out var value))
            {
                if (property.IsRequired)
                {
                    issues.Add(ReadingIssueCodes.MissingProperty.At(propertyPointer, $"The property '{property.Name}' is required here but missing."));
                }

                continue;
            }

            if (value.ValueKind == JsonValueKind.Null)
            {
                if (!property.IsSetNullable)
                {
                    issues.Add(ReadingIssueCodes.WrongType.At(propertyPointer, $"The property '{property.Name}' must not be null."));
                }

                continue;
            }

            Check(value, typeInfo.Options.GetTypeInfo(property.PropertyType), propertyPointer, issues, unknownProperties);
        }
    }

    private static void CheckArray(JsonElement element, JsonTypeInfo typeInfo, JsonPointer pointer, List<ValidationIssue> issues, bool unknownProperties)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            issues.Add(ReadingIssueCodes.WrongType.At(pointer, $"Expected a list here, but found {JsonText.Describe(element.ValueKind)}."));
            return;
        }

        var itemInfo = typeInfo.Options.GetTypeInfo(typeInfo.ElementType!);
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            var itemPointer = pointer.Append(index++);
            if (item.ValueKind == JsonValueKind.Null)
            {
                issues.Add(ReadingIssueCodes.WrongType.At(itemPointer, "A list item must not be null."));
                continue;
            }

            Check(item, itemInfo, itemPointer, issues, unknownProperties);
        }
    }

    private static void CheckValue(JsonElement element, JsonTypeInfo typeInfo, JsonPointer pointer, List<ValidationIssue> issues)
    {
        var type = Nullable.GetUnderlyingType(typeInfo.Type) ?? typeInfo.Type;
        var expected = ExpectedKind(type);
        if (expected is { } kind && !Matches(kind, element.ValueKind))
        {
            issues.Add(ReadingIssueCodes.WrongType.At(pointer, $"Expected {Describe(type, kind)} here, but found {JsonText.Describe(element.ValueKind)}."));
            return;
        }

        try
        {
            _ = element.Deserialize(typeInfo);
        }
        catch (UnknownCodeException ex)
        {
            issues.Add(ReadingIssueCodes.UnknownCode.At(pointer, ex.Message));
        }
        catch (JsonException ex) when (OpenCodes.Is(type))
        {
            issues.Add(FrameworkIssueCodes.MalformedCode.At(pointer, InvalidMessage(type, ex)));
        }
        catch (Exception ex) when (ex is JsonException or FormatException or ArgumentException or InvalidOperationException or OverflowException)
        {
            // A raw identifier where a pseudonym belongs is named by its kind, never quoted.
            if (type == typeof(CasePseudonym) && element.ValueKind == JsonValueKind.String
                && CasePseudonymRules.Default.RawIdentifierKind(element.GetString()) is { } raw)
            {
                issues.Add(EvidenceIssueCodes.RawIdentifierAsPseudonym.At(pointer,
                    $"A case pseudonym belongs here, but the value is a raw identifier: {raw.DisplayName} ({raw.Code}). The record must never hold the council's own identifiers: give the pseudonym made under the council's key (CasePseudonymiser), in the form case- followed by 16 hexadecimal digits."));
                return;
            }

            issues.Add(ReadingIssueCodes.InvalidValue.At(pointer, InvalidMessage(type, ex)));
        }
    }

    /// <summary>Says why the value cannot be read, naming what was expected and never quoting the value (it may be personal data).</summary>
    private static string InvalidMessage(Type type, Exception ex)
    {
        if (type == typeof(LocalDate))
        {
            return "The value is not a calendar date in yyyy-MM-dd form, for example 2011-10-03.";
        }

        if (type == typeof(LocalDateTime))
        {
            return "The value is not a date and time in yyyy-MM-ddTHH:mm form, for example 2011-10-03T09:30.";
        }

        if (type == typeof(int) || type == typeof(long))
        {
            return "The value is not a whole number in the range allowed here.";
        }

        // Our converters' messages name the form and never the value; the serializer's own name only the type.
        var message = ex is JsonException && ex.Message.StartsWith("The value is not ", StringComparison.Ordinal)
            ? ex.Message
            : ExpectedKind(type) is { } kind ? $"The value cannot be read as {Describe(type, kind)}." : "The value cannot be read here.";
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private static JsonValueKind? ExpectedKind(Type type)
    {
        if (type == typeof(string) || type == typeof(CasePseudonym) || type == typeof(LocalDate) || type == typeof(LocalDateTime) || type == typeof(ChallengeId)
            || type == typeof(OrganisationId) || type == typeof(SchemaVersion) || type == typeof(PartialDate) || type == typeof(JsonPointer)
            || ClosedCodeLists.Is(type) || OpenCodes.Is(type))
        {
            return JsonValueKind.String;
        }

        if (type == typeof(bool))
        {
            return JsonValueKind.True;
        }

        if (type == typeof(int) || type == typeof(long) || type == typeof(double) || type == typeof(decimal))
        {
            return JsonValueKind.Number;
        }

        return null;
    }

    private static bool Matches(JsonValueKind expected, JsonValueKind actual) =>
        expected == JsonValueKind.True ? actual is JsonValueKind.True or JsonValueKind.False : expected == actual;

    private static string Describe(Type type, JsonValueKind kind)
    {
        if (type == typeof(LocalDate))
        {
            return "a date as text (yyyy-MM-dd)";
        }

        if (type == typeof(PartialDate))
        {
            return "a date as text (yyyy-MM-dd, yyyy-MM or yyyy)";
        }

        if (ClosedCodeLists.Is(type) || OpenCodes.Is(type))
        {
            return "a code as text";
        }

        return kind switch
        {
            JsonValueKind.String => "text",
            JsonValueKind.True => "true or false",
            JsonValueKind.Number => "a number",
            _ => JsonText.Describe(kind),
        };
    }
}
