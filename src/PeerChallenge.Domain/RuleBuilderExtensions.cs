using FluentValidation;
using FluentValidation.Results;

namespace PeerChallenge.Domain;

/// <summary>Ties FluentValidation rules to this library's issue codes.</summary>
public static class RuleBuilderExtensions
{
    /// <summary>Sets the rule's error code and severity from <paramref name="code"/>.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <typeparam name="TProperty">The property type.</typeparam>
    /// <param name="rule">The rule.</param>
    /// <param name="code">The issue code.</param>
    /// <returns>The rule, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IRuleBuilderOptions<T, TProperty> WithIssueCode<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, IssueCode code)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(code);
        return rule.WithErrorCode(code.Code).WithSeverity(code.Severity == IssueSeverity.Error ? Severity.Error : Severity.Warning);
    }

    /// <summary>Adds a failure with <paramref name="code"/> at the JSON Pointer <paramref name="pointer"/>.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="context">The validation context.</param>
    /// <param name="code">The issue code.</param>
    /// <param name="pointer">A JSON Pointer into the document, starting with <c>/</c> (or empty for the root).</param>
    /// <param name="message">The plain-English message.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void AddIssue<T>(this ValidationContext<T> context, IssueCode code, string pointer, string message)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(code);
        var prefix = JsonPointer.FromPropertyPath(context.PropertyPath);
        context.AddFailure(new ValidationFailure(prefix + pointer, message)
        {
            ErrorCode = code.Code,
            Severity = code.Severity == IssueSeverity.Error ? Severity.Error : Severity.Warning,
        });
    }
}
