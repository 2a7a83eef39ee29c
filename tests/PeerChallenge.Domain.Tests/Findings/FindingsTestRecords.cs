using PeerChallenge.Domain.Evidence;
using PeerChallenge.Domain.Findings;
using PeerChallenge.Domain.Tests.Evidence;

namespace PeerChallenge.Domain.Tests.Findings;

/// <summary>Rotherham 2011 with evidence, a strength, a recommendation and a feedback presentation (and, apart, a report history and an action plan): valid, with no warnings.</summary>
internal static class FindingsTestRecords
{
    internal static Finding Strength { get; } = new()
    {
        Id = "f-1",
        Kind = "strength",
        Statement = "Thresholds for a CAF are well understood by front-line staff.",
        Themes = [ThemeCode.Parse("service-delivery-effective-practice")],
        LinesOfEnquiry = ["loe-1"],
        Evidence = ["ev-1", "ev-2"],
    };

    internal static Finding Recommendation { get; } = new()
    {
        Id = "f-2",
        Kind = "recommendation",
        Statement = "Make the CAF the single way into early help for all partners.",
        Themes = [ThemeCode.Parse("service-delivery-effective-practice")],
        LinesOfEnquiry = ["loe-1"],
        Evidence = ["ev-1", "ev-2"],
        Number = 1,
        Priority = RecommendationPriority.High,
    };

    internal static FeedbackPresentation Feedback { get; } = new()
    {
        Date = PartialDate.OfDay(new NodaTime.LocalDate(2011, 10, 7)),
        KeyMessages =
        [
            new KeyMessage { Theme = ThemeCode.Parse("service-delivery-effective-practice"), Message = "Early help rests on a shared understanding of thresholds.", Findings = ["f-1", "f-2"] },
        ],
    };

    /// <summary>The report: drafted, finalised with the council's one comment answered, every theme covered or said why not.</summary>
    internal static ReportHistory Report { get; } = new()
    {
        Versions =
        [
            new ReportVersion { Version = "0.1", Status = ReportStatus.Draft, Date = PartialDate.OfDay(new NodaTime.LocalDate(2011, 10, 21)) },
            new ReportVersion { Version = "1.0", Status = ReportStatus.Final, Date = PartialDate.OfDay(new NodaTime.LocalDate(2011, 11, 18)) },
        ],
        Comments =
        [
            new CouncilComment
            {
                Id = "c-1", Date = PartialDate.OfDay(new NodaTime.LocalDate(2011, 11, 7)), Section = "Early help", Finding = "f-2",
                Comment = "The CAF is already the way into early help for schools.", Decision = CommentDecision.NotAccepted,
                Reason = "Health and police partners do not yet use it, as the evidence shows.",
            },
        ],
        ThemesNotCovered =
        [
            new ThemeOmission { Theme = ThemeCode.Parse("outcomes"), Reason = "Outside the scope agreed with the council." },
            new ThemeOmission { Theme = ThemeCode.Parse("working-together-lscb"), Reason = "Outside the scope agreed with the council." },
            new ThemeOmission { Theme = ThemeCode.Parse("vision-strategy-leadership"), Reason = "Outside the scope agreed with the council." },
            new ThemeOmission { Theme = ThemeCode.Parse("managing-resources"), Reason = "Outside the scope agreed with the council." },
        ],
    };

    /// <summary>The action plan: one entry for the one recommendation, its action due after the final report.</summary>
    internal static ActionPlan ActionPlan { get; } = new()
    {
        Published = PartialDate.OfDay(new NodaTime.LocalDate(2012, 2, 15)),
        Entries =
        [
            new ActionPlanEntry
            {
                Recommendation = "f-2",
                DesiredOutcome = "Every partner starts early help through the CAF.",
                SuccessIndicators = ["CAFs started by health and police partners"],
                Actions =
                [
                    new PlannedAction
                    {
                        Id = "a-1", Description = "Train health and police staff in the CAF.", Owner = "Head of Early Intervention",
                        Due = PartialDate.OfDay(new NodaTime.LocalDate(2012, 6, 30)), Status = ActionStatus.OnTrack,
                        Progress = [new ProgressUpdate { Date = PartialDate.OfDay(new NodaTime.LocalDate(2012, 4, 30)), Status = ActionStatus.OnTrack, Note = "Two of four training sessions held." }],
                    },
                ],
            },
        ],
    };

    /// <summary>A third evidence item: a second focus group of the same method and the same role group as ev-1.</summary>
    internal static EvidenceItem SecondFocusGroup { get; } = EvidenceTestRecords.FocusGroup with { Id = "ev-3", Date = PartialDate.OfDay(new NodaTime.LocalDate(2011, 10, 5)) };

    internal static ChallengeRecord Record { get; } = EvidenceTestRecords.Record with
    {
        Evidence = [EvidenceTestRecords.FocusGroup, EvidenceTestRecords.DocumentReview, SecondFocusGroup],
        Findings = [Strength, Recommendation],
        Feedback = Feedback,
    };

    /// <summary><see cref="Record"/> with <see cref="Report"/> and <see cref="ActionPlan"/>: valid, with no warnings.</summary>
    internal static ChallengeRecord WithReportAndPlan { get; } = Record with { Report = Report, ActionPlan = ActionPlan };
}
