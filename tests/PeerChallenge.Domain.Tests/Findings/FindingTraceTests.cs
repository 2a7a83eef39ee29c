using PeerChallenge.Domain.Evidence;
using PeerChallenge.Domain.Findings;

namespace PeerChallenge.Domain.Tests.Findings;

/// <summary>
/// <see cref="FindingTrace"/>: how each finding was reached, from the parts of a record, with what the record does not
/// have kept and shown, never thrown.
/// </summary>
public sealed class FindingTraceTests
{
    internal static readonly ChallengeRecord Rotherham = ChallengeRecordReader.Read(RepositoryFiles.Read("docs", "examples", "rotherham-2011.json")).Value!;

    private static readonly EvidenceItem Interview = new()
    {
        Id = "ev-1",
        Method = EvidenceMethod.Interview,
        GatheredBy = ["tm-1", "tm-2", "tm-1"],
        Documents = ["doc-1", "doc-9", "doc-1"],
        Source = new EvidenceSource { RoleGroup = "social workers", AgencyType = "local authority", GroupSize = 6 },
    };

    private static readonly EvidenceItem FocusGroup = new()
    {
        Id = "ev-2",
        Method = EvidenceMethod.FocusGroup,
        GatheredBy = ["tm-3", "tm-99"],
        Source = new EvidenceSource { RoleGroup = "Social workers ", AgencyType = "local authority", GroupSize = 8 },
    };

    private static readonly EvidenceItem SecondFocusGroup = FocusGroup with { Id = "ev-3", Source = FocusGroup.Source! with { RoleGroup = "social workers" } };

    private static readonly Document Threshold = new() { Id = "doc-1", Title = "Threshold document", Kind = DocumentKind.Policy, Marking = SecurityMarking.Official };

    private static readonly TeamMember[] Team =
    [
        new() { Id = "tm-1", Role = RoleCode.TeamLeader, Name = "Alex Morgan" },
        new() { Id = "tm-2", Role = RoleCode.OfficerPeer, Name = "Sam Patel" },
        new() { Id = "tm-3", Role = RoleCode.OfficerPeer, Name = "Chris Walker" },
    ];

    [Fact]
    public void Every_finding_of_the_example_is_traced_in_order_to_evidence_the_record_has()
    {
        var traces = FindingTrace.Of(Rotherham.Findings, Rotherham.Evidence, Rotherham.Documents, Rotherham.Team);

        Assert.Equal(Rotherham.Findings.Select(f => f.Id), traces.Select(t => t.Finding.Id));
        Assert.All(traces, t => Assert.Equal(t.Finding.Evidence, t.Evidence.Select(e => e.Id)));
        Assert.All(traces.SelectMany(t => t.Evidence), e => Assert.True(e.InRecord && e.Documents.All(d => d.InRecord) && e.GatherersNotInTeam == 0, e.Id));
        Assert.All(traces, t => Assert.Empty(t.EvidenceNotInRecord));
    }

    [Fact]
    public void A_step_resolves_documents_roles_and_source_of_its_evidence_item()
    {
        var trace = FindingTrace.Of(Rotherham.Findings.Where(f => f.Id == "f-7"), Rotherham.Evidence, Rotherham.Documents, Rotherham.Team).Single();

        Assert.Equal("Recommendation 2 (f-7)", trace.Label);
        var (review, interview) = (trace.Evidence[0], trace.Evidence[1]);
        Assert.Equal(("ev-1", EvidenceMethod.DocumentReview), (review.Id, review.Item!.Method));
        Assert.Equal(["doc-1", "doc-4", "doc-5"], review.Documents.Select(d => d.Id));
        Assert.Equal("Children and Young People's Plan 2010-13", review.Documents[0].Document!.Title);
        Assert.Equal([RoleCode.OffSitePeer], review.GatheredBy);
        Assert.Null(review.Source);
        Assert.Equal([RoleCode.TeamLeader, RoleCode.MemberPeer], interview.GatheredBy);
        Assert.Equal(("senior managers", "local authority", 4), (interview.Source!.RoleGroup, interview.Source.AgencyType, interview.Source.GroupSize));
    }

    [Fact]
    public void Evidence_and_documents_the_record_does_not_have_are_kept_as_not_in_the_record()
    {
        var finding = new Finding { Id = "f-1", Kind = "strength", Statement = "Thresholds are understood.", Evidence = ["ev-99", "ev-1", "ev-99"] };

        var trace = FindingTrace.Of([finding], [Interview], [Threshold], Team).Single();

        Assert.Equal(["ev-99", "ev-1"], trace.Evidence.Select(e => e.Id));
        var missing = trace.Evidence[0];
        Assert.Equal((false, null, 0, 0), (missing.InRecord, missing.Item, missing.Documents.Count, missing.GatheredBy.Count));
        Assert.Equal(["ev-99"], trace.EvidenceNotInRecord);
        var interview = trace.Evidence[1];
        Assert.Equal([("doc-1", true), ("doc-9", false)], interview.Documents.Select(d => (d.Id, d.InRecord)));
        Assert.Same(Threshold, interview.Documents[0].Document);
        Assert.Null(interview.Documents[1].Document);
    }

