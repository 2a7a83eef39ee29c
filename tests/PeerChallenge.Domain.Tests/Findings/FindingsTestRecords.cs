using PeerChallenge.Domain.Evidence;
using PeerChallenge.Domain.Findings;
using PeerChallenge.Domain.Tests.Evidence;

namespace PeerChallenge.Domain.Tests.Findings;

/// <summary>Rotherham 2011 with evidence, a strength, a recommendation and a feedback presentation: valid, with no warnings.</summary>
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

    /// <summary>A third evidence item: a second focus group of the same method and the same role group as ev-1.</summary>
    internal static EvidenceItem SecondFocusGroup { get; } = EvidenceTestRecords.FocusGroup with { Id = "ev-3", Date = PartialDate.OfDay(new NodaTime.LocalDate(2011, 10, 5)) };

    internal static ChallengeRecord Record { get; } = EvidenceTestRecords.Record with
    {
        Evidence = [EvidenceTestRecords.FocusGroup, EvidenceTestRecords.DocumentReview, SecondFocusGroup],
        Findings = [Strength, Recommendation],
        Feedback = Feedback,
    };
}
