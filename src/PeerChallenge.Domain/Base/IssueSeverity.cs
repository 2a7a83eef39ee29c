using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using PeerChallenge.Domain.Framework;

namespace PeerChallenge.Domain.Base;

/// <summary>How serious a <see cref="ValidationIssue"/> is: an error makes a record invalid, a warning does not.</summary>
/// <remarks>Equality is by reference (each member is a single static instance).</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.CodeListJsonConverter<IssueSeverity>))]
public sealed class IssueSeverity : SmartEnum<IssueSeverity>, ICodeListItem<IssueSeverity>
{
    /// <summary>The record breaks a rule of the framework or of the format and is not valid (<c>error</c>).</summary>
    public static readonly IssueSeverity Error = new(nameof(Error), 1, "error", "Error");

    /// <summary>The record is valid but something looks wrong or weak and should be checked (<c>warning</c>).</summary>
    public static readonly IssueSeverity Warning = new(nameof(Warning), 2, "warning", "Warning");

    private static readonly CodeList<IssueSeverity> Codes = new(Error, Warning);

    private IssueSeverity(string name, int value, string code, string displayName)
        : base(name, value)
    {
        Code = code;
        DisplayName = displayName;
    }

    /// <inheritdoc/>
    public string Code { get; }

    /// <inheritdoc/>
    public string DisplayName { get; }

    /// <summary>Gets both severities, error first.</summary>
    public static IReadOnlyList<IssueSeverity> All => Codes.Items;

    /// <inheritdoc cref="ICodeListItem{TSelf}.TryFromCode"/>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out IssueSeverity? item) => Codes.TryFromCode(code, out item);

    /// <summary>Returns the severity whose code is <paramref name="code"/> (<c>error</c> or <c>warning</c>).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The severity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">The code is neither <c>error</c> nor <c>warning</c>.</exception>
    public static IssueSeverity FromCode(string code) => Codes.FromCode(code, "severity");

    /// <summary>Returns the code.</summary>
    /// <returns><c>error</c> or <c>warning</c>.</returns>
    public override string ToString() => Code;
}
