using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Provenance;

/// <summary>
/// What a record is: the plan of a challenge, a challenge under way, or a record of a past review compiled from
/// published sources. A closed codelist (docs/codelists.md). The rules that only make sense for a plan (a role still to
/// be filled, Ofsted still to be notified) do not run on a past review.
/// </summary>
/// <remarks>The default is <see cref="Plan"/>, so a record written before kinds existed reads as a plan. Equality is by reference (each member is a single static instance).</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(PeerChallenge.Domain.Serialization.CodeListJsonConverter<RecordKind>))]
public sealed class RecordKind : SmartEnum<RecordKind>, ICodeListItem<RecordKind>
{
    /// <summary>The plan of a challenge still to come; every rule applies (<c>plan</c>).</summary>
    public static readonly RecordKind Plan = new(nameof(Plan), 1, "plan", "Plan");

    /// <summary>A challenge under way (in its lead-in or on site); the rules are those of a plan (<c>live</c>).</summary>
    public static readonly RecordKind Live = new(nameof(Live), 2, "live", "Live challenge");

    /// <summary>A review that has taken place, recorded from the sources that were published; the record holds what they say, no more (<c>past-review</c>).</summary>
    public static readonly RecordKind PastReview = new(nameof(PastReview), 3, "past-review", "Past review");

    private static readonly CodeList<RecordKind> Codes = new(Plan, Live, PastReview);

    private RecordKind(string name, int value, string code, string displayName)
        : base(name, value)
    {
        Code = code;
        DisplayName = displayName;
    }

    /// <inheritdoc/>
    public string Code { get; }

    /// <inheritdoc/>
    public string DisplayName { get; }

    /// <summary>Gets every kind of record, plan first, in declaration order.</summary>
    public static IReadOnlyList<RecordKind> All => Codes.Items;

    /// <inheritdoc cref="ICodeListItem{TSelf}.TryFromCode"/>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out RecordKind? item) => Codes.TryFromCode(code, out item);

    /// <summary>Returns the member whose code is <paramref name="code"/> (<c>plan</c>, <c>live</c>, <c>past-review</c>).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">No member has that code.</exception>
    public static RecordKind FromCode(string code) => Codes.FromCode(code, "record kind");

    /// <summary>Returns the code.</summary>
    /// <returns>The code, for example <c>plan</c>.</returns>
    public override string ToString() => Code;
}
