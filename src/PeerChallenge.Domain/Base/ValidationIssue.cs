namespace PeerChallenge.Domain.Base;

/// <summary>
/// One problem found in a peer challenge record, by the reader or by a validator.
/// </summary>
/// <param name="Code">The documented issue code, for example PC0201 (<c>role-below-minimum</c>); its <see cref="IssueCode.Severity"/> is the issue's.</param>
/// <param name="Path">Where in the interchange document, as a JSON Pointer (RFC 6901), for example <c>/team/2/role</c>; <see cref="JsonPointer.Root"/> is the whole document.</param>
/// <param name="Message">A plain-English message a council officer understands. It never repeats personal data found in the record.</param>
/// <remarks>Equality is by value: the same code, path and message.</remarks>
public sealed record ValidationIssue(IssueCode Code, JsonPointer Path, string Message)
{
    /// <summary>Gets the issue code. Never null.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public IssueCode Code { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = Code ?? throw new ArgumentNullException(nameof(Code));

    /// <summary>Gets the message. Never null.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Message { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = Message ?? throw new ArgumentNullException(nameof(Message));

    /// <summary>Gets whether the issue makes the record invalid (<see cref="IssueSeverity.Error"/>) or is a warning: the severity of <see cref="Code"/>.</summary>
    public IssueSeverity Severity => Code.Severity;

    /// <summary>Gets a value indicating whether this issue is an error.</summary>
    public bool IsError => ReferenceEquals(Severity, IssueSeverity.Error);

    /// <summary>Formats the issue as one line: <c>error PC0201 /team: message</c> (the whole document's path shown as <c>/</c>).</summary>
    /// <returns>The line.</returns>
    public override string ToString() => $"{Severity.Code} {Code.Code} {(Path.IsRoot ? "/" : Path.ToString())}: {Message}";
}
