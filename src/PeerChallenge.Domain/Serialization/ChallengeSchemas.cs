using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Organisations;
using PeerChallenge.Domain.Provenance;

namespace PeerChallenge.Domain.Serialization;

/// <summary>
/// The published JSON Schemas (draft 2020-12) of the interchange format: generated from the types, committed
/// under <c>docs/schemas/</c> and embedded in the package. A team using another language validates documents
/// against them.
/// </summary>
public static class ChallengeSchemas
{
    /// <summary>The name of the challenge record schema: <c>challenge-record</c>.</summary>
    public const string ChallengeRecord = "challenge-record";

    /// <summary>The name of the edition schema (editions defined as data): <c>edition</c>.</summary>
    public const string Edition = "edition";

    private const string Draft202012 = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>A day, a month or a year (ISO 8601-2 / EDTF level 1), optionally approximate (<c>~</c>).</summary>
    private const string PartialDatePattern = "^(?!0000)[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?~?$";

    /// <summary>Gets the names of the published schemas.</summary>
    public static IReadOnlyList<string> Names { get; } = Array.AsReadOnly([ChallengeRecord, Edition]);

    /// <summary>Gets the file name a schema is published under, for example <c>challenge-record.schema.json</c>.</summary>
    /// <param name="name">A schema name from <see cref="Names"/>.</param>
    /// <returns>The file name.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a schema name.</exception>
    public static string FileName(string name) => $"{Check(name)}.schema.json";

    /// <summary>Gets the schema's <c>$id</c>, which carries the major version of the format.</summary>
    /// <param name="name">A schema name from <see cref="Names"/>.</param>
    /// <returns>The URI, for example <c>urn:peer-challenge:schema:challenge-record:1</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a schema name.</exception>
    public static Uri Id(string name) => new($"urn:peer-challenge:schema:{Check(name)}:{SchemaVersion.Current.Major}");

    /// <summary>Returns the schema as published in this package (the committed file, embedded as a resource).</summary>
    /// <param name="name">A schema name from <see cref="Names"/>.</param>
    /// <returns>The schema's JSON text.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a schema name.</exception>
    public static string Get(string name)
    {
        using var stream = typeof(ChallengeSchemas).Assembly.GetManifestResourceStream($"PeerChallenge.Domain.Schemas.{FileName(name)}")
            ?? throw new InvalidOperationException($"The schema {name} is not embedded in the package; the build is broken.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Generates the schema from the types, as the committed file should be (a test keeps them equal).</summary>
    /// <param name="name">A schema name from <see cref="Names"/>.</param>
    /// <returns>The schema's JSON text, indented, with a final newline.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a schema name.</exception>
    internal static string Generate(string name)
    {
        var typeInfo = Check(name) == ChallengeRecord ? (JsonTypeInfo)PeerChallengeJson.ChallengeRecordTypeInfo : PeerChallengeJson.EditionTypeInfo;
        var defs = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal);
        var firstSeen = new Dictionary<Type, JsonNode>();
        var exporterOptions = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) => Transform(context, Unshared(context, node, firstSeen), typeInfo.Type, defs),
        };
        var body = typeInfo.GetJsonSchemaAsNode(exporterOptions).AsObject();

        var schema = new JsonObject
        {
            ["$schema"] = Draft202012,
            ["$id"] = Id(name).ToString(),
            ["title"] = name == ChallengeRecord ? "Peer challenge record" : "Peer challenge framework edition",
        };
        foreach (var (key, value) in body.ToArray())
        {
            body.Remove(key);
            schema[key] = value;
        }

        AddObjectRules(schema, typeInfo.Type);
        if (defs.Count > 0)
        {
            var defsNode = new JsonObject();
            foreach (var (key, value) in defs)
            {
                if (SchemaDescriptions.Types.Keys.FirstOrDefault(t => t.Name == key) is { } type)
                {
                    AddObjectRules(value.AsObject(), type);
                }

                defsNode[key] = value;
            }

            schema["$defs"] = defsNode;
        }

        return schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static string Check(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Preconditions.CheckArgument(name is ChallengeRecord or Edition, nameof(name), $"'{name}' is not a schema name. Known: {string.Join(", ", Names)}.");
        return name;
    }

