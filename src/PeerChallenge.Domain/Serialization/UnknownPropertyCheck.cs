using System.Collections;
using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Serialization;

/// <summary>
/// Finds the properties of a document that the format does not have (PC0012, a warning): a misspelt property whose
/// value would be silently ignored. Local fields (names starting <c>x-</c>) are never reported, nor is anything in a
/// document of a newer minor version, whose unknown properties are expected. Names are compared exactly (camelCase).
/// </summary>
/// <remarks>
/// On the reader's fast path the check walks the objects the deserializer made and looks only at their
/// <see cref="UnknownProperties"/>, which the deserializer filled: no second parse. The diagnostic reader asks
/// <see cref="IsKnown"/> for each property of the parsed document instead.
/// </remarks>
internal static class UnknownPropertyCheck
{
    /// <summary>The prefix of local fields: <c>x-</c>.</summary>
    internal const string LocalFieldPrefix = "x-";

    private const int LongestQuotedName = 64;

    private static readonly ConcurrentDictionary<JsonTypeInfo, Shape> Shapes = new();

    /// <summary>The property editors add to say which schema a file follows: kept, never reported, not used by the format.</summary>
    internal const string SchemaKeyword = "$schema";

    /// <summary>
    /// True when <paramref name="name"/> is a local field: it starts with <c>x-</c> (lower-case x). <c>$schema</c>, which
    /// editors add so that they check the file against a schema, is treated the same way.
    /// </summary>
    internal static bool IsLocalField(string name) => name.StartsWith(LocalFieldPrefix, StringComparison.Ordinal) || name == SchemaKeyword;

    /// <summary>True when the unknown properties of a document of <paramref name="version"/> are reported: this version or an older one of the same major version.</summary>
    internal static bool Applies(SchemaVersion version) =>
        version.Major == SchemaVersion.Current.Major && version.Minor <= SchemaVersion.Current.Minor;

    /// <summary>True when an object of <paramref name="typeInfo"/> has the property <paramref name="name"/> in the format, or it is a local field.</summary>
    internal static bool IsKnown(JsonTypeInfo typeInfo, string name) => IsLocalField(name) || ShapeOf(typeInfo).Names.Contains(name);

    /// <summary>The issue for the unknown property <paramref name="name"/> of the object of <paramref name="typeInfo"/> at <paramref name="objectPointer"/>.</summary>
    internal static ValidationIssue Issue(JsonTypeInfo typeInfo, JsonPointer objectPointer, string name) => Issue(ShapeOf(typeInfo), objectPointer, name);

    /// <summary>Reports the unknown properties, other than local fields, of <paramref name="value"/> and of every object in it, in the order of the type's properties.</summary>
    internal static void Check(object value, JsonTypeInfo typeInfo, List<ValidationIssue> issues)
    {
        var path = new List<Segment>();
        Walk(value, ShapeOf(typeInfo), path, issues);
    }

    private static ValidationIssue Issue(Shape shape, JsonPointer objectPointer, string name)
    {
        var quoted = Quote(name);
        var closest = Closest(shape.Names, name) is { } known ? $" Did you mean '{known}'?" : string.Empty;
        return ReadingIssueCodes.UnknownProperty.At(
            objectPointer.Append(name),
            $"The property '{quoted}' is not part of format {SchemaVersion.Current.Major}.{SchemaVersion.Current.Minor}, so it is not read (it is kept and written back unchanged).{closest} If it is a local field, name it x-{quoted}: names starting x- are never used by the format.");
    }

    private static void Walk(object value, Shape shape, List<Segment> path, List<ValidationIssue> issues)
    {
        if (shape.Extension?.Invoke(value) is UnknownProperties unknown)
        {
            foreach (var name in unknown.Names)
            {
                if (!IsLocalField(name))
                {
                    issues.Add(Issue(shape, PointerOf(path), name));
                }
            }
        }

        foreach (var child in shape.Children)
        {
            if (child.Get(value) is not { } childValue)
            {
                continue;
            }

            path.Add(new Segment(child.Name, -1));
            if (child.IsList)
            {
                var index = 0;
                foreach (var item in (IEnumerable)childValue)
                {
                    if (item is not null)
                    {
                        path.Add(new Segment(null, index));
                        Walk(item, child.Shape, path, issues);
                        path.RemoveAt(path.Count - 1);
                    }

                    index++;
                }
            }
            else
            {
                Walk(childValue, child.Shape, path, issues);
            }

            path.RemoveAt(path.Count - 1);
        }
    }

