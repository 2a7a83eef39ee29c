using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Provenance;

/// <summary>
/// How much of a part of a record its sources give: all of it, part of it, or nothing about it. A closed codelist
/// (docs/codelists.md). With a list, <see cref="Known"/> and no items means "none", <see cref="NotKnown"/> means "the
/// sources do not say": the two are different facts.
/// </summary>
/// <remarks>Rules that need a part check what is recorded and, where the part is not fully known, say once what they could not check. Equality is by reference (each member is a single static instance).</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(PeerChallenge.Domain.Serialization.CodeListJsonConverter<Knowledge>))]
public sealed class Knowledge : SmartEnum<Knowledge>, ICodeListItem<Knowledge>
{
    /// <summary>The part is recorded in full: a list holds every item there is, and an empty list means none (<c>known</c>).</summary>
    public static readonly Knowledge Known = new(nameof(Known), 1, "known", "Known");

    /// <summary>The part is recorded as far as the sources go: a list holds some of the items (a source that says "including ..."); there may be more (<c>partly-known</c>).</summary>
    public static readonly Knowledge PartlyKnown = new(nameof(PartlyKnown), 2, "partly-known", "Partly known");

    /// <summary>The sources do not give the part: nothing is recorded, and nothing may be inferred from its absence (<c>not-known</c>).</summary>
    public static readonly Knowledge NotKnown = new(nameof(NotKnown), 3, "not-known", "Not known");

    private static readonly CodeList<Knowledge> Codes = new(Known, PartlyKnown, NotKnown);

    private Knowledge(string name, int value, string code, string displayName)
        : base(name, value)
    {
        Code = code;
        DisplayName = displayName;
    }

    /// <inheritdoc/>
    public string Code { get; }

    /// <inheritdoc/>
    public string DisplayName { get; }

    /// <summary>Gets every state of knowledge, known first, in declaration order.</summary>
    public static IReadOnlyList<Knowledge> All => Codes.Items;

    /// <inheritdoc cref="ICodeListItem{TSelf}.TryFromCode"/>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out Knowledge? item) => Codes.TryFromCode(code, out item);

    /// <summary>Returns the member whose code is <paramref name="code"/> (<c>known</c>, <c>partly-known</c>, <c>not-known</c>).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">No member has that code.</exception>
    public static Knowledge FromCode(string code) => Codes.FromCode(code, "knowledge");

    /// <summary>Returns the code.</summary>
    /// <returns>The code, for example <c>known</c>.</returns>
    public override string ToString() => Code;
}
