namespace PeerChallenge.Domain.Base;

/// <summary>
/// A documented issue code: what a <see cref="ValidationIssue"/> with this code means. Codes are stable:
/// once published, a code keeps its meaning and is never reused.
/// </summary>
/// <remarks>
/// Each area of the library declares its codes in its own folder (<c>TeamIssueCodes</c> in <c>Team/</c>, and so on);
/// the catalogue of every code is <c>PeerChallenge.Domain.Serialization.IssueCodes</c>. Equality is by value.
/// </remarks>
/// <param name="Code">The code, <c>PC</c> and four digits; the first two digits name the area (00 reading, 01 record, 02 team, 03 timeline, 04 privacy, 05 framework, 06 provenance, 07 evidence).</param>
/// <param name="Title">A short kebab-case title, for example <c>role-below-minimum</c>.</param>
/// <param name="Severity">The severity issues with this code carry.</param>
/// <param name="Description">What the rule checks, in plain English.</param>
public sealed record IssueCode(string Code, string Title, IssueSeverity Severity, string Description)
{
    /// <summary>Makes an issue with this code at <paramref name="path"/>.</summary>
    /// <param name="path">Where in the document (<see cref="JsonPointer.Root"/> for the whole document).</param>
    /// <param name="message">The plain-English message.</param>
    /// <returns>The issue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    public ValidationIssue At(JsonPointer path, string message) => new(this, path, message);

    /// <summary>Returns the code.</summary>
    /// <returns>The code, for example <c>PC0201</c>.</returns>
    public override string ToString() => Code;

    /// <summary>Declares an error code.</summary>
    internal static IssueCode Error(string code, string title, string description) => new(code, title, IssueSeverity.Error, description);

    /// <summary>Declares a warning code.</summary>
    internal static IssueCode Warning(string code, string title, string description) => new(code, title, IssueSeverity.Warning, description);

    /// <summary>Declares an information code: what a rule could not check.</summary>
    internal static IssueCode Information(string code, string title, string description) => new(code, title, IssueSeverity.Information, description);
}
