using PeerChallenge.Domain.Evidence;

namespace PeerChallenge.Domain.Tests.Evidence;

/// <summary>Rotherham 2011 with a small document library and evidence: valid, with no warnings.</summary>
internal static class EvidenceTestRecords
{
    internal static Document Plan { get; } = new()
    {
        Id = "doc-1",
        Title = "Children and Young People's Plan 2010-13",
        Kind = DocumentKind.Plan,
        Owner = OrganisationId.Parse("GB-LAE-ROT"),
        Date = PartialDate.OfMonth(2010, 4),
        Themes = [ThemeCode.Parse("outcomes")],
        LinesOfEnquiry = ["loe-2"],
        Marking = SecurityMarking.NotProtectivelyMarked,
    };

    internal static Document HealthReport { get; } = new()
    {
        Id = "doc-2",
        Title = "Safeguarding performance report, quarter 1",
        Kind = DocumentKind.PerformanceReport,
        Owner = OrganisationId.Parse("GB-NHS-5H8"),
        Date = PartialDate.OfDay(new NodaTime.LocalDate(2011, 7, 14)),
        Marking = SecurityMarking.Protect,
    };

    internal static EvidenceItem FocusGroup { get; } = new()
    {
        Id = "ev-1",
        Method = EvidenceMethod.FocusGroup,
        Themes = [ThemeCode.Parse("service-delivery-effective-practice")],
        LinesOfEnquiry = ["loe-1"],
        Date = PartialDate.OfDay(new NodaTime.LocalDate(2011, 10, 4)),
        GatheredBy = ["tm-3", "tm-4"],
        Summary = "Staff describe the thresholds for a CAF as well understood.",
        Documents = ["doc-1"],
        Source = new EvidenceSource { RoleGroup = "front-line social workers", AgencyType = "local authority", GroupSize = 6 },
    };

    internal static EvidenceItem DocumentReview { get; } = new()
    {
        Id = "ev-2",
        Method = EvidenceMethod.DocumentReview,
        Documents = ["doc-1", "doc-2"],
    };

    internal static ChallengeRecord Record { get; } = TestRecords.Rotherham2011 with
    {
        Documents = [Plan, HealthReport],
        Evidence = [FocusGroup, DocumentReview],
    };
}
