using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain;

/// <summary>
/// What kind of earlier inspection or review a record refers to. A closed codelist (docs/codelists.md).
/// </summary>
/// <remarks>An Ofsted inspection may carry a grade; an earlier peer review is identified by its record id. Equality is by reference (each member is a single static instance).</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(PeerChallenge.Domain.Serialization.CodeListJsonConverter<EarlierReviewKind>))]
public sealed class EarlierReviewKind : SmartEnum<EarlierReviewKind>, ICodeListItem<EarlierReviewKind>
{
    /// <summary>An Ofsted inspection of the council's children's services (<c>ofsted-inspection</c>).</summary>
    public static readonly EarlierReviewKind OfstedInspection = new(nameof(OfstedInspection), 1, "ofsted-inspection", "Ofsted inspection");

    /// <summary>An earlier peer challenge or peer review, identified by the id of its record (<c>peer-review</c>).</summary>
    public static readonly EarlierReviewKind PeerReview = new(nameof(PeerReview), 2, "peer-review", "Peer review");

    /// <summary>Any other inspection or review, described by its title (<c>other</c>).</summary>
    public static readonly EarlierReviewKind Other = new(nameof(Other), 3, "other", "Other");

    private static readonly CodeList<EarlierReviewKind> Codes = new(OfstedInspection, PeerReview, Other);

    private EarlierReviewKind(string name, int value, string code, string displayName)
        : base(name, value)
    {
        Code = code;
        DisplayName = displayName;
    }

    /// <inheritdoc/>
    public string Code { get; }

    /// <inheritdoc/>
    public string DisplayName { get; }

    /// <summary>Gets every kind of earlier review, in declaration order.</summary>
    public static IReadOnlyList<EarlierReviewKind> All => Codes.Items;

    /// <inheritdoc cref="ICodeListItem{TSelf}.TryFromCode"/>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out EarlierReviewKind? item) => Codes.TryFromCode(code, out item);

    /// <summary>Returns the member whose code is <paramref name="code"/> (<c>ofsted-inspection</c>, <c>peer-review</c>, <c>other</c>).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">No member has that code.</exception>
    public static EarlierReviewKind FromCode(string code) => Codes.FromCode(code, "earlier review kind");

    /// <summary>Returns the code.</summary>
    /// <returns>The code, for example <c>ofsted-inspection</c>.</returns>
    public override string ToString() => Code;
}
