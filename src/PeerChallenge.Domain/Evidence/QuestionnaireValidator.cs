using System.Globalization;
using FluentValidation;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Privacy;

namespace PeerChallenge.Domain.Evidence;

/// <summary>
/// Checks the questionnaires of a record, and reports every problem at once:
/// <list type="bullet">
/// <item><description>questionnaires, questions, responses and option codes have ids (PC0101), unique among the questionnaires, the questions of a questionnaire, its responses and the options of a question (PC0105); a respondent has a role group and an answer a question (PC0101);</description></item>
/// <item><description>themes are the edition's (PC0106); lines of enquiry and the questions answered are ones the record and questionnaire have (PC0701);</description></item>
/// <item><description>an answer chooses one of its question's options (PC0702), and is of the question's kind: an option for a scale question, text for a free-text question (PC0707);</description></item>
/// <item><description>free-text answers and a respondent's role group and agency type contain no personal data (PC0401).</description></item>
/// </list>
/// </summary>
/// <remarks>
/// Messages name questionnaires, questions and responses by their ids and never quote an answer or a role group. Build
/// one per edition and scanner and reuse it: it holds no state between validations and is safe to share between threads.
/// <see cref="ChallengeRecordValidator"/> runs it on the record. The work is linear in the number of answers.
/// </remarks>
public sealed class QuestionnaireValidator : AbstractValidator<QuestionnaireSet>
{
    private readonly Edition? edition;
    private readonly PersonalDataScanner scanner;

    /// <summary>Initializes the validator for questionnaires of <paramref name="edition"/>.</summary>
    /// <param name="edition">The record's edition; when null, theme codes are not checked.</param>
    /// <param name="scanner">The personal-data scanner for free-text answers and respondents; null (the default) uses <see cref="PersonalDataScanner.Default"/>.</param>
    public QuestionnaireValidator(Edition? edition, PersonalDataScanner? scanner = null)
    {
        this.edition = edition;
        this.scanner = scanner ?? PersonalDataScanner.Default;
        RuleFor(s => s).Custom(Check);
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private void Check(QuestionnaireSet set, ValidationContext<QuestionnaireSet> context)
    {
        var lines = new HashSet<string>(set.LinesOfEnquiry.Select(l => l.Id), StringComparer.Ordinal);
        var questionnaireIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < set.Questionnaires.Count; i++)
        {
            var questionnaire = set.Questionnaires[i];
            var at = JsonPointer.Root.Append("questionnaires").Append(i);
            RequireId(context, questionnaire.Id, questionnaireIds, at.Append("id"), "Each questionnaire needs an id.", "questionnaires");
            var questions = CheckQuestions(context, questionnaire, at, lines);
            CheckResponses(context, questionnaire, at, questions);
        }
    }

    private Dictionary<string, Question> CheckQuestions(ValidationContext<QuestionnaireSet> context, Questionnaire questionnaire, JsonPointer at, HashSet<string> lines)
    {
        var questions = new Dictionary<string, Question>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var j = 0; j < questionnaire.Questions.Count; j++)
        {
            var question = questionnaire.Questions[j];
            var qAt = at.Append("questions").Append(j);
            RequireId(context, question.Id, ids, qAt.Append("id"), $"Each question of questionnaire '{questionnaire.Id}' needs an id.", $"questions of questionnaire '{questionnaire.Id}'");
            if (!string.IsNullOrWhiteSpace(question.Id))
            {
                questions.TryAdd(question.Id, question);
            }

            if (edition is not null)
            {
                for (var k = 0; k < question.Themes.Count; k++)
                {
                    if (edition.FindTheme(question.Themes[k]) is null)
                    {
                        context.AddIssue(FrameworkIssueCodes.UnknownTheme, qAt.Append("themes").Append(k),
                            $"'{question.Themes[k]}' is not a theme of the {edition.Name} edition. Its themes are: {string.Join(", ", edition.Themes.Select(t => t.Code))}.");
                    }
                }
            }

            for (var k = 0; k < question.LinesOfEnquiry.Count; k++)
            {
                if (!lines.Contains(question.LinesOfEnquiry[k]))
                {
                    context.AddIssue(EvidenceIssueCodes.UnknownReference, qAt.Append("linesOfEnquiry").Append(k),
                        $"The question '{question.Id}' of questionnaire '{questionnaire.Id}' refers to the line of enquiry '{question.LinesOfEnquiry[k]}', which is not the id of one of the record's lines of enquiry (linesOfEnquiry).");
                }
            }

            var codes = new HashSet<string>(StringComparer.Ordinal);
            for (var k = 0; k < question.Options.Count; k++)
            {
                RequireId(context, question.Options[k].Code, codes, qAt.Append("options").Append(k).Append("code"),
                    $"Each option of question '{question.Id}' of questionnaire '{questionnaire.Id}' needs a code.", $"options of question '{question.Id}'", "code");
            }
        }

