using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Findings;

/// <summary>
/// Where an action of the council's action plan stands: not started, on track, at risk, off track or done. A closed codelist (docs/codelists.md): the RAG status councils report to their scrutiny committees.
/// </summary>
/// <remarks>An action not done by its due date is overdue relative to a date passed in (PC0919, <see cref="PlannedAction.IsOverdue"/>). Equality is by reference (each member is a single static instance).</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(PeerChallenge.Domain.Serialization.CodeListJsonConverter<ActionStatus>))]
public sealed class ActionStatus : SmartEnum<ActionStatus>, ICodeListItem<ActionStatus>
{
    /// <summary>Planned, not begun (<c>not-started</c>).</summary>
    public static readonly ActionStatus NotStarted = new(nameof(NotStarted), 1, "not-started", "Not started");

    /// <summary>Under way and expected by its due date, green (<c>on-track</c>).</summary>
    public static readonly ActionStatus OnTrack = new(nameof(OnTrack), 2, "on-track", "On track");

    /// <summary>Under way, its due date or outcome at risk, amber (<c>at-risk</c>).</summary>
    public static readonly ActionStatus AtRisk = new(nameof(AtRisk), 3, "at-risk", "At risk");

    /// <summary>Behind, not expected by its due date, red (<c>off-track</c>).</summary>
    public static readonly ActionStatus OffTrack = new(nameof(OffTrack), 4, "off-track", "Off track");

    /// <summary>Completed (<c>done</c>).</summary>
    public static readonly ActionStatus Done = new(nameof(Done), 5, "done", "Done");

    private static readonly CodeList<ActionStatus> Codes = new(NotStarted, OnTrack, AtRisk, OffTrack, Done);

    private ActionStatus(string name, int value, string code, string displayName)
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
    public static IReadOnlyList<ActionStatus> All => Codes.Items;

    /// <inheritdoc cref="ICodeListItem{TSelf}.TryFromCode"/>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out ActionStatus? item) => Codes.TryFromCode(code, out item);

    /// <summary>Returns the member whose code is <paramref name="code"/>, for example <c>not-started</c>.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">No member has that code.</exception>
    public static ActionStatus FromCode(string code) => Codes.FromCode(code, "action status");

    /// <summary>Returns the code.</summary>
    /// <returns>The code, for example <c>not-started</c>.</returns>
    public override string ToString() => Code;
}
