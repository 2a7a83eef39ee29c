using FluentValidation;
using FluentValidation.Results;

namespace PeerChallenge.Domain.Base;

/// <summary>Turns FluentValidation results into <see cref="ValidationIssue"/>s with codes, severities and JSON Pointers.</summary>
public static class ValidationResultExtensions
{
    /// <summary>Converts every failure of <paramref name="result"/> into an issue, in the order found.</summary>
    /// <param name="result">A result from one of this library's validators.</param>
    /// <returns>The issues; empty when the result is valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static IReadOnlyList<ValidationIssue> ToIssues(this ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var issues = new ValidationIssue[result.Errors.Count];
        for (var i = 0; i < issues.Length; i++)
        {
            issues[i] = result.Errors[i].ToIssue();
        }

        return issues;
    }

    /// <summary>
    /// Converts one failure into an issue: the <see cref="IssueCode"/> its rule was given (see
    /// <see cref="RuleBuilderExtensions.WithIssueCode"/>), a JSON Pointer made from its property path, and its message.
    /// A failure from a rule of your own with no issue code gets an undocumented code made from its error code and severity.
    /// </summary>
    /// <param name="failure">The failure.</param>
    /// <returns>The issue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="failure"/> is null.</exception>
    public static ValidationIssue ToIssue(this ValidationFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var code = failure.CustomState as IssueCode
            ?? new IssueCode(failure.ErrorCode ?? string.Empty, "undocumented", failure.Severity == Severity.Error ? IssueSeverity.Error : IssueSeverity.Warning, "A rule with no documented issue code.");
        return new ValidationIssue(code, JsonPointer.FromPropertyPath(failure.PropertyName), failure.ErrorMessage);
    }
}
