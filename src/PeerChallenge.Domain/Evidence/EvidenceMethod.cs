using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Evidence;

/// <summary>
/// How the team gathered an <see cref="EvidenceItem"/>: reading documents, interviews, focus groups, reading case files, questionnaires, observation, analysing data. A closed codelist (docs/codelists.md).
/// </summary>
/// <remarks>A source of people (<see cref="EvidenceItem.Source"/>) is described only as a group, whatever the method. Equality is by reference (each member is a single static instance).</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(PeerChallenge.Domain.Serialization.CodeListJsonConverter<EvidenceMethod>))]
public sealed class EvidenceMethod : SmartEnum<EvidenceMethod>, ICodeListItem<EvidenceMethod>
{
    /// <summary>Reading documents of the library (<c>document-review</c>).</summary>
    public static readonly EvidenceMethod DocumentReview = new(nameof(DocumentReview), 1, "document-review", "Document review");

    /// <summary>An interview (<c>interview</c>).</summary>
    public static readonly EvidenceMethod Interview = new(nameof(Interview), 2, "interview", "Interview");

    /// <summary>A focus group (<c>focus-group</c>).</summary>
    public static readonly EvidenceMethod FocusGroup = new(nameof(FocusGroup), 3, "focus-group", "Focus group");

    /// <summary>Reading case files (<c>case-file-reading</c>).</summary>
    public static readonly EvidenceMethod CaseFileReading = new(nameof(CaseFileReading), 4, "case-file-reading", "Case file reading");

    /// <summary>A questionnaire (<c>questionnaire</c>).</summary>
    public static readonly EvidenceMethod Questionnaire = new(nameof(Questionnaire), 5, "questionnaire", "Questionnaire");

    /// <summary>Observing practice or a meeting (<c>observation</c>).</summary>
    public static readonly EvidenceMethod Observation = new(nameof(Observation), 6, "observation", "Observation");

    /// <summary>Analysing performance or other data (<c>data-analysis</c>).</summary>
    public static readonly EvidenceMethod DataAnalysis = new(nameof(DataAnalysis), 7, "data-analysis", "Data analysis");

    private static readonly CodeList<EvidenceMethod> Codes = new(DocumentReview, Interview, FocusGroup, CaseFileReading, Questionnaire, Observation, DataAnalysis);

    private EvidenceMethod(string name, int value, string code, string displayName)
        : base(name, value)
    {
        Code = code;
        DisplayName = displayName;
    }

    /// <inheritdoc/>
    public string Code { get; }

    /// <inheritdoc/>
    public string DisplayName { get; }

    /// <summary>Gets every method, in declaration order.</summary>
    public static IReadOnlyList<EvidenceMethod> All => Codes.Items;

    /// <inheritdoc cref="ICodeListItem{TSelf}.TryFromCode"/>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out EvidenceMethod? item) => Codes.TryFromCode(code, out item);

    /// <summary>Returns the member whose code is <paramref name="code"/>, for example <c>focus-group</c>.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">No member has that code.</exception>
    public static EvidenceMethod FromCode(string code) => Codes.FromCode(code, "evidence method");

    /// <summary>Returns the code.</summary>
    /// <returns>The code, for example <c>focus-group</c>.</returns>
    public override string ToString() => Code;
}
