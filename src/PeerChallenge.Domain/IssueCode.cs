namespace PeerChallenge.Domain;

/// <summary>
/// A documented issue code: what a <see cref="ValidationIssue"/> with this code means. Codes are stable:
/// once published, a code keeps its meaning and is never reused.
/// </summary>
/// <param name="Code">The code, <c>PC</c> and four digits; the first two digits name the area (00 reading, 01 record, 02 team, 03 timeline, 04 privacy, 05 edition).</param>
/// <param name="Title">A short kebab-case title, for example <c>role-below-minimum</c>.</param>
/// <param name="Severity">The severity issues with this code carry.</param>
/// <param name="Description">What the rule checks, in plain English.</param>
public sealed record IssueCode(string Code, string Title, IssueSeverity Severity, string Description)
{
    /// <summary>Makes an issue with this code and severity at <paramref name="path"/>.</summary>
    /// <param name="path">A JSON Pointer into the document (empty for the whole document).</param>
    /// <param name="message">The plain-English message.</param>
    /// <returns>The issue.</returns>
    public ValidationIssue At(string path, string message) => new(Code, Severity, path, message);

    /// <summary>Returns the code.</summary>
    /// <returns>The code, for example <c>PC0201</c>.</returns>
    public override string ToString() => Code;
}
