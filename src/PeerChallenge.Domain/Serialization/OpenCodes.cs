using PeerChallenge.Domain.Framework;

namespace PeerChallenge.Domain.Serialization;

/// <summary>The open codes of the framework (editions, themes, roles, methods, role groups): written as kebab-case text, well formed by construction.</summary>
internal static class OpenCodes
{
    /// <summary>True when <paramref name="type"/> is one of the open code types.</summary>
    internal static bool Is(Type type) =>
        type == typeof(EditionCode) || type == typeof(ThemeCode) || type == typeof(RoleCode) || type == typeof(MethodCode) || type == typeof(RoleGroupCode);
}
