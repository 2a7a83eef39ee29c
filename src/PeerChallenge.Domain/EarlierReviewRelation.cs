using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain;

/// <summary>
/// How a challenge relates to an earlier inspection or review it refers to. A closed codelist (docs/codelists.md).
/// </summary>
/// <remarks>Reviews come in chains: a review, a follow-up challenge of one service a year later, a wider review after that. Equality is by reference (each member is a single static instance).</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(PeerChallenge.Domain.Serialization.CodeListJsonConverter<EarlierReviewRelation>))]
public sealed class EarlierReviewRelation : SmartEnum<EarlierReviewRelation>, ICodeListItem<EarlierReviewRelation>
{
    /// <summary>The challenge's scope is the progress made since the earlier review ("progress since the 2011 Ofsted inspection") (<c>progress-since</c>).</summary>
    public static readonly EarlierReviewRelation ProgressSince = new(nameof(ProgressSince), 1, "progress-since", "Progress since");

    /// <summary>The challenge follows up the earlier review, for example one service a year later (<c>follow-up</c>).</summary>
    public static readonly EarlierReviewRelation FollowUp = new(nameof(FollowUp), 2, "follow-up", "Follow-up");

    /// <summary>The earlier review is context the challenge took into account (<c>context</c>).</summary>
    public static readonly EarlierReviewRelation Context = new(nameof(Context), 3, "context", "Context");

    private static readonly CodeList<EarlierReviewRelation> Codes = new(ProgressSince, FollowUp, Context);

    private EarlierReviewRelation(string name, int value, string code, string displayName)
        : base(name, value)
    {
        Code = code;
        DisplayName = displayName;
    }

    /// <inheritdoc/>
    public string Code { get; }

    /// <inheritdoc/>
    public string DisplayName { get; }

    /// <summary>Gets every relation, in declaration order.</summary>
    public static IReadOnlyList<EarlierReviewRelation> All => Codes.Items;

    /// <inheritdoc cref="ICodeListItem{TSelf}.TryFromCode"/>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out EarlierReviewRelation? item) => Codes.TryFromCode(code, out item);

    /// <summary>Returns the member whose code is <paramref name="code"/> (<c>progress-since</c>, <c>follow-up</c>, <c>context</c>).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">No member has that code.</exception>
    public static EarlierReviewRelation FromCode(string code) => Codes.FromCode(code, "earlier review relation");

    /// <summary>Returns the code.</summary>
    /// <returns>The code, for example <c>progress-since</c>.</returns>
    public override string ToString() => Code;
}
