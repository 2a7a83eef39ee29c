using FluentValidation;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Privacy;

/// <summary>FluentValidation rules for text that must not identify anyone.</summary>
public static class PersonalDataRules
{
    /// <summary>
    /// Fails when the text contains personal data found by <paramref name="scanner"/>. The failure has error code
    /// <c>PC0401</c> (<see cref="PrivacyIssueCodes.PersonalDataInNonAttributableText"/>), severity error, and a message that
    /// names the kinds of personal data found (for example "Person's name (PERSON), Telephone number (PHONE)"), never
    /// the values. Null or empty text passes.
    /// </summary>
    /// <typeparam name="T">The type being validated.</typeparam>
    /// <param name="ruleBuilder">The rule for a text property.</param>
    /// <param name="scanner">The scanner to use, usually <see cref="PersonalDataScanner.Default"/> or one with the council's case reference patterns.</param>
    /// <returns>The rule, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IRuleBuilderOptions<T, string?> MustNotContainPersonalData<T>(this IRuleBuilder<T, string?> ruleBuilder, PersonalDataScanner scanner)
    {
        ArgumentNullException.ThrowIfNull(ruleBuilder);
        ArgumentNullException.ThrowIfNull(scanner);
        return ruleBuilder
            .Must((_, text, context) =>
            {
                if (string.IsNullOrEmpty(text))
                {
                    return true;
                }

                var hits = scanner.Scan(text);
                if (hits.Count == 0)
                {
                    return true;
                }

                var kinds = hits.Select(h => h.Kind).Distinct().OrderBy(k => k.Value).Select(k => $"{k.DisplayName} ({k.Code})");
                context.MessageFormatter.AppendArgument("PersonalDataKinds", string.Join(", ", kinds));
                return false;
            })
            .WithIssueCode(PrivacyIssueCodes.PersonalDataInNonAttributableText)
            .WithMessage("{PropertyName} must not identify anyone, but it contains personal data: {PersonalDataKinds}. Remove it or redact it (peer-challenge redact) before the record is shared.");
    }
}
