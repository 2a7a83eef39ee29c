using PeerChallenge.Domain.Evidence;

namespace PeerChallenge.Domain.Tests.Evidence;

/// <summary>The rules of questionnaires, each valid and invalid, through the record's validator.</summary>
public sealed class QuestionnaireValidatorTests
{
    private static readonly ChallengeRecord Valid = QuestionnaireTestRecords.Record;

    private static IReadOnlyList<ValidationIssue> IssuesOf(ChallengeRecord record) =>
        new ChallengeRecordValidator(ChallengeValidationOptions.Default).ValidateRecord(record);

    private static IEnumerable<(string Code, string Severity, string Path)> Found(ChallengeRecord record) =>
        IssuesOf(record).Select(i => (i.Code.Code, i.Severity.Code, i.Path.ToString()));

    private static ChallengeRecord With(Func<Questionnaire, Questionnaire> change) => Valid with { Questionnaires = [change(QuestionnaireTestRecords.Staff)] };

    private static ChallengeRecord WithQuestion(int index, Func<Question, Question> change) =>
        With(q => q with { Questions = [.. q.Questions.Select((x, i) => i == index ? change(x) : x)] });

    private static ChallengeRecord WithResponse(int index, Func<QuestionnaireResponse, QuestionnaireResponse> change) =>
        With(q => q with { Responses = [.. q.Responses.Select((x, i) => i == index ? change(x) : x)] });

    private static ChallengeRecord WithAnswer(int response, int answer, Func<Answer, Answer> change) =>
        WithResponse(response, r => r with { Answers = [.. r.Answers.Select((x, i) => i == answer ? change(x) : x)] });

    [Fact]
    public void A_record_with_a_questionnaire_has_no_issues()
    {
        Assert.Empty(IssuesOf(Valid));
    }

