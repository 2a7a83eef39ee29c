using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Evidence;

/// <summary>
/// The counts of a questionnaire's responses, as tables to pass through <see cref="DisclosureControl.Apply"/>: per
/// question (its options by count), per group (role groups by number of responses) and per question by group (role
/// groups by options); and the free-text answers of a question by role group, withheld for groups below a profile's
/// threshold.
/// </summary>
/// <remarks>
/// <para>
/// Built in one pass over the responses and their answers, with dictionaries: linear in the number of answers, whatever
/// the number of questions, allocating per question and role group, not per response. Answers the <see cref="QuestionnaireValidator"/> reports (to an unknown question, outside the
/// scale, of the wrong kind) are not counted. Role groups are listed in ordinal order; options in the question's order,
/// labelled by their labels (their codes when they have none). A role group or option labelled <c>Total</c> cannot be
/// tabulated (<see cref="CountTable"/> keeps that label for totals).
/// </para>
/// <para>Immutable once built, and safe to share between threads.</para>
/// </remarks>
public sealed class QuestionnaireTables
{
    private readonly Questionnaire questionnaire;
    private readonly Dictionary<string, QuestionCounts> questions = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> groups = new(StringComparer.Ordinal);

    /// <summary>Initializes a new instance of the <see cref="QuestionnaireTables"/> class, counting the responses of <paramref name="questionnaire"/>.</summary>
    /// <param name="questionnaire">The questionnaire.</param>
    /// <exception cref="ArgumentNullException"><paramref name="questionnaire"/> is null.</exception>
    public QuestionnaireTables(Questionnaire questionnaire)
    {
        this.questionnaire = Preconditions.CheckNotNull(questionnaire, nameof(questionnaire));
        foreach (var question in questionnaire.Questions)
        {
            if (question.Id is not null)
            {
                questions.TryAdd(question.Id, new QuestionCounts(question));
            }
        }

        // Indexed loops: a foreach over the lists' interface would allocate an enumerator per response.
        var responses = questionnaire.Responses;
        for (var r = 0; r < responses.Count; r++)
        {
            var response = responses[r];
            var group = response.Respondent.RoleGroup;
            groups[group] = groups.GetValueOrDefault(group) + 1;
            var answers = response.Answers;
            for (var a = 0; a < answers.Count; a++)
            {
                var answer = answers[a];
                if (answer.Question is not null && questions.TryGetValue(answer.Question, out var counts))
                {
                    counts.Add(group, answer);
                }
            }
        }
    }

    /// <summary>Gets the role groups of the respondents, in ordinal order.</summary>
    public IReadOnlyList<string> RoleGroups => [.. groups.Keys];

    /// <summary>Gets how many responses the questionnaire has.</summary>
    public int ResponseCount => questionnaire.Responses.Count;

    /// <summary>Gets the questionnaire's marking, carried by every table made from it; null when it has none.</summary>
    public DerivedMarking? Marking => questionnaire.Marking is { } marking ? DerivedMarking.Of(marking) : null;

    /// <summary>Counts the answers to a scale question by option: one row per option, one column <c>Responses</c>. Table id <c>{questionnaire}-{question}</c>.</summary>
    /// <param name="questionId">The question's id.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentException">The questionnaire has no question <paramref name="questionId"/>, or it is a free-text question.</exception>
    public CountTable ForQuestion(string questionId)
    {
        var counts = ScaleQuestion(questionId);
        return new CountTable(
            $"{questionnaire.Id}-{questionId}",
            counts.Question.Text ?? questionId,
            ["Responses"],
            counts.Question.Options.Select(Label),
            counts.Totals.Select(c => new[] { c }))
        {
            Marking = Marking,
        };
    }

    /// <summary>Counts the responses by role group: one row per role group, one column <c>Responses</c>. Table id <c>{questionnaire}-by-group</c>.</summary>
    /// <returns>The counts; null when the questionnaire has no responses (a table needs a row).</returns>
    public CountTable? ByGroup() => groups.Count == 0
        ? null
        : new CountTable($"{questionnaire.Id}-by-group", $"Responses to {questionnaire.Title ?? questionnaire.Id} by role group", ["Responses"], groups.Keys, groups.Values.Select(c => new[] { c }))
        {
            Marking = Marking,
        };

