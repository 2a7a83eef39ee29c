using System.Reflection;
using PeerChallenge.Domain;
using PeerChallenge.Reports.Content;

namespace PeerChallenge.Reports.Tests.Architecture;

/// <summary>
/// The reports package points one way: the domain package knows nothing of it, and what the report says
/// (<c>Content</c>) knows nothing of how it is laid out (<c>Templating</c>, <c>Word</c>, Scriban, Open XML).
/// </summary>
public sealed class LayerTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    [Fact]
    public void The_domain_package_does_not_reference_the_reports_package()
    {
        var references = typeof(ChallengeRecord).Assembly.GetReferencedAssemblies().Select(a => a.Name);
        Assert.DoesNotContain("PeerChallenge.Reports", references);
    }

    [Fact]
    public void The_content_does_not_use_the_layout()
    {
        var content = typeof(ReportContent).Assembly.GetTypes().Where(t => t.Namespace == typeof(ReportContent).Namespace).ToList();
        Assert.NotEmpty(content);
        var used = content.SelectMany(Signatures).Distinct().ToList();
        Assert.DoesNotContain(used, t => t.Namespace is { } ns && (ns.StartsWith("PeerChallenge.Reports.Templating", StringComparison.Ordinal)
            || ns.StartsWith("PeerChallenge.Reports.Word", StringComparison.Ordinal)
            || ns.StartsWith("Scriban", StringComparison.Ordinal)
            || ns.StartsWith("DocumentFormat", StringComparison.Ordinal)));
    }

    /// <summary>Every type a type's members name in their signatures, generic arguments included.</summary>
    private static IEnumerable<Type> Signatures(Type type)
    {
        var named = new List<Type>();
        named.AddRange(type.GetFields(Declared).Select(f => f.FieldType));
        named.AddRange(type.GetProperties(Declared).Select(p => p.PropertyType));
        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            named.AddRange(method.GetParameters().Select(p => p.ParameterType));
            if (method is MethodInfo info)
            {
                named.Add(info.ReturnType);
            }
        }

        return named.SelectMany(Flatten);
    }

    private static IEnumerable<Type> Flatten(Type type)
    {
        yield return type;
        var element = type.HasElementType ? type.GetElementType() : null;
        foreach (var inner in (element is null ? [] : new[] { element }).Concat(type.IsGenericType ? type.GetGenericArguments() : []).SelectMany(Flatten))
        {
            yield return inner;
        }
    }
}
