using System.Diagnostics.CodeAnalysis;

namespace PeerChallenge.Domain.Base;

/// <summary>
/// A member of a closed, documented codelist (for example the sectors of organisations). In JSON a member is
/// always written as its <see cref="Code"/>, never as a number.
/// </summary>
/// <typeparam name="TSelf">The codelist type itself.</typeparam>
/// <remarks>
/// Lookups go through the codelist's own declaration-ordered list, never through reflection, so they work
/// in trimmed and native AOT applications.
/// </remarks>
public interface ICodeListItem<TSelf>
    where TSelf : class, ICodeListItem<TSelf>
{
    /// <summary>Gets the stable code used in JSON and in the documentation, for example <c>local-government</c>.</summary>
    string Code { get; }

    /// <summary>Gets the plain-English label of this member.</summary>
    string DisplayName { get; }

    /// <summary>Gets every member of the codelist, in declaration (documentation) order.</summary>
    static abstract IReadOnlyList<TSelf> All { get; }

    /// <summary>Finds the member whose code is <paramref name="code"/> (ordinal, case-sensitive).</summary>
    /// <param name="code">The code to look up; null finds nothing.</param>
    /// <param name="item">The member found, or null.</param>
    /// <returns>True when a member has that code.</returns>
    static abstract bool TryFromCode(string? code, [NotNullWhen(true)] out TSelf? item);
}
