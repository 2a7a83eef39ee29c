using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Findings;

/// <summary>
/// Where a version of the written report stands: a draft, shared with the council, with the council's comments, final or published. A closed codelist (docs/codelists.md): the stages are the brief's ("the council may consider it before it is final") and the same in every edition.
/// </summary>
/// <remarks>The stages run in this order (the member's <c>Value</c> rises with them); nothing is published before it is final (PC0909). Equality is by reference (each member is a single static instance).</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(PeerChallenge.Domain.Serialization.CodeListJsonConverter<ReportStatus>))]
public sealed class ReportStatus : SmartEnum<ReportStatus>, ICodeListItem<ReportStatus>
{
    /// <summary>Written by the challenge manager from the findings, not yet shared (<c>draft</c>).</summary>
    public static readonly ReportStatus Draft = new(nameof(Draft), 1, "draft", "Draft");

    /// <summary>Sent to the council to check for factual accuracy (<c>shared-with-council</c>).</summary>
    public static readonly ReportStatus SharedWithCouncil = new(nameof(SharedWithCouncil), 2, "shared-with-council", "Shared with the council");

    /// <summary>The council's comments on the draft have come back (<c>council-comments</c>).</summary>
    public static readonly ReportStatus CouncilComments = new(nameof(CouncilComments), 3, "council-comments", "Council comments received");

    /// <summary>Finalised: every comment of the council answered (<c>final</c>).</summary>
    public static readonly ReportStatus Final = new(nameof(Final), 4, "final", "Final");

    /// <summary>Made public by the council, after it was final (<c>published</c>).</summary>
    public static readonly ReportStatus Published = new(nameof(Published), 5, "published", "Published");

    private static readonly CodeList<ReportStatus> Codes = new(Draft, SharedWithCouncil, CouncilComments, Final, Published);

    private ReportStatus(string name, int value, string code, string displayName)
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
    public static IReadOnlyList<ReportStatus> All => Codes.Items;

    /// <inheritdoc cref="ICodeListItem{TSelf}.TryFromCode"/>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out ReportStatus? item) => Codes.TryFromCode(code, out item);

    /// <summary>Returns the member whose code is <paramref name="code"/>, for example <c>draft</c>.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">No member has that code.</exception>
    public static ReportStatus FromCode(string code) => Codes.FromCode(code, "report status");

    /// <summary>Returns the code.</summary>
    /// <returns>The code, for example <c>draft</c>.</returns>
    public override string ToString() => Code;
}