    private static JsonPointer PointerOf(List<Segment> path)
    {
        var pointer = JsonPointer.Root;
        foreach (var segment in path)
        {
            pointer = segment.Name is { } name ? pointer.Append(name) : pointer.Append(segment.Index);
        }

        return pointer;
    }

    /// <summary>The name as the message quotes it: cut to 64 characters (never inside a surrogate pair).</summary>
    private static string Quote(string name)
    {
        if (name.Length <= LongestQuotedName)
        {
            return name;
        }

        var cut = char.IsHighSurrogate(name[LongestQuotedName - 1]) ? LongestQuotedName - 1 : LongestQuotedName;
        return string.Concat(name.AsSpan(0, cut), "…");
    }

    /// <summary>A property of the object whose name differs from <paramref name="name"/> only in case, or by at most two letters; null when none does.</summary>
    private static string? Closest(HashSet<string> names, string name)
    {
        if (name.Length > LongestQuotedName)
        {
            return null;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var known in names.Order(StringComparer.Ordinal))
        {
            var distance = string.Equals(known, name, StringComparison.OrdinalIgnoreCase) ? 0 : Distance(known, name);
            if (distance < bestDistance && distance <= Math.Clamp(known.Length / 3, 1, 2))
            {
                (best, bestDistance) = (known, distance);
            }
        }

        return best;
    }

    /// <summary>The edit distance between two short texts, a swap of two neighbouring letters counting as one edit (optimal string alignment).</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(d[i - 1, j - 1] + cost, Math.Min(d[i - 1, j], d[i, j - 1]) + 1);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    private static Shape ShapeOf(JsonTypeInfo typeInfo) => Shapes.GetOrAdd(typeInfo, static info => new Shape(info));

    /// <summary>A step of the path to the object being walked: a property name, or a list index when the name is null.</summary>
    private readonly record struct Segment(string? Name, int Index);

    /// <summary>A property of an object whose value is an object of the format, or a list of them.</summary>
    private sealed class Child(string name, Func<object, object?> get, JsonTypeInfo typeInfo, bool isList)
    {
        private Shape? _shape;

        internal string Name => name;

        internal Func<object, object?> Get => get;

        internal bool IsList => isList;

        /// <summary>The shape of the value (of each item of a list), found on first use: a type may hold itself.</summary>
        internal Shape Shape => _shape ??= ShapeOf(typeInfo);
    }

    /// <summary>What the walk needs of an object type: its property names, its unknown properties and the properties that hold objects.</summary>
    private sealed class Shape
    {
        internal Shape(JsonTypeInfo typeInfo)
        {
            var children = new List<Child>();
            if (typeInfo.Kind == JsonTypeInfoKind.Object)
            {
                foreach (var property in typeInfo.Properties)
                {
                    if (property.IsExtensionData)
                    {
                        Extension = property.Get;
                        continue;
                    }

                    Names.Add(property.Name);
                    if (property.Get is not { } get)
                    {
                        continue;
                    }

                    var propertyInfo = typeInfo.Options.GetTypeInfo(property.PropertyType);
                    if (propertyInfo.Kind == JsonTypeInfoKind.Object)
                    {
                        children.Add(new Child(property.Name, get, propertyInfo, isList: false));
                    }
                    else if (propertyInfo.Kind == JsonTypeInfoKind.Enumerable && propertyInfo.ElementType is { } element
                        && typeInfo.Options.GetTypeInfo(element) is { Kind: JsonTypeInfoKind.Object } elementInfo)
                    {
                        children.Add(new Child(property.Name, get, elementInfo, isList: true));
                    }
                }
            }

            Children = [.. children];
        }

        internal HashSet<string> Names { get; } = new(StringComparer.Ordinal);

        internal Func<object, object?>? Extension { get; }

        internal Child[] Children { get; }
    }
}
