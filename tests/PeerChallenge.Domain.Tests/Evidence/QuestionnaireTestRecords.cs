using PeerChallenge.Domain.Evidence;

namespace PeerChallenge.Domain.Tests.Evidence;

/// <summary>
/// Rotherham 2011 with a small staff questionnaire: 12 responses across 3 role groups (6 social workers, 4 team
/// managers, 2 health visitors), a scale question and a free-text question. Valid, with no warnings.
/// </summary>
internal static class QuestionnaireTestRecords
{
    internal const string SocialWorkers = "social workers";
    internal const string TeamManagers = "team managers";
    internal const string HealthVisitors = "health visitors";

    internal static Question Thresholds { get; } = new()
    {
        Id = "q1",
        Text = "I understand the thresholds for a CAF.",
        Themes = [ThemeCode.Parse("service-delivery-effective-practice")],
        LinesOfEnquiry = ["loe-1"],
        Options = ResponseScale.AgreeToDisagree,
    };

    internal static Question Improve { get; } = new() { Id = "q2", Text = "What one thing would improve early help?" };

    /// <summary>The answers to q1 and q2 of each response, by role group: null for no answer to q2.</summary>
    private static readonly (string Group, string Option, string? Text)[] Answers =
    [
        (SocialWorkers, "agree", "More joint training with schools."),
        (SocialWorkers, "agree", "Quicker feedback after a referral."),
        (SocialWorkers, "agree", null),
        (SocialWorkers, "strongly-agree", "Clearer step-down arrangements."),
        (SocialWorkers, "strongly-agree", null),
        (SocialWorkers, "disagree", null),
        (TeamManagers, "agree", "A single front door."),
        (TeamManagers, "agree", null),
        (TeamManagers, "neither", "Fewer forms."),
        (TeamManagers, "dont-know", null),
        (HealthVisitors, "agree", "Being told the outcome of a referral."),
        (HealthVisitors, "strongly-disagree", null),
    ];

    internal static Questionnaire Staff { get; } = new()
    {
        Id = "staff",
        Title = "Staff questionnaire",
        Questions = [Thresholds, Improve],
        Responses =
        [
            .. Answers.Select((a, i) => new QuestionnaireResponse
            {
                Id = $"r-{i + 1}",
                Respondent = new Respondent { RoleGroup = a.Group, AgencyType = a.Group == HealthVisitors ? "health" : "local authority" },
                Answers = a.Text is null
                    ? [new Answer { Question = "q1", Option = a.Option }]
                    : [new Answer { Question = "q1", Option = a.Option }, new Answer { Question = "q2", Text = a.Text }],
            }),
        ],
    };

    internal static ChallengeRecord Record { get; } = TestRecords.Rotherham2011 with { Questionnaires = [Staff] };
}
