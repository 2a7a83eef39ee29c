using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain;

/// <summary>
/// The overall grade of an Ofsted inspection of the time. A closed codelist (docs/codelists.md).
/// </summary>
/// <remarks>Inspections graded outstanding, good, adequate or inadequate from 2009 to 2013; "requires improvement (to be good)" replaced adequate from 2013. Equality is by reference (each member is a single static instance).</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(PeerChallenge.Domain.Serialization.CodeListJsonConverter<OfstedGrade>))]
public sealed class OfstedGrade : SmartEnum<OfstedGrade>, ICodeListItem<OfstedGrade>
{
    /// <summary>Outstanding (<c>outstanding</c>).</summary>
    public static readonly OfstedGrade Outstanding = new(nameof(Outstanding), 1, "outstanding", "Outstanding");

    /// <summary>Good (<c>good</c>).</summary>
    public static readonly OfstedGrade Good = new(nameof(Good), 2, "good", "Good");

    /// <summary>Adequate (until 2013) (<c>adequate</c>).</summary>
    public static readonly OfstedGrade Adequate = new(nameof(Adequate), 3, "adequate", "Adequate");

    /// <summary>Requires improvement (to be good), from 2013 (<c>requires-improvement</c>).</summary>
    public static readonly OfstedGrade RequiresImprovement = new(nameof(RequiresImprovement), 4, "requires-improvement", "Requires improvement");

    /// <summary>Inadequate (<c>inadequate</c>).</summary>
    public static readonly OfstedGrade Inadequate = new(nameof(Inadequate), 5, "inadequate", "Inadequate");

    private static readonly CodeList<OfstedGrade> Codes = new(Outstanding, Good, Adequate, RequiresImprovement, Inadequate);

    private OfstedGrade(string name, int value, string code, string displayName)
        : base(name, value)
    {
        Code = code;
        DisplayName = displayName;
    }

    /// <inheritdoc/>
    public string Code { get; }

    /// <inheritdoc/>
    public string DisplayName { get; }

    /// <summary>Gets every grade, best first, in declaration order.</summary>
    public static IReadOnlyList<OfstedGrade> All => Codes.Items;

    /// <inheritdoc cref="ICodeListItem{TSelf}.TryFromCode"/>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out OfstedGrade? item) => Codes.TryFromCode(code, out item);

    /// <summary>Returns the member whose code is <paramref name="code"/> (<c>outstanding</c>, <c>good</c>, <c>adequate</c>, <c>requires-improvement</c>, <c>inadequate</c>).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">No member has that code.</exception>
    public static OfstedGrade FromCode(string code) => Codes.FromCode(code, "ofsted grade");

    /// <summary>Returns the code.</summary>
    /// <returns>The code, for example <c>outstanding</c>.</returns>
    public override string ToString() => Code;
}