    /// <summary>Counts the answers to a scale question by role group and option: one row per role group, one column per option. Table id <c>{questionnaire}-{question}-by-group</c>.</summary>
    /// <param name="questionId">The question's id.</param>
    /// <returns>The counts; null when the questionnaire has no responses (a table needs a row).</returns>
    /// <exception cref="ArgumentException">The questionnaire has no question <paramref name="questionId"/>, or it is a free-text question.</exception>
    public CountTable? ForQuestionByGroup(string questionId)
    {
        var counts = ScaleQuestion(questionId);
        if (groups.Count == 0)
        {
            return null;
        }

        var width = counts.Question.Options.Count;
        return new CountTable(
            $"{questionnaire.Id}-{questionId}-by-group",
            $"{counts.Question.Text ?? questionId} (by role group)",
            counts.Question.Options.Select(Label),
            groups.Keys,
            groups.Keys.Select(g => counts.ByGroup.TryGetValue(g, out var row) ? row : new int[width]))
        {
            Marking = Marking,
        };
    }

    /// <summary>
    /// Gives the free-text answers to a question by role group (in ordinal order, groups with no answer left out),
    /// withholding those of a group whose size (its respondents to the questionnaire) the profile does not allow free
    /// text to be published from (<see cref="DisclosureProfile.MayPublishFreeText"/>).
    /// </summary>
    /// <param name="questionId">The question's id.</param>
    /// <param name="profile">The disclosure profile.</param>
    /// <returns>One entry per role group that answered.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The questionnaire has no question <paramref name="questionId"/>.</exception>
    public IReadOnlyList<FreeTextGroup> FreeText(string questionId, DisclosureProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var counts = Find(questionId);
        return EquatableList.From(counts.Texts.Select(pair =>
        {
            var size = groups[pair.Key];
            return profile.MayPublishFreeText(size)
                ? new FreeTextGroup(pair.Key, size, false, pair.Value)
                : new FreeTextGroup(pair.Key, size, true, []);
        }));
    }

    private static string Label(ResponseOption option) => option.Label ?? option.Code;

    private QuestionCounts Find(string questionId)
    {
        ArgumentNullException.ThrowIfNull(questionId);
        return questions.TryGetValue(questionId, out var counts)
            ? counts
            : throw new ArgumentException($"The questionnaire '{questionnaire.Id}' has no question '{questionId}'.", nameof(questionId));
    }

    private QuestionCounts ScaleQuestion(string questionId)
    {
        var counts = Find(questionId);
        return counts.Question.IsFreeText
            ? throw new ArgumentException($"The question '{questionId}' takes free text: it has no options to count.", nameof(questionId))
            : counts;
    }

    /// <summary>The counts of one question, filled in the single pass.</summary>
    private sealed class QuestionCounts
    {
        private readonly Dictionary<string, int> optionIndex = new(StringComparer.Ordinal);

        internal QuestionCounts(Question question)
        {
            Question = question;
            for (var i = 0; i < question.Options.Count; i++)
            {
                optionIndex.TryAdd(question.Options[i].Code, i);
            }

            Totals = new int[question.Options.Count];
        }

        internal Question Question { get; }

        internal int[] Totals { get; }

        internal Dictionary<string, int[]> ByGroup { get; } = new(StringComparer.Ordinal);

        internal SortedDictionary<string, List<string>> Texts { get; } = new(StringComparer.Ordinal);

        internal void Add(string group, Answer answer)
        {
            if (Question.IsFreeText)
            {
                if (answer.Option is null && !string.IsNullOrWhiteSpace(answer.Text))
                {
                    if (!Texts.TryGetValue(group, out var texts))
                    {
                        Texts[group] = texts = [];
                    }

                    texts.Add(answer.Text);
                }
            }
            else if (answer.Text is null && answer.Option is not null && optionIndex.TryGetValue(answer.Option, out var index))
            {
                Totals[index]++;
                if (!ByGroup.TryGetValue(group, out var row))
                {
                    ByGroup[group] = row = new int[Totals.Length];
                }

                row[index]++;
            }
        }
    }
}