    [Fact]
    public void Gatherers_are_shown_as_their_roles_each_role_once_and_members_not_on_the_team_only_counted()
    {
        var finding = new Finding { Id = "f-1", Kind = "strength", Statement = "Thresholds are understood.", Evidence = ["ev-1", "ev-2"] };

        var trace = FindingTrace.Of([finding], [Interview, FocusGroup], [], Team).Single();

        Assert.Equal([RoleCode.TeamLeader, RoleCode.OfficerPeer], trace.Evidence[0].GatheredBy);
        Assert.Equal(0, trace.Evidence[0].GatherersNotInTeam);
        Assert.Equal([RoleCode.OfficerPeer], trace.Evidence[1].GatheredBy);
        Assert.Equal(1, trace.Evidence[1].GatherersNotInTeam);
    }

    [Fact]
    public void Independent_sources_are_grouped_as_the_triangulation_rule_counts_them()
    {
        var finding = new Finding { Id = "f-1", Kind = "strength", Statement = "Thresholds are understood.", Evidence = ["ev-2", "ev-1", "ev-3", "ev-404"] };
        EvidenceItem[] evidence = [Interview, FocusGroup, SecondFocusGroup];

        var trace = FindingTrace.Of([finding], evidence, [], Team).Single();

        // Two focus groups of social workers (case and white space aside) are one source; the interview is another.
        Assert.Equal([["ev-2", "ev-3"], ["ev-1"]], trace.IndependentSources.Select(s => s.Select(e => e.Id)));
        Assert.Equal(FindingsValidator.IndependentSources(evidence), trace.IndependentSources.Count);
    }

    [Fact]
    public void The_example_traces_count_the_sources_the_validator_counts()
    {
        var traces = FindingTrace.Of(Rotherham.Findings, Rotherham.Evidence, Rotherham.Documents, Rotherham.Team);

        Assert.All(traces, t => Assert.Equal(FindingsValidator.IndependentSources(t.Evidence.Select(e => e.Item!)), t.IndependentSources.Count));
        Assert.Equal([2, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3], traces.Select(t => t.IndependentSources.Count));
    }

    [Fact]
    public void Where_an_id_is_there_twice_the_first_counts()
    {
        var finding = new Finding { Id = "f-1", Kind = "strength", Statement = "Thresholds are understood.", Evidence = ["ev-1"] };
        var other = Interview with { Method = EvidenceMethod.Observation };
        var renamed = Threshold with { Title = "Another document" };
        TeamMember[] team = [new() { Id = "tm-1", Role = RoleCode.HealthPeer }, .. Team];

        var step = FindingTrace.Of([finding], [Interview, other], [Threshold, renamed], team).Single().Evidence.Single();

        Assert.Same(Interview, step.Item);
        Assert.Same(Threshold, step.Documents[0].Document);
        Assert.Equal([RoleCode.HealthPeer, RoleCode.OfficerPeer], step.GatheredBy);
    }

    [Theory]
    [InlineData("recommendation", 4, "Recommendation 4 (f-1)")]
    [InlineData("area-for-consideration", null, "Area for consideration (f-1)")]
    [InlineData("the-council-needs-to-ensure-that", null, "The council needs to ensure that (f-1)")]
    [InlineData("", null, "Finding (f-1)")]
    public void The_label_names_the_kind_number_and_id_never_the_statement(string kind, int? number, string label)
    {
        var finding = new Finding { Id = "f-1", Kind = kind, Statement = "Thresholds are understood.", Number = number };

        Assert.Equal(label, FindingTrace.Of([finding], [], [], []).Single().Label);
    }

    [Fact]
    public void A_finding_citing_nothing_has_no_steps_and_no_sources()
    {
        var trace = FindingTrace.Of([new Finding { Id = "f-1", Kind = "strength", Statement = "Thresholds are understood." }], [], [], []).Single();

        Assert.Empty(trace.Evidence);
        Assert.Empty(trace.IndependentSources);
        Assert.Empty(trace.EvidenceNotInRecord);
    }

    [Fact]
    public void Traces_of_the_same_parts_are_equal_by_value()
    {
        var once = FindingTrace.Of(Rotherham.Findings, Rotherham.Evidence, Rotherham.Documents, Rotherham.Team);
        var again = FindingTrace.Of(Rotherham.Findings, Rotherham.Evidence, Rotherham.Documents, Rotherham.Team);

        Assert.Equal(once, again);
        Assert.Equal(once[0].GetHashCode(), again[0].GetHashCode());
    }

    [Fact]
    public void Null_parts_are_refused()
    {
        Assert.Throws<ArgumentNullException>("findings", () => FindingTrace.Of(null!, [], [], []));
        Assert.Throws<ArgumentNullException>("evidence", () => FindingTrace.Of([], null!, [], []));
        Assert.Throws<ArgumentNullException>("documents", () => FindingTrace.Of([], [], null!, []));
        Assert.Throws<ArgumentNullException>("team", () => FindingTrace.Of([], [], [], null!));
        Assert.Throws<ArgumentNullException>("findings", () => FindingTrace.Of([null!], [], [], []));
    }
}
