using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Serialization;

namespace PeerChallenge.Domain.Framework;

/// <summary>
/// The code of a theme of a framework edition, for example <c>outcomes</c>. Open: any well-formed code (lower-case letters and digits
/// separated by single hyphens, at most 64 characters) is a theme code, so editions defined as data can add their own; the
/// built-in ones are static members. Always well formed: it cannot be made from anything else.
/// </summary>
/// <remarks>Written in JSON as its text. Equality is ordinal on <see cref="Value"/>.</remarks>
[JsonConverter(typeof(TextValueJsonConverter<ThemeCode>))]
public sealed record ThemeCode : ITextValue<ThemeCode>
{
    /// <summary>2011: Outcomes (<c>outcomes</c>).</summary>
    public static readonly ThemeCode Outcomes = new("outcomes");

    /// <summary>2011 and 2012-13: Vision, Strategy and Leadership (<c>vision-strategy-leadership</c>).</summary>
    public static readonly ThemeCode VisionStrategyLeadership = new("vision-strategy-leadership");

    /// <summary>2011: Working Together and Local Safeguarding Children Board (LSCB) (<c>working-together-lscb</c>).</summary>
    public static readonly ThemeCode WorkingTogetherLscb = new("working-together-lscb");

    /// <summary>2011: Service Delivery and Effective Practice (<c>service-delivery-effective-practice</c>).</summary>
    public static readonly ThemeCode ServiceDeliveryEffectivePractice = new("service-delivery-effective-practice");

    /// <summary>2011: Managing Resources (<c>managing-resources</c>).</summary>
    public static readonly ThemeCode ManagingResources = new("managing-resources");

    /// <summary>2012-13: Effective practice, service delivery and the voice of the child (<c>effective-practice-voice-of-child</c>).</summary>
    public static readonly ThemeCode EffectivePracticeVoiceOfChild = new("effective-practice-voice-of-child");

    /// <summary>2012-13: Outcomes, impact and performance (<c>outcomes-impact-performance</c>).</summary>
    public static readonly ThemeCode OutcomesImpactPerformance = new("outcomes-impact-performance");

    /// <summary>2012-13: Working together (<c>working-together</c>).</summary>
    public static readonly ThemeCode WorkingTogether = new("working-together");

    /// <summary>2012-13: Capacity and managing resources (<c>capacity-managing-resources</c>).</summary>
    public static readonly ThemeCode CapacityManagingResources = new("capacity-managing-resources");

    private ThemeCode(string value) => Value = value;

    /// <summary>Gets the code's text, for example <c>outcomes</c>.</summary>
    public string Value { get; }

    /// <summary>Parses a theme code.</summary>
    /// <param name="text">The text, for example <c>outcomes</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a well-formed code.</exception>
    public static ThemeCode Parse(string text) => KebabCode.Parse(text, value => new ThemeCode(value), Noun, "outcomes");

    /// <summary>Tries to parse a theme code.</summary>
    /// <param name="text">The text; null gives false.</param>
    /// <param name="code">The code, or null.</param>
    /// <returns>True when <paramref name="text"/> is a well-formed code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out ThemeCode? code) => KebabCode.TryParse(text, value => new ThemeCode(value), out code);

    /// <summary>Returns the code's text.</summary>
    /// <returns>The text, for example <c>outcomes</c>.</returns>
    public override string ToString() => Value;

    static string ITextValue<ThemeCode>.Noun => Noun;

    static string ITextValue<ThemeCode>.Form => KebabCode.Form(Noun, "outcomes");

    private static string Noun => "a theme code";
}
