using System.Reflection;

namespace PeerChallenge.Domain.Tests.Architecture;

/// <summary>Checks rules that hold across the whole assembly, in the manner of NodaTime's ConsistencyTest.</summary>
public sealed class ConsistencyTests
{
    private static readonly Type[] PublicTypes = typeof(ChallengeRecord).Assembly.GetExportedTypes();

    public static TheoryData<string> ConcreteClasses =>
        [.. PublicTypes.Where(t => t.IsClass && !t.IsAbstract).Select(t => t.FullName!)];

    [Theory]
    [MemberData(nameof(ConcreteClasses))]
    public void Public_classes_are_sealed_or_static(string typeName)
    {
        var type = PublicTypes.Single(t => t.FullName == typeName);
        Assert.True(type.IsSealed, $"{typeName} should be sealed (or static).");
    }

    [Theory]
    [MemberData(nameof(ConcreteClasses))]
    public void Domain_types_have_no_public_setters(string typeName)
    {
        var type = PublicTypes.Single(t => t.FullName == typeName);
        var mutable = type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(p => p.DeclaringType!.Assembly == type.Assembly)
            .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            .Select(p => p.Name)
            .ToList();

        Assert.True(mutable.Count == 0, $"{typeName} has public setters: {string.Join(", ", mutable)}.");
    }

    [Fact]
    public void Equal_records_have_equal_hash_codes_and_operators_agree()
    {
        var a = TestRecords.Rotherham2011 with { Team = [.. TestRecords.Rotherham2011.Team] };
        var b = TestRecords.Rotherham2011 with { Team = [.. TestRecords.Rotherham2011.Team] };

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { Team = [.. a.Team.Skip(1)] });
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
}