    [Fact]
    public void The_validator_alone_gives_the_same_paths_as_the_record()
    {
        var set = new QuestionnaireSet([QuestionnaireTestRecords.Staff with { Id = " " }]) { LinesOfEnquiry = Valid.LinesOfEnquiry };

        var issues = new QuestionnaireValidator(BuiltInEditions.Lgg2011).Validate(set).ToIssues();

        Assert.Equal([("PC0101", "/questionnaires/0/id")], issues.Select(i => (i.Code.Code, i.Path.ToString())));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void A_blank_id_code_or_role_group_is_PC0101(string blank)
    {
        Assert.Equal([("PC0101", "error", "/questionnaires/0/id")], Found(With(q => q with { Id = blank })));
        Assert.Equal([("PC0101", "error", "/questionnaires/0/responses/3/id")], Found(WithResponse(3, r => r with { Id = blank })));
        Assert.Equal(
            [("PC0101", "error", "/questionnaires/0/responses/3/respondent/roleGroup")],
            Found(WithResponse(3, r => r with { Respondent = r.Respondent with { RoleGroup = blank } })));
        Assert.Equal(
            [("PC0101", "error", "/questionnaires/0/questions/0/options/6/code")],
            Found(WithQuestion(0, q => q with { Options = [.. q.Options, new ResponseOption { Code = blank }] })));
    }

    [Fact]
    public void A_blank_question_id_is_PC0101_and_its_answers_refer_to_an_unknown_question()
    {
        var found = Found(WithQuestion(1, q => q with { Id = "" })).ToList();

        Assert.Equal(("PC0101", "error", "/questionnaires/0/questions/1/id"), found[0]);
        Assert.All(found.Skip(1), f => Assert.Equal(("PC0701", "error"), (f.Code, f.Severity)));
        Assert.Equal(6, found.Count - 1); // the six answers to q2
    }

    [Fact]
    public void Repeated_ids_and_codes_are_PC0105()
    {
        Assert.Equal(
            [("PC0105", "error", "/questionnaires/1/id")],
            Found(Valid with { Questionnaires = [QuestionnaireTestRecords.Staff, QuestionnaireTestRecords.Staff with { Title = "Partners" }] }));
        Assert.Equal(
            [("PC0105", "error", "/questionnaires/0/questions/2/id")],
            Found(With(q => q with { Questions = [.. q.Questions, QuestionnaireTestRecords.Improve with { Text = "Anything else?" }] })));
        Assert.Equal([("PC0105", "error", "/questionnaires/0/responses/1/id")], Found(WithResponse(1, r => r with { Id = "r-1" })));
        Assert.Equal(
            [("PC0105", "error", "/questionnaires/0/questions/0/options/6/code")],
            Found(WithQuestion(0, q => q with { Options = [.. q.Options, new ResponseOption { Code = "agree", Label = "Agree again" }] })));
    }

    [Fact]
    public void Two_questionnaires_may_share_question_and_response_ids()
    {
        Assert.Empty(IssuesOf(Valid with { Questionnaires = [QuestionnaireTestRecords.Staff, QuestionnaireTestRecords.Staff with { Id = "partners" }] }));
    }

    [Fact]
    public void A_theme_not_of_the_edition_is_PC0106()
    {
        Assert.Equal(
            [("PC0106", "error", "/questionnaires/0/questions/0/themes/1")],
            Found(WithQuestion(0, q => q with { Themes = [.. q.Themes, ThemeCode.Parse("no-such-theme")] })));
    }

    [Fact]
    public void An_unknown_line_of_enquiry_or_question_is_PC0701()
    {
        Assert.Equal(
            [("PC0701", "error", "/questionnaires/0/questions/0/linesOfEnquiry/1")],
            Found(WithQuestion(0, q => q with { LinesOfEnquiry = ["loe-1", "loe-9"] })));
        Assert.Equal(
            [("PC0701", "error", "/questionnaires/0/responses/0/answers/1/question")],
            Found(WithAnswer(0, 1, a => a with { Question = "q9" })));
    }

    [Fact]
    public void An_option_not_of_the_scale_is_PC0702()
    {
        var issue = Assert.Single(IssuesOf(WithAnswer(2, 0, a => a with { Option = "yes" })));

        Assert.Equal(("PC0702", "error", "/questionnaires/0/responses/2/answers/0/option"), (issue.Code.Code, issue.Severity.Code, issue.Path.ToString()));
        Assert.Contains("'q1'", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_for_a_scale_question_or_an_option_for_a_free_text_question_is_PC0707()
    {
        Assert.Equal(
            [("PC0707", "error", "/questionnaires/0/responses/2/answers/0/text")],
            Found(WithAnswer(2, 0, a => a with { Text = "Mostly." })));
        Assert.Equal(
            [("PC0707", "error", "/questionnaires/0/responses/0/answers/1/option")],
            Found(WithAnswer(0, 1, a => a with { Option = "agree" })));
    }

    [Theory]
    [InlineData("Text", "/questionnaires/0/responses/0/answers/1/text")]
    [InlineData("RoleGroup", "/questionnaires/0/responses/0/respondent/roleGroup")]
    [InlineData("AgencyType", "/questionnaires/0/responses/0/respondent/agencyType")]
    public void Personal_data_in_a_free_text_answer_or_a_respondent_is_PC0401_without_repeating_it(string property, string path)
    {
        const string text = "Ask j.bloggs@rotherham.gov.uk on 01709 822511";
        var record = property switch
        {
            "Text" => WithAnswer(0, 1, a => a with { Text = text }),
            "RoleGroup" => WithResponse(0, r => r with { Respondent = r.Respondent with { RoleGroup = text } }),
            _ => WithResponse(0, r => r with { Respondent = r.Respondent with { AgencyType = text } }),
        };

        var issue = Assert.Single(IssuesOf(record));

        Assert.Equal(("PC0401", "error", path), (issue.Code.Code, issue.Severity.Code, issue.Path.ToString()));
        Assert.Contains("'r-1'", issue.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("bloggs", issue.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("822511", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_new_codes_are_evidence_codes_with_their_severities()
    {
        Assert.Equal(("PC0702", "response-outside-scale", "error"), (EvidenceIssueCodes.ResponseOutsideScale.Code, EvidenceIssueCodes.ResponseOutsideScale.Title, EvidenceIssueCodes.ResponseOutsideScale.Severity.Code));
        Assert.Equal(("PC0707", "answer-kind-mismatch", "error"), (EvidenceIssueCodes.AnswerKindMismatch.Code, EvidenceIssueCodes.AnswerKindMismatch.Title, EvidenceIssueCodes.AnswerKindMismatch.Severity.Code));
        Assert.Contains(EvidenceIssueCodes.ResponseOutsideScale, EvidenceIssueCodes.All);
        Assert.Contains(EvidenceIssueCodes.AnswerKindMismatch, EvidenceIssueCodes.All);
    }
}
