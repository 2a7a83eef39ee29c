using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Provenance;

/// <summary>
/// The kind of a published source a record of a past review is compiled from. A closed codelist (docs/codelists.md).
/// </summary>
/// <remarks>Use <see cref="Other"/> and describe the source in its title when none fits. Equality is by reference (each member is a single static instance).</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(PeerChallenge.Domain.Serialization.CodeListJsonConverter<SourceKind>))]
public sealed class SourceKind : SmartEnum<SourceKind>, ICodeListItem<SourceKind>
{
    /// <summary>A briefing, for example a council's briefing for staff before the visit (<c>briefing</c>).</summary>
    public static readonly SourceKind Briefing = new(nameof(Briefing), 1, "briefing", "Briefing");

    /// <summary>A report or minutes of a council committee, cabinet or scrutiny panel (<c>committee-paper</c>).</summary>
    public static readonly SourceKind CommitteePaper = new(nameof(CommitteePaper), 2, "committee-paper", "Committee paper");

    /// <summary>The formal letter of feedback after the visit (<c>feedback-letter</c>).</summary>
    public static readonly SourceKind FeedbackLetter = new(nameof(FeedbackLetter), 3, "feedback-letter", "Feedback letter");

    /// <summary>Slides, for example the feedback presentation on the last on-site day (<c>presentation</c>).</summary>
    public static readonly SourceKind Presentation = new(nameof(Presentation), 4, "presentation", "Presentation");

    /// <summary>A published report, for example the peer review report (<c>report</c>).</summary>
    public static readonly SourceKind Report = new(nameof(Report), 5, "report", "Report");

    /// <summary>A page of a website (<c>web-page</c>).</summary>
    public static readonly SourceKind WebPage = new(nameof(WebPage), 6, "web-page", "Web page");

    /// <summary>Any other source (<c>other</c>).</summary>
    public static readonly SourceKind Other = new(nameof(Other), 7, "other", "Other");

    private static readonly CodeList<SourceKind> Codes = new(Briefing, CommitteePaper, FeedbackLetter, Presentation, Report, WebPage, Other);

    private SourceKind(string name, int value, string code, string displayName)
        : base(name, value)
    {
        Code = code;
        DisplayName = displayName;
    }

    /// <inheritdoc/>
    public string Code { get; }

    /// <inheritdoc/>
    public string DisplayName { get; }

    /// <summary>Gets every kind of source, in declaration order.</summary>
    public static IReadOnlyList<SourceKind> All => Codes.Items;

    /// <inheritdoc cref="ICodeListItem{TSelf}.TryFromCode"/>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out SourceKind? item) => Codes.TryFromCode(code, out item);

    /// <summary>Returns the member whose code is <paramref name="code"/> (<c>briefing</c>, <c>committee-paper</c>, <c>feedback-letter</c>, <c>presentation</c>, <c>report</c>, <c>web-page</c>, <c>other</c>).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">No member has that code.</exception>
    public static SourceKind FromCode(string code) => Codes.FromCode(code, "source kind");

    /// <summary>Returns the code.</summary>
    /// <returns>The code, for example <c>briefing</c>.</returns>
    public override string ToString() => Code;
}
