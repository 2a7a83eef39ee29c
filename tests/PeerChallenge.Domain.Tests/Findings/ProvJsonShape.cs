using System.Text.Json;
using System.Text.RegularExpressions;

namespace PeerChallenge.Domain.Tests.Findings;

/// <summary>
/// The shape a PROV-JSON document (https://www.w3.org/submissions/prov-json/) must have, checked as its JSON Schema
/// checks it, and more: prefixes are names to strings, each record of a known kind is an object of attributes, each
/// relation has its required formal attributes as strings, every value is a string, number, boolean, typed literal
/// (<c>{"$", "type"}</c>) or an array of those, and every qualified name in a formal attribute is of a declared prefix and
/// names a record of the document.
/// </summary>
internal static partial class ProvJsonShape
{
    /// <summary>The relations this writer uses, with the formal attributes each requires and the kind of record each refers to.</summary>
    internal static readonly IReadOnlyDictionary<string, (string Attribute, string Kind, bool Required)[]> Relations = new Dictionary<string, (string, string, bool)[]>(StringComparer.Ordinal)
    {
        ["wasGeneratedBy"] = [("prov:entity", "entity", true), ("prov:activity", "activity", false)],
        ["used"] = [("prov:activity", "activity", true), ("prov:entity", "entity", false)],
        ["wasAssociatedWith"] = [("prov:activity", "activity", true), ("prov:agent", "agent", false)],
        ["wasAttributedTo"] = [("prov:entity", "entity", true), ("prov:agent", "agent", true)],
        ["wasDerivedFrom"] = [("prov:generatedEntity", "entity", true), ("prov:usedEntity", "entity", true), ("prov:activity", "activity", false)],
    };

    private static readonly HashSet<string> Elements = new(["entity", "activity", "agent"], StringComparer.Ordinal);

    /// <summary>What is wrong with <paramref name="document"/>; empty when nothing is.</summary>
    internal static IReadOnlyList<string> Problems(JsonElement document)
    {
        var problems = new List<string>();
        if (document.ValueKind != JsonValueKind.Object)
        {
            return ["the document is not an object"];
        }

        var prefixes = new HashSet<string>(["prov", "xsd"], StringComparer.Ordinal);
        if (document.TryGetProperty("prefix", out var prefix))
        {
            foreach (var p in prefix.EnumerateObject())
            {
                if (!PrefixName().IsMatch(p.Name) || p.Value.ValueKind != JsonValueKind.String)
                {
                    problems.Add($"prefix {p.Name} is not a name for a string");
                }

                prefixes.Add(p.Name);
            }
        }

        var declared = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var kind in Elements)
        {
            declared[kind] = [];
            if (document.TryGetProperty(kind, out var records))
            {
                foreach (var record in records.EnumerateObject())
                {
                    CheckName(record.Name, prefixes, problems);
                    declared[kind].Add(record.Name);
                    CheckAttributes(record.Value, $"{kind} {record.Name}", prefixes, problems);
                }
            }
        }

        foreach (var member in document.EnumerateObject())
        {
            if (member.Name == "prefix" || Elements.Contains(member.Name))
            {
                continue;
            }

            if (!Relations.TryGetValue(member.Name, out var formal))
            {
                problems.Add($"{member.Name} is not a kind of record this check knows");
                continue;
            }

            foreach (var relation in member.Value.EnumerateObject())
            {
                var where = $"{member.Name} {relation.Name}";
                if (!relation.Name.StartsWith("_:", StringComparison.Ordinal))
                {
                    problems.Add($"{where}: not a blank id");
                }

                foreach (var (attribute, kind, required) in formal)
                {
                    if (!relation.Value.TryGetProperty(attribute, out var value))
                    {
                        if (required)
                        {
                            problems.Add($"{where}: no {attribute}");
                        }

                        continue;
                    }

                    if (value.ValueKind != JsonValueKind.String || !declared[kind].Contains(value.GetString()!))
                    {
                        problems.Add($"{where}: {attribute} {value} is not an {kind} of the document");
                    }
                }

                CheckAttributes(relation.Value, where, prefixes, problems, [.. formal.Select(f => f.Attribute)]);
            }
        }

        return problems;
    }

    private static void CheckAttributes(JsonElement record, string where, HashSet<string> prefixes, List<string> problems, HashSet<string>? formal = null)
    {
        if (record.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{where}: not an object");
            return;
        }

        foreach (var attribute in record.EnumerateObject().Where(a => formal?.Contains(a.Name) != true))
        {
            CheckName(attribute.Name, prefixes, problems);
            JsonElement[] values = attribute.Value.ValueKind == JsonValueKind.Array ? [.. attribute.Value.EnumerateArray()] : [attribute.Value];
            foreach (var value in values)
            {
                if (value.ValueKind == JsonValueKind.Object)
                {
                    var keys = value.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
                    if (!keys.SequenceEqual(["$", "type"]) || value.GetProperty("$").ValueKind != JsonValueKind.String)
                    {
                        problems.Add($"{where}: {attribute.Name} is an object but not a typed literal");
                    }
                    else if (value.GetProperty("type").GetString() == "xsd:QName")
                    {
                        CheckName(value.GetProperty("$").GetString()!, prefixes, problems);
                    }
                }
                else if (value.ValueKind is JsonValueKind.Null or JsonValueKind.Array or JsonValueKind.Undefined)
                {
                    problems.Add($"{where}: {attribute.Name} holds {value.ValueKind}");
                }
            }
        }
    }

    /// <summary>A qualified name: a declared prefix, a colon and a local part of letters, digits and <c>-._~/%</c> not ending in a dot.</summary>
    private static void CheckName(string name, HashSet<string> prefixes, List<string> problems)
    {
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !prefixes.Contains(name[..colon]) || !LocalPart().IsMatch(name[(colon + 1)..]))
        {
            problems.Add($"'{name}' is not a qualified name of a declared prefix");
        }
    }

    [GeneratedRegex("^[a-zA-Z0-9_-]+$")]
    private static partial Regex PrefixName();

    [GeneratedRegex(@"^[A-Za-z0-9_](?:[A-Za-z0-9_.~/%-]*[A-Za-z0-9_~/%-])?$")]
    private static partial Regex LocalPart();
}
