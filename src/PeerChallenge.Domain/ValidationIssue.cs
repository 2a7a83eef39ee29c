namespace PeerChallenge.Domain;

/// <summary>
/// One problem found in a peer challenge record, by the reader or by a validator.
/// </summary>
/// <param name="Code">The stable issue code, for example <c>PC0201</c>; every code is listed in <c>docs/issue-codes.md</c> and in <see cref="IssueCodes.All"/>.</param>
/// <param name="Severity">Whether the issue makes the record invalid (<see cref="IssueSeverity.Error"/>) or is a warning.</param>
/// <param name="Path">A JSON Pointer (RFC 6901) to the place in the interchange document, for example <c>/team/2/role</c>; the empty string is the whole document.</param>
/// <param name="Message">A plain-English message a council officer understands. It never repeats personal data found in the record.</param>
public sealed record ValidationIssue(string Code, IssueSeverity Severity, string Path, string Message)
{
    /// <summary>Gets a value indicating whether this issue is an error.</summary>
    public bool IsError => ReferenceEquals(Severity, IssueSeverity.Error);

    /// <summary>Formats the issue as one line: <c>error PC0201 /team: message</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString() => $"{Severity.Code} {Code} {(Path.Length == 0 ? "/" : Path)}: {Message}";
}
