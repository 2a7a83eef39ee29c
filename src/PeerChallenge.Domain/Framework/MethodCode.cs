using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Serialization;

namespace PeerChallenge.Domain.Framework;

/// <summary>
/// The code of a method of the challenge, for example <c>case-mapping</c>. Open: any well-formed code (lower-case letters and digits
/// separated by single hyphens, at most 64 characters) is a method code, so editions defined as data can add their own; the
/// built-in ones are static members. Always well formed: it cannot be made from anything else.
/// </summary>
/// <remarks>Written in JSON as its text. Equality is ordinal on <see cref="Value"/>.</remarks>
[JsonConverter(typeof(TextValueJsonConverter<MethodCode>))]
public sealed record MethodCode : ITextValue<MethodCode>
{
    /// <summary>2011: documentary analysis (<c>documentary-analysis</c>).</summary>
    public static readonly MethodCode DocumentaryAnalysis = new("documentary-analysis");

    /// <summary>2011: questionnaire (<c>questionnaire</c>).</summary>
    public static readonly MethodCode Questionnaire = new("questionnaire");

    /// <summary>2011 and 2012-13: case mapping (<c>case-mapping</c>).</summary>
    public static readonly MethodCode CaseMapping = new("case-mapping");

    /// <summary>2011 and 2012-13: on-site interviews (<c>on-site-interviews</c>).</summary>
    public static readonly MethodCode OnSiteInterviews = new("on-site-interviews");

    /// <summary>2011: feedback workshop (<c>feedback-workshop</c>).</summary>
    public static readonly MethodCode FeedbackWorkshop = new("feedback-workshop");

    /// <summary>2012-13: self-assessment and documentary analysis (<c>self-assessment-documentary-analysis</c>).</summary>
    public static readonly MethodCode SelfAssessmentDocumentaryAnalysis = new("self-assessment-documentary-analysis");

    /// <summary>2012-13: audit validation (<c>audit-validation</c>).</summary>
    public static readonly MethodCode AuditValidation = new("audit-validation");

    /// <summary>2012-13: focus groups and questionnaire (<c>focus-groups-questionnaire</c>).</summary>
    public static readonly MethodCode FocusGroupsQuestionnaire = new("focus-groups-questionnaire");

    /// <summary>2012-13: feedback and prioritisation conference (<c>feedback-prioritisation-conference</c>).</summary>
    public static readonly MethodCode FeedbackPrioritisationConference = new("feedback-prioritisation-conference");

    private MethodCode(string value) => Value = value;

    /// <summary>Gets the code's text, for example <c>case-mapping</c>.</summary>
    public string Value { get; }

    /// <summary>Parses a method code.</summary>
    /// <param name="text">The text, for example <c>case-mapping</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a well-formed code.</exception>
    public static MethodCode Parse(string text) => KebabCode.Parse(text, value => new MethodCode(value), Noun, "case-mapping");

    /// <summary>Tries to parse a method code.</summary>
    /// <param name="text">The text; null gives false.</param>
    /// <param name="code">The code, or null.</param>
    /// <returns>True when <paramref name="text"/> is a well-formed code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out MethodCode? code) => KebabCode.TryParse(text, value => new MethodCode(value), out code);

    /// <summary>Returns the code's text.</summary>
    /// <returns>The text, for example <c>case-mapping</c>.</returns>
    public override string ToString() => Value;

    static string ITextValue<MethodCode>.Noun => Noun;

    static string ITextValue<MethodCode>.Form => KebabCode.Form(Noun, "case-mapping");

    private static string Noun => "a method code";
}