        return questions;
    }

    private void CheckResponses(ValidationContext<QuestionnaireSet> context, Questionnaire questionnaire, JsonPointer at, Dictionary<string, Question> questions)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var j = 0; j < questionnaire.Responses.Count; j++)
        {
            var response = questionnaire.Responses[j];
            var rAt = at.Append("responses").Append(j);
            var who = $"response '{response.Id}' to questionnaire '{questionnaire.Id}'";
            RequireId(context, response.Id, ids, rAt.Append("id"), $"Each response to questionnaire '{questionnaire.Id}' needs an id.", $"responses to questionnaire '{questionnaire.Id}'");
            var respondent = rAt.Append("respondent");
            if (string.IsNullOrWhiteSpace(response.Respondent.RoleGroup))
            {
                context.AddIssue(CommonIssueCodes.RequiredTextEmpty, respondent.Append("roleGroup"), $"The respondent of {who} needs a role group, for example front-line social workers.");
            }

            ScanPersonalData(context, response.Respondent.RoleGroup, respondent.Append("roleGroup"), $"The role group of the respondent of {who}");
            ScanPersonalData(context, response.Respondent.AgencyType, respondent.Append("agencyType"), $"The agency type of the respondent of {who}");
            for (var k = 0; k < response.Answers.Count; k++)
            {
                var answer = response.Answers[k];
                var aAt = rAt.Append("answers").Append(k);
                var which = $"Answer {Text(k)} of {who}";
                if (!questions.TryGetValue(answer.Question ?? string.Empty, out var question))
                {
                    context.AddIssue(EvidenceIssueCodes.UnknownReference, aAt.Append("question"),
                        $"{which} refers to the question '{answer.Question}', which is not the id of one of the questionnaire's questions.");
                }
                else if (question.IsFreeText)
                {
                    if (answer.Option is not null)
                    {
                        context.AddIssue(EvidenceIssueCodes.AnswerKindMismatch, aAt.Append("option"),
                            $"{which} chooses an option, but question '{question.Id}' takes a free-text answer (it has no options): give text instead.");
                    }
                }
                else
                {
                    if (answer.Text is not null)
                    {
                        context.AddIssue(EvidenceIssueCodes.AnswerKindMismatch, aAt.Append("text"),
                            $"{which} gives text, but question '{question.Id}' takes one of its options ({Codes(question)}): give an option instead.");
                    }

                    if (answer.Option is not null && !question.Options.Any(o => string.Equals(o.Code, answer.Option, StringComparison.Ordinal)))
                    {
                        context.AddIssue(EvidenceIssueCodes.ResponseOutsideScale, aAt.Append("option"),
                            $"{which} chooses '{answer.Option}', which is not one of the options of question '{question.Id}': {Codes(question)}.");
                    }
                }

                ScanPersonalData(context, answer.Text, aAt.Append("text"), which);
            }
        }
    }

    private static string Codes(Question question) => string.Join(", ", question.Options.Select(o => o.Code));

    private static void RequireId(ValidationContext<QuestionnaireSet> context, string? id, HashSet<string> seen, JsonPointer at, string missing, string items, string idProperty = "id")
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            context.AddIssue(CommonIssueCodes.RequiredTextEmpty, at, missing);
        }
        else if (!seen.Add(id))
        {
            context.AddIssue(CommonIssueCodes.DuplicateId, at, $"Two {items} have the {idProperty} '{id}': each needs its own.");
        }
    }

    private void ScanPersonalData(ValidationContext<QuestionnaireSet> context, string? text, JsonPointer at, string what)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var hits = scanner.Scan(text);
        if (hits.Count > 0)
        {
            var kinds = hits.Select(h => h.Kind).Distinct().OrderBy(k => k.Value).Select(k => $"{k.DisplayName} ({k.Code})");
            context.AddIssue(PrivacyIssueCodes.PersonalDataInNonAttributableText, at,
                $"{what} must not identify anyone, but it contains personal data: {string.Join(", ", kinds)}. Remove it or redact it (peer-challenge redact) before the record is shared.");
        }
    }
}
