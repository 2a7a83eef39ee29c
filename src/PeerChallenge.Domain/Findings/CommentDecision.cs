using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Findings;

/// <summary>
/// What the team decided on a comment of the council on the draft report: accepted (the report was changed) or not accepted (with a reason). A closed codelist (docs/codelists.md).
/// </summary>
/// <remarks>A comment not accepted needs a reason (PC0915); a final report answers every comment (PC0908). Equality is by reference (each member is a single static instance).</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(PeerChallenge.Domain.Serialization.CodeListJsonConverter<CommentDecision>))]
public sealed class CommentDecision : SmartEnum<CommentDecision>, ICodeListItem<CommentDecision>
{
    /// <summary>The report was changed as the council asked (<c>accepted</c>).</summary>
    public static readonly CommentDecision Accepted = new(nameof(Accepted), 1, "accepted", "Accepted");

    /// <summary>The report stands as written, for the reason given (<c>not-accepted</c>).</summary>
    public static readonly CommentDecision NotAccepted = new(nameof(NotAccepted), 2, "not-accepted", "Not accepted");

    private static readonly CodeList<CommentDecision> Codes = new(Accepted, NotAccepted);

    private CommentDecision(string name, int value, string code, string displayName)
        : base(name, value)
    {
        Code = code;
        DisplayName = displayName;
    }

    /// <inheritdoc/>
    public string Code { get; }

    /// <inheritdoc/>
    public string DisplayName { get; }

    /// <summary>Gets every member, in declaration order.</summary>
    public static IReadOnlyList<CommentDecision> All => Codes.Items;

    /// <inheritdoc cref="ICodeListItem{TSelf}.TryFromCode"/>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out CommentDecision? item) => Codes.TryFromCode(code, out item);

    /// <summary>Returns the member whose code is <paramref name="code"/>, for example <c>accepted</c>.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">No member has that code.</exception>
    public static CommentDecision FromCode(string code) => Codes.FromCode(code, "comment decision");

    /// <summary>Returns the code.</summary>
    /// <returns>The code, for example <c>accepted</c>.</returns>
    public override string ToString() => Code;
}