    /// <summary>
    /// The exporter writes a type it has met before (the list of an organisation's names) as a <c>$ref</c> to the place
    /// it first met it; that place is moved into <c>$defs</c> or changed, so the pointer would lead nowhere. The type's
    /// schema is written out again instead.
    /// </summary>
    private static JsonNode Unshared(JsonSchemaExporterContext context, JsonNode node, Dictionary<Type, JsonNode> firstSeen)
    {
        var type = context.TypeInfo.Type;
        if (node is JsonObject { Count: 1 } reference && reference["$ref"] is JsonValue pointer
            && !pointer.GetValue<string>().StartsWith("#/$defs/", StringComparison.Ordinal))
        {
            return firstSeen.TryGetValue(type, out var first)
                ? first.DeepClone()
                : throw new InvalidOperationException($"The schema exporter refers to {type.Name} at {pointer} before writing it out.");
        }

        firstSeen.TryAdd(type, node.DeepClone());
        return node;
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode node, Type rootType, SortedDictionary<string, JsonNode> defs)
    {
        var type = context.TypeInfo.Type;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        var leftOutMeansDefault = context.PropertyInfo is { } twin && SchemaDescriptions.LeftOutMeansDefault.Contains((twin.DeclaringType, twin.Name));
        var nullable = !leftOutMeansDefault && (AllowsNull(node) || Nullable.GetUnderlyingType(type) is not null || (context.PropertyInfo?.IsSetNullable ?? false));
        if (leftOutMeansDefault && node is JsonObject { } withTypes && withTypes["type"] is JsonArray types)
        {
            withTypes["type"] = types.First(t => t?.GetValue<string>() != "null")!.DeepClone();
        }

        JsonObject result = node as JsonObject ?? new JsonObject();
        if (underlying == typeof(LocalDate))
        {
            result = StringSchema(nullable);
            result["format"] = "date";
        }
        else if (underlying == typeof(NodaTime.LocalDateTime))
        {
            result = StringSchema(nullable);
            result["pattern"] = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]$";
        }
        else if (underlying == typeof(ChallengeId))
        {
            result = StringSchema(nullable);
            result["pattern"] = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";
        }
        else if (underlying == typeof(Evidence.CasePseudonym))
        {
            result = StringSchema(nullable);
            result["pattern"] = "^case-[0-9a-f]{16}$";
        }
        else if (underlying == typeof(OrganisationId))
        {
            result = StringSchema(nullable);
            result["pattern"] = "^[A-Za-z]{2}-[A-Za-z0-9]{2,12}-[A-Za-z0-9][A-Za-z0-9._/-]*$";
            result["maxLength"] = 100;
        }
        else if (OpenCodes.Is(underlying))
        {
            result = StringSchema(nullable);
            result["pattern"] = KebabCode.Pattern;
        }
        else if (underlying == typeof(Evidence.DerivedMarking))
        {
            result = StringSchema(nullable);
            result["pattern"] = "^[a-z-]+(; [a-z-]+)?$";
        }
        else if (underlying == typeof(SchemaVersion))
        {
            result = StringSchema(nullable);
        }
        else if (underlying == typeof(PartialDate))
        {
            result = StringSchema(nullable);
            result["pattern"] = PartialDatePattern;
        }
        else if (underlying == typeof(JsonPointer))
        {
            result = StringSchema(nullable);
            result["pattern"] = "^(/([^~/]|~[01])*)*$";
        }
        else if (ClosedCodeLists.Codes.TryGetValue(underlying, out var closedCodes))
        {
            result = StringSchema(nullable);
            var codes = new JsonArray([.. closedCodes.Select(code => (JsonNode)JsonValue.Create(code)!)]);
            if (nullable)
            {
                codes.Add(null);
            }

            result["enum"] = codes;
        }

        if (context.TypeInfo.ElementType is { } element && OpenCodes.Is(element) && result["items"] is null)
        {
            // The exporter leaves out the items of a list whose items have a converter of their own.
            result["items"] = new JsonObject { ["type"] = "string", ["pattern"] = KebabCode.Pattern };
        }

        if (context.PropertyInfo is { } property)
        {
            var declaring = context.PropertyInfo.DeclaringType;
            if (declaring == typeof(ChallengeRecord) && property.Name == "schemaVersion")
            {
                result["pattern"] = "^1\\.(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})$";
            }

            if (declaring == typeof(Framework.Edition) && property.Name == "auditGrades")
            {
                // Grade codes are kebab case, as the edition's other codes.
                result["items"] = new JsonObject { ["type"] = "string", ["pattern"] = KebabCode.Pattern };
            }

            if (declaring == typeof(Framework.FindingKindDefinition) && property.Name == "code")
            {
                // Kinds of finding are kebab case, as the edition's other codes.
                result["pattern"] = KebabCode.Pattern;
            }

            if (declaring == typeof(Framework.SessionRequirement) && property.Name == "kind")
            {
                // A session kind, of the closed codelist the timetable's sessions use.
                result = StringSchema(false);
                result["enum"] = new JsonArray([.. ClosedCodeLists.Codes[typeof(OnSite.SessionKind)].Select(code => (JsonNode)JsonValue.Create(code)!)]);
            }

            if (SchemaDescriptions.Properties.TryGetValue((declaring, property.Name), out var description))
            {
                result.Insert(0, "description", description);
            }

            if (SchemaDescriptions.NonEmpty.Contains((declaring, property.Name)))
            {
                if (result["type"]?.ToString() == "array")
                {
                    result["minItems"] = 1;
                }
                else
                {
                    result["minLength"] = 1;
                    result["pattern"] = "\\S";
                }
            }

            // What the reader applies when the property is left out: the value of a record made with only its required members.
            if (!property.IsRequired && declaring is not null && SchemaDescriptions.Blanks.TryGetValue(declaring, out var blank)
                && property.Get?.Invoke(blank) is { } value)
            {
                result["default"] = JsonSerializer.SerializeToNode(value, PeerChallengeJson.Options.GetTypeInfo(property.PropertyType));
            }
            else if (declaring is not null && SchemaDescriptions.DefaultsOfTwins.TryGetValue((declaring, property.Name), out var twinDefault))
            {
                result["default"] = twinDefault.DeepClone();
            }
        }

