using PeerChallenge.Domain.Evidence;
using static PeerChallenge.Domain.Tests.Evidence.QuestionnaireTestRecords;

namespace PeerChallenge.Domain.Tests.Evidence;

/// <summary>The tables of a questionnaire: counts per question, per group and per question by group, and withheld free text.</summary>
public sealed class QuestionnaireTablesTests
{
    private static readonly QuestionnaireTables Tables = new(Staff);

    private static readonly string[] Scale = ["Strongly agree", "Agree", "Neither agree nor disagree", "Disagree", "Strongly disagree", "Don't know"];

    [Fact]
    public void Counts_per_question_are_options_by_responses()
    {
        var table = Tables.ForQuestion("q1");

        Assert.Equal(("staff-q1", "I understand the thresholds for a CAF."), (table.Id, table.Title));
        Assert.Equal(["Responses"], table.Columns);
        Assert.Equal(Scale, table.Rows);
        Assert.Equal([2, 6, 1, 1, 1, 1], table.Counts.Select(r => Assert.Single(r)));
    }

    [Fact]
    public void Counts_per_group_are_role_groups_by_responses_in_ordinal_order()
    {
        var table = Tables.ByGroup()!;

        Assert.Equal("staff-by-group", table.Id);
        Assert.Equal([HealthVisitors, SocialWorkers, TeamManagers], table.Rows);
        Assert.Equal([2, 6, 4], table.Counts.Select(r => Assert.Single(r)));
        Assert.Equal([HealthVisitors, SocialWorkers, TeamManagers], Tables.RoleGroups);
        Assert.Equal(12, Tables.ResponseCount);
    }

    [Fact]
    public void Counts_per_question_by_group_are_role_groups_by_options()
    {
        var table = Tables.ForQuestionByGroup("q1")!;

        Assert.Equal("staff-q1-by-group", table.Id);
        Assert.Equal(Scale, table.Columns);
        Assert.Equal([HealthVisitors, SocialWorkers, TeamManagers], table.Rows);
        Assert.Equal<IEnumerable<int>>(
            [[0, 1, 0, 0, 1, 0], [2, 3, 0, 1, 0, 0], [0, 2, 1, 0, 0, 1]],
            table.Counts);
    }

    [Fact]
    public void The_published_group_table_under_dfe_suppresses_the_small_groups()
    {
        var byGroup = DisclosureControl.Apply(Tables.ByGroup()!, DisclosureProfile.Dfe);

        Assert.Equal(
            [$"{HealthVisitors}: c c", $"{SocialWorkers}: 6 6", $"{TeamManagers}: c c", "Total: 12 12"],
            DisclosureControlTests.Render(byGroup));
        Assert.Equal(("staff-by-group", "dfe"), (byGroup.Id, byGroup.Profile));
    }

    [Fact]
    public void The_published_question_by_group_table_under_dfe()
    {
        var published = DisclosureControl.Apply(Tables.ForQuestionByGroup("q1")!, DisclosureProfile.Dfe);

        Assert.Equal([.. Scale, StatisticalTable.TotalLabel], published.Columns);
        Assert.Equal(("staff-q1-by-group", "dfe"), (published.Id, published.Profile));
        Assert.Equal(
            [
                $"{HealthVisitors}: 0 c 0 0 c 0 c",
                $"{SocialWorkers}: c c 0 c 0 0 6",
                $"{TeamManagers}: 0 c c 0 0 c c",
                "Total: c 6 c c c c 12",
            ],
            DisclosureControlTests.Render(published));
    }

    [Fact]
    public void Answers_the_validator_rejects_are_not_counted()
    {
        var odd = Staff with
        {
            Responses =
            [
                .. Staff.Responses,
                new QuestionnaireResponse
                {
                    Id = "r-13",
                    Respondent = new Respondent { RoleGroup = SocialWorkers },
                    Answers = [new Answer { Question = "q1", Option = "yes" }, new Answer { Question = "q9", Option = "agree" }, new Answer { Question = "q2", Option = "agree" }],
                },
            ],
        };

        var tables = new QuestionnaireTables(odd);

        Assert.Equal([2, 6, 1, 1, 1, 1], tables.ForQuestion("q1").Counts.Select(r => r[0]));
        Assert.Equal(7, tables.ByGroup()!.Counts[1][0]);
        Assert.Equal(3, tables.FreeText("q2", DisclosureProfile.Dfe).Sum(g => g.Answers.Count));
    }

    [Fact]
    public void Free_text_of_a_group_below_the_threshold_is_withheld()
    {
        var groups = Tables.FreeText("q2", DisclosureProfile.Dfe);

        Assert.Equal(
            [(HealthVisitors, 2, true, 0), (SocialWorkers, 6, false, 3), (TeamManagers, 4, true, 0)],
            groups.Select(g => (g.RoleGroup, g.GroupSize, g.Withheld, g.Answers.Count)));
        Assert.Equal(["More joint training with schools.", "Quicker feedback after a referral.", "Clearer step-down arrangements."], groups[1].Answers);
        Assert.All(Tables.FreeText("q2", DisclosureProfile.Nhs), g => Assert.True(g.Withheld)); // threshold 8
    }

    [Fact]
    public void An_unknown_or_free_text_question_has_no_counts()
    {
        Assert.Throws<ArgumentException>(() => Tables.ForQuestion("q9"));
        Assert.Throws<ArgumentException>(() => Tables.ForQuestion("q2"));
        Assert.Throws<ArgumentException>(() => Tables.ForQuestionByGroup("q2"));
        Assert.Throws<ArgumentException>(() => Tables.FreeText("q9", DisclosureProfile.Dfe));
        Assert.Empty(Tables.FreeText("q1", DisclosureProfile.Dfe));
    }

    [Fact]
    public void A_questionnaire_without_responses_has_no_group_tables()
    {
        var empty = new QuestionnaireTables(Staff with { Responses = [] });

        Assert.Null(empty.ByGroup());
        Assert.Null(empty.ForQuestionByGroup("q1"));
        Assert.Equal([0, 0, 0, 0, 0, 0], empty.ForQuestion("q1").Counts.Select(r => r[0]));
    }

    [Fact]
    public void The_agree_to_disagree_scale_has_six_options_ending_with_dont_know()
    {
        Assert.Equal(["strongly-agree", "agree", "neither", "disagree", "strongly-disagree", "dont-know"], ResponseScale.AgreeToDisagree.Select(o => o.Code));
    }
}
