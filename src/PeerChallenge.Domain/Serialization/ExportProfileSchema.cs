using System.Text.Json;
using System.Text.Json.Nodes;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Evidence;
using PeerChallenge.Domain.Export;
using PeerChallenge.Domain.Privacy;

namespace PeerChallenge.Domain.Serialization;

/// <summary>
/// The JSON Schema (draft 2020-12) of an export profile, made from the code lists the reader checks against (parts,
/// treatments, kinds of personal data, markings, disclosure profiles), committed as
/// <c>docs/schemas/export-profile.schema.json</c> and embedded in the package (a test keeps them equal).
/// </summary>
internal static class ExportProfileSchema
{
    /// <summary>The file name the schema is published under.</summary>
    internal const string FileName = "export-profile.schema.json";

    /// <summary>Returns the schema as published in this package (the committed file, embedded as a resource).</summary>
    internal static string Get()
    {
        using var stream = typeof(ExportProfileSchema).Assembly.GetManifestResourceStream($"PeerChallenge.Domain.Schemas.{FileName}")
            ?? throw new InvalidOperationException($"The schema {FileName} is not embedded in the package; the build is broken.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Generates the schema, indented, with a final newline.</summary>
    internal static string Generate()
    {
        static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v)!)]);

        JsonObject Treatments(string description) => new()
        {
            ["description"] = description,
            ["type"] = "array",
            ["minItems"] = 1,
            ["uniqueItems"] = true,
            ["items"] = new JsonObject { ["enum"] = Strings(ExportTreatment.All) },
        };

        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = $"urn:peer-challenge:schema:export-profile:{SchemaVersion.Current.Major}",
            ["title"] = "Peer challenge export profile",
            ["description"] = "A council's own profile for peer-challenge export (docs/export.md): what each part of the record keeps, drops, redacts, pseudonymises, widens or tabulates. A property not listed here is refused, so that a misspelt treatment never keeps data by mistake.",
            ["type"] = "object",
            ["required"] = Strings(["name"]),
            ["additionalProperties"] = false,
            ["properties"] = new JsonObject
            {
                ["name"] = new JsonObject { ["description"] = "The profile's name, written into the export; a kebab-case code such as council-partner.", ["type"] = "string", ["pattern"] = KebabCode.Pattern },
                ["description"] = new JsonObject { ["description"] = "What the profile is for, in words.", ["type"] = new JsonArray("string", "null") },
                ["parts"] = new JsonObject
                {
                    ["description"] = "The treatments of the parts the profile names; each part at most once.",
                    ["type"] = "array",
                    ["items"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["required"] = Strings(["part", "treatments"]),
                        ["additionalProperties"] = false,
                        ["properties"] = new JsonObject
                        {
                            ["part"] = new JsonObject { ["description"] = "A part of the record, by its JSON name.", ["enum"] = Strings(ExportProfile.PartNames) },
                            ["treatments"] = Treatments("What is done to the part: keep or drop alone, or any of the others together."),
                        },
                    },
                },
                ["defaultTreatments"] = Treatments("The treatments of every part the profile does not name. Default: redact, pseudonymise, widen."),
                ["nonAttributionThreshold"] = new JsonObject { ["description"] = "No group smaller than this is reported. Default 3.", ["type"] = "integer", ["minimum"] = 1 },
                ["pseudonymisedKinds"] = new JsonObject
                {
                    ["description"] = "The kinds of personal data a part with pseudonymise replaces by a keyed pseudonym. Default: CASE_REF.",
                    ["type"] = "array",
                    ["uniqueItems"] = true,
                    ["items"] = new JsonObject { ["enum"] = Strings(PersonalDataKind.All.Select(k => k.Code)) },
                },
                ["dropMarkedFrom"] = new JsonObject
                {
                    ["description"] = "The lowest markings, one per scheme, from which a document, questionnaire or case audit is dropped unless cleared for release. Default: none.",
                    ["type"] = "array",
                    ["uniqueItems"] = true,
                    ["items"] = new JsonObject { ["enum"] = Strings(SecurityMarking.All.Select(m => m.Code)) },
                },
                ["disclosure"] = new JsonObject { ["description"] = "The disclosure profile of the tables made by tables. Default dfe.", ["enum"] = Strings(DisclosureProfile.All.Select(p => p.Code)) },
            },
        };

        return schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }
}
