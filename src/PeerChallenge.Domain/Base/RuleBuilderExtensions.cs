using FluentValidation;
using FluentValidation.Results;

namespace PeerChallenge.Domain.Base;

/// <summary>Ties FluentValidation rules to this library's issue codes and JSON Pointers.</summary>
public static class RuleBuilderExtensions
{
    /// <summary>Sets the rule's error code and severity from <paramref name="code"/>, and carries the code itself to <see cref="ValidationResultExtensions.ToIssue"/>.</summary>
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
        return rule.WithErrorCode(code.Code).WithSeverity(ToSeverity(code)).WithState(_ => code);
    }

    /// <summary>
    /// Adds a failure with <paramref name="code"/> at <paramref name="pointer"/>, which is relative to the place the
    /// rule is checking (the context's property path): inside <c>RuleFor(r => r.Team).Custom(...)</c>,
    /// <c>JsonPointer.Root.Append(2)</c> is <c>/team/2</c>.
    /// </summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="context">The validation context.</param>
    /// <param name="code">The issue code.</param>
    /// <param name="pointer">Where, relative to the context's property path.</param>
    /// <param name="message">The plain-English message.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void AddIssue<T>(this ValidationContext<T> context, IssueCode code, JsonPointer pointer, string message)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(code);
        var path = JsonPointer.FromPropertyPath(context.PropertyPath).Append(pointer);
        context.AddFailure(new ValidationFailure(path.IsRoot ? string.Empty : path.ToString(), message)
        {
            ErrorCode = code.Code,
            Severity = ToSeverity(code),
            CustomState = code,
        });
    }

    /// <summary>
    /// Checks that no two items of a list share an id: each repeat is an issue (PC0105 unless <paramref name="code"/> says
    /// otherwise) at <c>.../INDEX/id</c>, naming the id and what the items are. The one rule for unique ids and codes in
    /// every list of the format.
    /// </summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="rule">The rule for the list, for example <c>RuleFor(r => r.Team)</c>.</param>
    /// <param name="id">Gets an item's id (ordinal comparison; null ids are not compared).</param>
    /// <param name="items">What the items are, in the plural, for the message (for example <c>team members</c>).</param>
    /// <param name="idProperty">The JSON name of the id property, also used in the message. Default <c>id</c>.</param>
    /// <param name="code">The issue code of a repeat; null (the default) for <see cref="CommonIssueCodes.DuplicateId"/>.</param>
    /// <returns>The rule, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IRuleBuilderOptionsConditions<T, IReadOnlyList<TItem>> MustHaveUniqueIds<T, TItem>(
        this IRuleBuilder<T, IReadOnlyList<TItem>> rule, Func<TItem, string?> id, string items, string idProperty = "id", IssueCode? code = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(idProperty);
        return rule.Custom((list, context) =>
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < list.Count; i++)
            {
                if (id(list[i]) is { } value && !seen.Add(value))
                {
                    context.AddIssue(code ?? CommonIssueCodes.DuplicateId, JsonPointer.Root.Append(i).Append(idProperty), $"Two {items} have the {idProperty} '{value}': each needs its own.");
                }
            }
        });
    }

    /// <summary>
    /// Adds the failures of a part's validation (for example the team's) to this validation, each placed under
    /// <paramref name="at"/>, relative to the place the rule is checking. Codes, severities and messages are kept.
    /// </summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="context">The validation context.</param>
    /// <param name="result">The result of validating the part.</param>
    /// <param name="at">Where the part is, relative to the context's property path.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void AddIssuesOf<T>(this ValidationContext<T> context, ValidationResult result, JsonPointer at)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(result);
        var prefix = JsonPointer.FromPropertyPath(context.PropertyPath).Append(at);
        foreach (var failure in result.Errors)
        {
            var path = prefix.Append(JsonPointer.FromPropertyPath(failure.PropertyName));
            context.AddFailure(new ValidationFailure(path.IsRoot ? string.Empty : path.ToString(), failure.ErrorMessage, failure.AttemptedValue)
            {
                ErrorCode = failure.ErrorCode,
                Severity = failure.Severity,
                CustomState = failure.CustomState,
            });
        }
    }

    internal static Severity ToSeverity(IssueCode code) => ReferenceEquals(code.Severity, IssueSeverity.Error) ? Severity.Error : Severity.Warning;
}
