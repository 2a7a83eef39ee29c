using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Team;

/// <summary>
/// Whether the person who holds a place on the team is confirmed, separate from whether the record gives their name or
/// organisation. A closed codelist (docs/codelists.md).
/// </summary>
/// <remarks>When a member gives no status, it is inferred as before statuses existed: to be confirmed when the name or the home organisation is missing, confirmed otherwise (<see cref="TeamMember.EffectiveStatus"/>). Equality is by reference (each member is a single static instance).</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(PeerChallenge.Domain.Serialization.CodeListJsonConverter<MemberStatus>))]
public sealed class MemberStatus : SmartEnum<MemberStatus>, ICodeListItem<MemberStatus>
{
    /// <summary>The person is confirmed (for a past review: they took part), whether or not the record names them (<c>confirmed</c>).</summary>
    public static readonly MemberStatus Confirmed = new(nameof(Confirmed), 1, "confirmed", "Confirmed");

    /// <summary>The place is planned but the person is not yet confirmed; a source that says "to be confirmed" (<c>to-be-confirmed</c>).</summary>
    public static readonly MemberStatus ToBeConfirmed = new(nameof(ToBeConfirmed), 2, "to-be-confirmed", "To be confirmed");

    /// <summary>The sources do not say whether the person was confirmed (<c>not-known</c>).</summary>
    public static readonly MemberStatus NotKnown = new(nameof(NotKnown), 3, "not-known", "Not known");

    private static readonly CodeList<MemberStatus> Codes = new(Confirmed, ToBeConfirmed, NotKnown);

    private MemberStatus(string name, int value, string code, string displayName)
        : base(name, value)
    {
        Code = code;
        DisplayName = displayName;
    }

    /// <inheritdoc/>
    public string Code { get; }

    /// <inheritdoc/>
    public string DisplayName { get; }

    /// <summary>Gets every status, confirmed first, in declaration order.</summary>
    public static IReadOnlyList<MemberStatus> All => Codes.Items;

    /// <inheritdoc cref="ICodeListItem{TSelf}.TryFromCode"/>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out MemberStatus? item) => Codes.TryFromCode(code, out item);

    /// <summary>Returns the member whose code is <paramref name="code"/> (<c>confirmed</c>, <c>to-be-confirmed</c>, <c>not-known</c>).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">No member has that code.</exception>
    public static MemberStatus FromCode(string code) => Codes.FromCode(code, "member status");

    /// <summary>Returns the code.</summary>
    /// <returns>The code, for example <c>confirmed</c>.</returns>
    public override string ToString() => Code;
}
