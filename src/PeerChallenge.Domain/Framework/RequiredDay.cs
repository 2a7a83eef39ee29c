using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Framework;

/// <summary>
/// The on-site day on which an edition requires a session (<see cref="SessionRequirement.Day"/>): the first or the last.
/// A closed codelist (docs/codelists.md).
/// </summary>
/// <remarks>Equality is by reference (each member is a single static instance).</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(PeerChallenge.Domain.Serialization.CodeListJsonConverter<RequiredDay>))]
public sealed class RequiredDay : SmartEnum<RequiredDay>, ICodeListItem<RequiredDay>
{
    /// <summary>The first on-site day (<c>first</c>).</summary>
    public static readonly RequiredDay First = new(nameof(First), 1, "first", "First on-site day");

    /// <summary>The last on-site day (<c>last</c>).</summary>
    public static readonly RequiredDay Last = new(nameof(Last), 2, "last", "Last on-site day");

    private static readonly CodeList<RequiredDay> Codes = new(First, Last);

    private RequiredDay(string name, int value, string code, string displayName)
        : base(name, value)
    {
        Code = code;
        DisplayName = displayName;
    }

    /// <inheritdoc/>
    public string Code { get; }

    /// <inheritdoc/>
    public string DisplayName { get; }

    /// <summary>Gets both days, first first.</summary>
    public static IReadOnlyList<RequiredDay> All => Codes.Items;

    /// <inheritdoc cref="ICodeListItem{TSelf}.TryFromCode"/>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out RequiredDay? item) => Codes.TryFromCode(code, out item);

    /// <summary>Returns the member whose code is <paramref name="code"/>, for example <c>last</c>.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">No member has that code.</exception>
    public static RequiredDay FromCode(string code) => Codes.FromCode(code, "required day");

    /// <summary>Returns the code.</summary>
    /// <returns>The code, for example <c>last</c>.</returns>
    public override string ToString() => Code;
}
