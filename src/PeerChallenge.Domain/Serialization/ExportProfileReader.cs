using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PeerChallenge.Domain.Export;

namespace PeerChallenge.Domain.Serialization;

/// <summary>
/// Reads a council's own export profile from JSON (<c>{ "name": "council-partner", "parts": [{ "part": "evidence",
/// "treatments": ["redact", "widen"] }] }</c>; see docs/export.md). A property the profile format does not have is refused,
/// so that a misspelt <c>drop</c> never keeps data by mistake.
/// </summary>
public static class ExportProfileReader
{
    private static readonly JsonTypeInfo<ExportProfile> TypeInfo = (JsonTypeInfo<ExportProfile>)PeerChallengeJson.Options.GetTypeInfo(typeof(ExportProfile));

    /// <summary>
    /// Gets the JSON Schema (draft 2020-12) of a profile, as published in <c>docs/schemas/export-profile.schema.json</c>,
    /// for an editor or another language: the parts, treatments, kinds, markings and disclosure profiles it may name.
    /// </summary>
    public static string Schema => ExportProfileSchema.Get();

    /// <summary>Reads a profile.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="profile">The profile, when it is well formed and has no problems (<see cref="ExportProfile.Problems"/>).</param>
    /// <param name="problems">What is wrong, in plain words, each starting with its JSON Pointer; empty on success.</param>
    /// <returns>True when the profile can be used.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static bool TryRead(string json, [NotNullWhen(true)] out ExportProfile? profile, out IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(json);
        profile = null;
        ExportProfile? read;
        try
        {
            if (System.Text.Json.Nodes.JsonNode.Parse(json) is System.Text.Json.Nodes.JsonObject given && !given.ContainsKey("name"))
            {
                problems = ["/name: the profile has no name; give one, a kebab-case code such as council-partner."];
                return false;
            }

            read = JsonSerializer.Deserialize(WithDefaults(json), TypeInfo);
        }
        catch (JsonException e)
        {
            problems = [$"{e.Path ?? "/"}: {e.Message}"];
            return false;
        }

        if (read is null)
        {
            problems = ["/: the profile is null; give an object with a name."];
            return false;
        }

        problems = [.. read.Problems().Select(p => p.ToString())];
        profile = problems.Count == 0 ? read : null;
        return profile is not null;
    }

    /// <summary>
    /// The source-generated reader gives a left-out init-only property its type's default (0, an empty list), not the
    /// profile's: what a profile leaves out is filled in from a blank profile first.
    /// </summary>
    private static string WithDefaults(string json)
    {
        if (System.Text.Json.Nodes.JsonNode.Parse(json) is not System.Text.Json.Nodes.JsonObject given)
        {
            return json;
        }

        // Every setting left out takes its default, except the name, which is required.
        var blank = System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(new ExportProfile { Name = "x" }, TypeInfo))!.AsObject();
        foreach (var (name, value) in blank)
        {
            if (name != "name" && !given.ContainsKey(name) && value is not null)
            {
                given[name] = value.DeepClone();
            }
        }

        return given.ToJsonString();
    }

    /// <summary>Writes a profile as JSON, as <see cref="TryRead"/> reads it: a starting point for a council's own.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The JSON text, indented.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public static string Write(ExportProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return JsonSerializer.Serialize(profile, TypeInfo);
    }
}
