using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Evidence;

/// <summary>
/// What kind of document of the document library a <see cref="Document"/> is: a plan, a policy, a performance report, minutes. A closed codelist (docs/codelists.md).
/// </summary>
/// <remarks>The kinds a council's pre-visit document library holds; <see cref="Other"/> for anything else, described by its title. Equality is by reference (each member is a single static instance).</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(PeerChallenge.Domain.Serialization.CodeListJsonConverter<DocumentKind>))]
public sealed class DocumentKind : SmartEnum<DocumentKind>, ICodeListItem<DocumentKind>
{
    /// <summary>A plan, for example the children and young people's plan or an LSCB business plan (<c>plan</c>).</summary>
    public static readonly DocumentKind Plan = new(nameof(Plan), 1, "plan", "Plan");

    /// <summary>A policy (<c>policy</c>).</summary>
    public static readonly DocumentKind Policy = new(nameof(Policy), 2, "policy", "Policy");

    /// <summary>A procedure or protocol, for example the local safeguarding procedures or the threshold document (<c>procedure</c>).</summary>
    public static readonly DocumentKind Procedure = new(nameof(Procedure), 3, "procedure", "Procedure");

    /// <summary>A performance report or performance information (<c>performance-report</c>).</summary>
    public static readonly DocumentKind PerformanceReport = new(nameof(PerformanceReport), 4, "performance-report", "Performance report");

    /// <summary>The council's self-assessment for the challenge (<c>self-assessment</c>).</summary>
    public static readonly DocumentKind SelfAssessment = new(nameof(SelfAssessment), 5, "self-assessment", "Self-assessment");

    /// <summary>An inspection report, for example of an Ofsted inspection (<c>inspection-report</c>).</summary>
    public static readonly DocumentKind InspectionReport = new(nameof(InspectionReport), 6, "inspection-report", "Inspection report");

    /// <summary>Minutes of a meeting, for example of the LSCB (<c>minutes</c>).</summary>
    public static readonly DocumentKind Minutes = new(nameof(Minutes), 7, "minutes", "Minutes");

    /// <summary>Any other document, described by its title (<c>other</c>).</summary>
    public static readonly DocumentKind Other = new(nameof(Other), 8, "other", "Other");

    private static readonly CodeList<DocumentKind> Codes = new(Plan, Policy, Procedure, PerformanceReport, SelfAssessment, InspectionReport, Minutes, Other);

    private DocumentKind(string name, int value, string code, string displayName)
        : base(name, value)
    {
        Code = code;
        DisplayName = displayName;
    }

    /// <inheritdoc/>
    public string Code { get; }

    /// <inheritdoc/>
    public string DisplayName { get; }

    /// <summary>Gets every kind of document, in declaration order.</summary>
    public static IReadOnlyList<DocumentKind> All => Codes.Items;

    /// <inheritdoc cref="ICodeListItem{TSelf}.TryFromCode"/>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out DocumentKind? item) => Codes.TryFromCode(code, out item);

    /// <summary>Returns the member whose code is <paramref name="code"/>, for example <c>performance-report</c>.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">No member has that code.</exception>
    public static DocumentKind FromCode(string code) => Codes.FromCode(code, "document kind");

    /// <summary>Returns the code.</summary>
    /// <returns>The code, for example <c>performance-report</c>.</returns>
    public override string ToString() => Code;
}
