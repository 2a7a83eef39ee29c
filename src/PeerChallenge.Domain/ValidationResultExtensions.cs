using FluentValidation;
using FluentValidation.Results;

namespace PeerChallenge.Domain;

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
        return result.Errors.Select(ToIssue).ToArray();
    }

    /// <summary>Converts one failure into an issue: its error code, severity, a JSON Pointer made from its property path, and its message.</summary>
    /// <param name="failure">The failure.</param>
    /// <returns>The issue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="failure"/> is null.</exception>
    public static ValidationIssue ToIssue(this ValidationFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var severity = failure.Severity == Severity.Error ? IssueSeverity.Error : IssueSeverity.Warning;
        return new ValidationIssue(failure.ErrorCode ?? string.Empty, severity, JsonPointer.FromPropertyPath(failure.PropertyName), failure.ErrorMessage);
    }
}