        if (underlying != rootType && SchemaDescriptions.Types.TryGetValue(underlying, out var typeDescription))
        {
            var definition = (JsonObject)result.DeepClone();
            definition.Remove("description");
            if (definition["type"] is JsonArray)
            {
                definition["type"] = "object";
            }

            definition.Insert(0, "description", typeDescription);

            defs[underlying.Name] = definition;
            var reference = new JsonObject { ["$ref"] = $"#/$defs/{underlying.Name}" };
            JsonObject replaced = nullable
                ? new JsonObject { ["anyOf"] = new JsonArray(reference, new JsonObject { ["type"] = "null" }) }
                : reference;
            if (result["description"] is JsonNode propertyDescription)
            {
                replaced.Insert(0, "description", propertyDescription.DeepClone());
            }

            return replaced;
        }

        if (underlying == rootType && SchemaDescriptions.Types.TryGetValue(underlying, out var rootDescription) && context.PropertyInfo is null)
        {
            result.Insert(0, "description", rootDescription);
        }

        return result;
    }

    /// <summary>
    /// Adds to the schema of an object of <paramref name="type"/> what its properties alone cannot say: that local fields
    /// (<c>x-</c>) are allowed and never validated, and the knowledge rules of <see cref="SchemaDescriptions.NotKnownMeansNone"/>
    /// as if/then/else. Other properties stay allowed: a newer minor version of the format adds some.
    /// </summary>
    private static void AddObjectRules(JsonObject schema, Type type)
    {
        if (schema["type"]?.GetValueKind() != JsonValueKind.String || schema["type"]!.GetValue<string>() != "object")
        {
            return;
        }

        var localFields = new JsonObject
        {
            [$"^{UnknownPropertyCheck.LocalFieldPrefix}"] = new JsonObject { ["description"] = SchemaDescriptions.LocalField },
            [$"^\\{UnknownPropertyCheck.SchemaKeyword}$"] = new JsonObject { ["type"] = "string", ["description"] = SchemaDescriptions.SchemaKeyword },
        };
        var at = schema.IndexOf("properties");
        schema.Insert(at < 0 ? schema.Count : at + 1, "patternProperties", localFields);

        var conditions = new JsonArray();
        foreach (var rule in SchemaDescriptions.NotKnownMeansNone.Where(r => r.Type == type))
        {
            var part = schema["properties"]![rule.Part]!.AsObject();
            var isList = part["type"]?.GetValueKind() == JsonValueKind.String && part["type"]!.GetValue<string>() == "array";
            var condition = new JsonObject
            {
                ["if"] = new JsonObject
                {
                    ["properties"] = new JsonObject { [rule.Knowledge] = new JsonObject { ["const"] = Knowledge.NotKnown.Code } },
                    ["required"] = new JsonArray(rule.Knowledge),
                },

                // Not known: a list holds nothing; an object is left out (null, which the reader takes as left out, is allowed).
                ["then"] = new JsonObject
                {
                    ["properties"] = new JsonObject { [rule.Part] = isList ? new JsonObject { ["maxItems"] = 0 } : new JsonObject { ["type"] = "null" } },
                },
            };
            if (rule.NonEmptyOtherwise)
            {
                condition["else"] = new JsonObject
                {
                    ["properties"] = new JsonObject { [rule.Part] = new JsonObject { ["minItems"] = 1 } },
                    ["required"] = new JsonArray(rule.Part),
                };
            }

            conditions.Add((JsonNode)condition);
        }

        if (conditions.Count > 0)
        {
            schema["allOf"] = conditions;
        }
    }

    private static bool AllowsNull(JsonNode node) =>
        node is JsonObject && node["type"] is JsonArray types && types.Any(t => t?.GetValue<string>() == "null");

    private static JsonObject StringSchema(bool nullable) =>
        nullable ? new JsonObject { ["type"] = new JsonArray("string", "null") } : new JsonObject { ["type"] = "string" };
}
