using System.Reflection;
using System.Reflection.Emit;

namespace PeerChallenge.Domain.Tests.Architecture;

/// <summary>
/// Keeps the package's folders in layers that only point down (docs/architecture.md): the base knows nothing of
/// ours, each part knows the base and the parts below it, the record knows the parts, Serialization sits beside the
/// record and knows it. Every type reference counts: signatures, base types, attributes and the code in method bodies.
/// The one exception is an attribute that names a converter in Serialization (<c>[JsonConverter(typeof(...))]</c>).
/// </summary>
public sealed class LayerTests
{
    /// <summary>Each folder of the package (its namespace) and its layer: a folder may only use folders of a lower layer.</summary>
    internal static readonly IReadOnlyDictionary<string, int> Layers = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["Base"] = 0,
        ["Privacy"] = 1,
        ["Organisations"] = 1,
        ["Provenance"] = 1,
        ["Framework"] = 2,
        ["Team"] = 3,
        ["Evidence"] = 3,
        ["Timeline"] = 3,
        ["OnSite"] = 4,
        ["Findings"] = 4,
        ["Record"] = 5,
        ["Export"] = 6,
        ["Serialization"] = 7,
    };

    private const string Root = "PeerChallenge.Domain";

    private static readonly Assembly Package = typeof(ChallengeRecord).Assembly;

    private static readonly Lazy<IReadOnlyList<Arrow>> AllArrows = new(() => [.. Package.GetTypes().SelectMany(ArrowsFrom)]);

    [Fact]
    public void Every_folder_of_the_package_has_a_layer()
    {
        var folders = Package.GetTypes().Select(FolderOf).OfType<string>().Distinct().Order(StringComparer.Ordinal);

        Assert.All(folders, folder => Assert.True(Layers.ContainsKey(folder), $"The folder {folder} has no layer: add it to docs/architecture.md and to LayerTests.Layers."));
    }

    [Fact]
    public void Folders_only_use_folders_of_lower_layers()
    {
        var upward = AllArrows.Value
            .Where(a => a.From != a.To && Layers.GetValueOrDefault(a.From, int.MaxValue) <= Layers.GetValueOrDefault(a.To, int.MaxValue))
            .Select(a => a.ToString())
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(upward.Count == 0, "Arrows against the layers:\n" + string.Join("\n", upward));
    }

    [Fact]
    public void The_check_sees_arrows_in_method_bodies_signatures_and_attributes()
    {
        // The test would pass vacuously if it found no arrows: these are known to exist.
        Assert.Contains(AllArrows.Value, a => a is { From: "Record", To: "Team" } && a.Via.Contains("-> PeerChallenge.Domain.Team.TeamComposition (code of", StringComparison.Ordinal));
        Assert.Contains(AllArrows.Value, a => a is { From: "Framework", To: "Privacy" });
        Assert.Contains(AllArrows.Value, a => a is { From: "Serialization", To: "Record" });
        Assert.Contains(AllArrows.Value, a => a is { From: "Team", To: "Organisations" });
        Assert.DoesNotContain(AllArrows.Value, a => a is { From: "Framework", To: "Serialization" }); // [JsonConverter] only
    }

    [Fact]
    public void Every_source_file_declares_the_namespace_of_its_folder()
    {
        var source = RepositoryFiles.PathOf("src", Root);
        var wrong = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (File: Path.GetRelativePath(source, f).Replace('\\', '/'), Namespace: DeclaredNamespace(f)))
            .Where(f => f.Namespace != ExpectedNamespace(f.File))
            .Select(f => $"{f.File} declares {f.Namespace}, expected {ExpectedNamespace(f.File)}")
            .ToList();

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static string ExpectedNamespace(string relativeFile)
    {
        var folder = Path.GetDirectoryName(relativeFile)!.Replace('\\', '/');
        return folder.Length == 0 ? Root : $"{Root}.{folder.Replace('/', '.')}";
    }

    private static string? DeclaredNamespace(string file) =>
        File.ReadLines(file).Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("namespace ", StringComparison.Ordinal))?["namespace ".Length..].TrimEnd(';');

    /// <summary>The folder (layer unit) of a type of the package: the first namespace segment after the root, or <c>Record</c> for the root itself; null for types not ours.</summary>
    private static string? FolderOf(Type type)
    {
        var ns = type.Namespace;
        if (type.Assembly != Package || ns is null || !(ns == Root || ns.StartsWith(Root + ".", StringComparison.Ordinal)))
        {
            return null;
        }

        return ns == Root ? "Record" : ns[(Root.Length + 1)..].Split('.')[0];
    }

    private static IEnumerable<Arrow> ArrowsFrom(Type type)
    {
        if (FolderOf(type) is not { } from)
        {
            yield break;
        }

        foreach (var (used, via) in UsedTypes(type))
        {
            foreach (var t in Expand(used))
            {
                if (FolderOf(t) is { } to && to != from)
                {
                    yield return new Arrow(from, to, $"{type.FullName} -> {t.FullName} ({via})");
                }
            }
        }
    }

    /// <summary>The types <paramref name="type"/> uses, with where: its signature, its members, attributes (but converters named by an attribute) and its IL.</summary>
    private static IEnumerable<(Type Type, string Via)> UsedTypes(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        if (type.BaseType is { } baseType)
        {
            yield return (baseType, "base type");
        }

        foreach (var face in type.GetInterfaces())
        {
            yield return (face, "interface");
        }

        foreach (var attributeType in AttributeTypes(type.CustomAttributes))
        {
            yield return (attributeType, "attribute");
        }

        foreach (var field in type.GetFields(all))
        {
            yield return (field.FieldType, $"field {field.Name}");
        }

        foreach (var property in type.GetProperties(all))
        {
            yield return (property.PropertyType, $"property {property.Name}");
            foreach (var attributeType in AttributeTypes(property.CustomAttributes))
            {
                yield return (attributeType, $"attribute of {property.Name}");
            }
        }

        foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            if (method is MethodInfo info)
            {
                yield return (info.ReturnType, $"{method.Name} returns");
            }

            foreach (var parameter in method.GetParameters())
            {
                yield return (parameter.ParameterType, $"{method.Name} parameter");
            }

            foreach (var used in BodyTypes(method))
            {
                yield return (used, $"code of {method.Name}");
            }
        }
    }

    /// <summary>The attribute types and the types named in attribute arguments, leaving out Serialization's converters.</summary>
    private static IEnumerable<Type> AttributeTypes(IEnumerable<CustomAttributeData> attributes)
    {
        foreach (var attribute in attributes)
        {
            yield return attribute.AttributeType;
            foreach (var argument in attribute.ConstructorArguments)
            {
                if (argument.Value is Type named && !(attribute.AttributeType.Name == "JsonConverterAttribute" && FolderOf(named.IsGenericType ? named.GetGenericTypeDefinition() : named) == "Serialization"))
                {
                    yield return named;
                }
            }
        }
    }

    /// <summary>The types a method body uses: locals, and the operands of calls, field accesses, casts, allocations and tokens.</summary>
    private static IEnumerable<Type> BodyTypes(MethodBase method)
    {
        MethodBody? body;
        try
        {
            body = method.GetMethodBody();
        }
        catch (Exception ex) when (ex is InvalidOperationException or NotSupportedException)
        {
            yield break;
        }

        if (body?.GetILAsByteArray() is not { } il)
        {
            yield break;
        }

        foreach (var local in body.LocalVariables)
        {
            yield return local.LocalType;
        }

        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var position = 0;
        while (position < il.Length)
        {
            var opCode = il[position] == 0xFE ? TwoByte[il[position + 1]] : OneByte[il[position]];
            position += il[position] == 0xFE ? 2 : 1;
            var size = OperandSize(opCode.OperandType, il, position);
            if (opCode.OperandType is OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineType or OperandType.InlineTok)
            {
                var token = BitConverter.ToInt32(il, position);
                MemberInfo? member = null;
                try
                {
                    member = method.Module.ResolveMember(token, typeArguments, methodArguments);
                }
                catch (ArgumentException)
                {
                    // A token of a generic context this method cannot supply: its declaring type is still seen by its own signature.
                }

                switch (member)
                {
                    case Type used:
                        yield return used;
                        break;
                    case FieldInfo field:
                        yield return field.DeclaringType!;
                        yield return field.FieldType;
                        break;
                    case MethodBase called:
                        yield return called.DeclaringType!;
                        if (called is MethodInfo calledInfo)
                        {
                            yield return calledInfo.ReturnType;
                            foreach (var argument in calledInfo.IsGenericMethod ? calledInfo.GetGenericArguments() : [])
                            {
                                yield return argument;
                            }
                        }

                        break;
                }
            }

            position += size;
        }
    }

    private static int OperandSize(OperandType operand, byte[] il, int position) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, position)),
        _ => 4,
    };

    private static readonly OpCode[] OneByte = OpCodeTable(oneByte: true);

    private static readonly OpCode[] TwoByte = OpCodeTable(oneByte: false);

    private static OpCode[] OpCodeTable(bool oneByte)
    {
        var table = new OpCode[256];
        foreach (var code in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (OpCode)f.GetValue(null)!))
        {
            if ((code.Size == 1) == oneByte)
            {
                table[code.Value & 0xFF] = code;
            }
        }

        return table;
    }

    /// <summary>The type with its element type and generic arguments, all of which it depends on.</summary>
    private static IEnumerable<Type> Expand(Type type)
    {
        if (type.HasElementType)
        {
            foreach (var t in Expand(type.GetElementType()!))
            {
                yield return t;
            }

            yield break;
        }

        if (type.IsGenericParameter)
        {
            yield break;
        }

        yield return type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        if (type.IsGenericType)
        {
            foreach (var t in type.GetGenericArguments().SelectMany(Expand))
            {
                yield return t;
            }
        }
    }

    /// <summary>One folder using another, with the place that shows it.</summary>
    private sealed record Arrow(string From, string To, string Via)
    {
        public override string ToString() => $"{From} -> {To}: {Via}";
    }
}
