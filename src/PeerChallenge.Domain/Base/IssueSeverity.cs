using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using PeerChallenge.Domain.Framework;

namespace PeerChallenge.Domain.Base;

/// <summary>How serious a <see cref="ValidationIssue"/> is: an error makes a record invalid; a warning and information do not.</summary>
/// <remarks>Equality is by reference (each member is a single static instance).</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.CodeListJsonConverter<IssueSeverity>))]
public sealed class IssueSeverity : SmartEnum<IssueSeverity>, ICodeListItem<IssueSeverity>
{
    /// <summary>The record breaks a rule of the framework or of the format and is not valid (<c>error</c>).</summary>
    public static readonly IssueSeverity Error = new(nameof(Error), 1, "error", "Error");

    /// <summary>The record is valid but something looks wrong or weak and should be checked (<c>warning</c>).</summary>
    public static readonly IssueSeverity Warning = new(nameof(Warning), 2, "warning", "Warning");

    /// <summary>
    /// Not a problem: what a rule could not check because the record does not know enough (a past review whose team
    /// is only partly recorded), said once so that a reader knows the record was not checked there (<c>information</c>).
    /// </summary>
    public static readonly IssueSeverity Information = new(nameof(Information), 3, "information", "Information");

    private static readonly CodeList<IssueSeverity> Codes = new(Error, Warning, Information);

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

    /// <summary>Gets every severity: error, warning, information.</summary>
    public static IReadOnlyList<IssueSeverity> All => Codes.Items;

    /// <inheritdoc cref="ICodeListItem{TSelf}.TryFromCode"/>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out IssueSeverity? item) => Codes.TryFromCode(code, out item);

    /// <summary>Returns the severity whose code is <paramref name="code"/> (<c>error</c>, <c>warning</c> or <c>information</c>).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The severity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">The code is not <c>error</c>, <c>warning</c> or <c>information</c>.</exception>
    public static IssueSeverity FromCode(string code) => Codes.FromCode(code, "severity");

    /// <summary>Returns the code.</summary>
    /// <returns><c>error</c>, <c>warning</c> or <c>information</c>.</returns>
    public override string ToString() => Code;
}
