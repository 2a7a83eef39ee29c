using PeerChallenge.Domain.Evidence;
using PeerChallenge.Domain.Findings;
using PeerChallenge.Domain.Tests.Evidence;

namespace PeerChallenge.Domain.Tests.Findings;

/// <summary>The rules of findings and the feedback presentation, each valid and invalid, through the record's validator.</summary>
public sealed class FindingsValidatorTests
{
    private static readonly ChallengeRecord Valid = FindingsTestRecords.Record;

    private static IEnumerable<(string Code, string Severity, string Path)> Found(ChallengeRecord record, ChallengeValidationOptions? options = null) =>
        new ChallengeRecordValidator(options ?? ChallengeValidationOptions.Default).ValidateRecord(record).Select(i => (i.Code.Code, i.Severity.Code, i.Path.ToString()));

    private static ChallengeRecord WithFinding(int index, Func<Finding, Finding> change) =>
        Valid with { Findings = [.. Valid.Findings.Select((f, i) => i == index ? change(f) : f)] };

    private static ChallengeRecord WithMessage(Func<KeyMessage, KeyMessage> change) =>
        Valid with { Feedback = Valid.Feedback! with { KeyMessages = [change(Valid.Feedback!.KeyMessages[0])] } };

    [Fact]
    public void A_record_with_findings_and_feedback_has_no_issues()
    {
        Assert.Empty(Found(Valid));
    }

    [Fact]
    public void The_validator_alone_gives_the_same_paths_as_the_record()
    {
        var set = new FindingSet([FindingsTestRecords.Strength with { Evidence = ["ev-9"] }], Valid.Timeline) { Evidence = Valid.Evidence, LinesOfEnquiry = Valid.LinesOfEnquiry };

        var issues = new FindingsValidator(BuiltInEditions.Lgg2011).Validate(set).ToIssues();

        Assert.Equal([("PC0902", "/findings/0/evidence/0")], issues.Select(i => (i.Code.Code, i.Path.ToString())));
    }

    [Fact]
    public void Duplicate_finding_ids_are_an_error()
    {
        Assert.Equal([("PC0105", "error", "/findings/1/id")], Found(WithFinding(1, f => f with { Id = "f-1" })).Where(i => i.Code == "PC0105"));
    }

    [Fact]
    public void An_empty_statement_is_an_error()
    {
        Assert.Contains(("PC0101", "error", "/findings/0/statement"), Found(WithFinding(0, f => f with { Statement = " " })));
    }

    [Fact]
    public void A_kind_not_of_the_edition_is_an_error()
    {
        Assert.Equal([("PC0901", "error", "/findings/0/kind")], Found(WithFinding(0, f => f with { Kind = "area-for-development" })));
    }

    [Fact]
    public void An_edition_defined_as_data_may_add_kinds()
    {
        var edition = BuiltInEditions.Lgg2011 with
        {
            Code = EditionCode.Parse("custom-2014"),
            FindingKinds = [.. BuiltInEditions.Lgg2011.FindingKinds, new FindingKindDefinition { Code = "the-council-needs-to-ensure-that", Name = "The council needs to ensure that" }],
        };
        var record = WithFinding(0, f => f with { Kind = "the-council-needs-to-ensure-that" }) with { Edition = edition.Code, EditionDefinition = edition };

        Assert.Empty(Found(record));
    }

    [Fact]
    public void An_edition_without_kinds_does_not_check_them_and_numbers_recommendations()
    {
        var edition = BuiltInEditions.Lgg2011 with { Code = EditionCode.Parse("custom-2010"), FindingKinds = [] };
        var record = Valid with { Edition = edition.Code, EditionDefinition = edition };

        Assert.Empty(Found(record with { Findings = [FindingsTestRecords.Strength with { Kind = "good-practice" }, FindingsTestRecords.Recommendation] }));
        Assert.Contains(("PC0904", "error", "/findings/1"), Found(record with { Findings = [FindingsTestRecords.Strength, FindingsTestRecords.Recommendation with { Number = null }] }));
    }

    [Fact]
    public void A_theme_not_of_the_edition_is_an_error()
    {
        Assert.Equal([("PC0106", "error", "/findings/0/themes/0")], Found(WithFinding(0, f => f with { Themes = [ThemeCode.Parse("working-together")] })));
    }

    [Fact]
    public void Findings_may_have_no_theme()
    {
        Assert.Empty(Found(WithFinding(0, f => f with { Themes = [] })));
    }

    [Fact]
    public void Unknown_lines_of_enquiry_and_evidence_are_errors()
    {
        Assert.Equal([("PC0902", "error", "/findings/0/linesOfEnquiry/0"), ("PC0902", "error", "/findings/0/evidence/1")],
            Found(WithFinding(0, f => f with { LinesOfEnquiry = ["loe-9"], Evidence = ["ev-1", "ev-9"] })));
    }

    [Fact]
    public void Two_items_of_the_same_method_from_the_same_group_are_one_source()
    {
        var issues = Found(WithFinding(0, f => f with { Evidence = ["ev-1", "ev-3"] })).ToList();

        Assert.Equal([("PC0903", "warning", "/findings/0/evidence")], issues);
    }

    [Fact]
    public void The_same_group_is_one_source_whatever_its_case_and_spaces()
    {
        var record = Valid with
        {
            Evidence = [EvidenceTestRecords.FocusGroup, EvidenceTestRecords.DocumentReview,
                FindingsTestRecords.SecondFocusGroup with { Source = EvidenceTestRecords.FocusGroup.Source! with { RoleGroup = " Front-line social workers " } }],
            Findings = [FindingsTestRecords.Strength with { Evidence = ["ev-1", "ev-3"] }, FindingsTestRecords.Recommendation],
        };

        Assert.Equal([("PC0903", "warning", "/findings/0/evidence")], Found(record));
    }

    [Fact]
    public void One_item_cited_twice_is_one_source()
    {
        Assert.Equal([("PC0903", "warning", "/findings/0/evidence")], Found(WithFinding(0, f => f with { Evidence = ["ev-1", "ev-1"] })));
    }

    [Fact]
    public void Different_methods_are_independent_sources()
    {
        Assert.Empty(Found(WithFinding(0, f => f with { Evidence = ["ev-1", "ev-2"] })));
    }

    [Fact]
    public void Different_groups_of_the_same_method_are_independent_sources()
    {
        var record = Valid with
        {
            Evidence = [EvidenceTestRecords.FocusGroup, EvidenceTestRecords.DocumentReview,
                FindingsTestRecords.SecondFocusGroup with { Source = new EvidenceSource { RoleGroup = "head teachers", AgencyType = "schools", GroupSize = 5 } }],
            Findings = [FindingsTestRecords.Strength with { Evidence = ["ev-1", "ev-3"] }, FindingsTestRecords.Recommendation],
        };

        Assert.Empty(Found(record));
    }

    [Fact]
    public void A_finding_with_no_evidence_is_a_warning()
    {
        Assert.Equal([("PC0903", "warning", "/findings/0/evidence")], Found(WithFinding(0, f => f with { Evidence = [] })));
    }

    [Fact]
    public void Unknown_evidence_is_an_error_not_a_triangulation_warning()
    {
        Assert.Equal([("PC0902", "error", "/findings/0/evidence/1")], Found(WithFinding(0, f => f with { Evidence = ["ev-1", "ev-9"] })));
    }

    [Fact]
    public void The_counting_of_sources_is_public()
    {
        Assert.Equal(0, FindingsValidator.IndependentSources([]));
        Assert.Equal(1, FindingsValidator.IndependentSources([EvidenceTestRecords.FocusGroup, FindingsTestRecords.SecondFocusGroup]));
        Assert.Equal(2, FindingsValidator.IndependentSources([EvidenceTestRecords.FocusGroup, EvidenceTestRecords.DocumentReview]));
    }

    [Fact]
    public void A_past_review_with_no_evidence_gets_one_note_instead_of_warnings()
    {
        var record = TestRecords.Rotherham2011 with
        {
            Findings = [FindingsTestRecords.Strength with { Evidence = [] }, FindingsTestRecords.Recommendation with { Evidence = [] }],
        };

        Assert.Equal(2, Found(record).Count(i => i.Code == "PC0903"));
        var past = Found(record with { Kind = RecordKind.PastReview }).Where(i => i.Code.StartsWith("PC09", StringComparison.Ordinal)).ToList();
        Assert.Equal([("PC0907", "information", "/findings")], past);
    }

    [Fact]
    public void Personal_data_in_a_statement_is_an_error_that_does_not_quote_it()
    {
        var issues = new ChallengeRecordValidator().ValidateRecord(WithFinding(0, f => f with { Statement = "Call 07700 900123 about the CAF." }));

        var issue = Assert.Single(issues);
        Assert.Equal(("PC0401", "/findings/0/statement"), (issue.Code.Code, issue.Path.ToString()));
        Assert.DoesNotContain("07700", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Recommendations_are_numbered_one_to_n()
    {
        var second = FindingsTestRecords.Recommendation with { Id = "f-3", Number = 2, Priority = RecommendationPriority.Low };
        Assert.Empty(Found(Valid with { Findings = [.. Valid.Findings, second] }));
        Assert.Equal([("PC0904", "error", "/findings/2/number")], Found(Valid with { Findings = [.. Valid.Findings, second with { Number = 1 }] }));
        Assert.Equal([("PC0904", "error", "/findings/2/number")], Found(Valid with { Findings = [.. Valid.Findings, second with { Number = 3 }] }));
        Assert.Equal([("PC0904", "error", "/findings/1")], Found(WithFinding(1, f => f with { Number = null })));
        Assert.Equal([("PC0904", "error", "/findings/1/number")], Found(WithFinding(1, f => f with { Number = 0 })));
    }

    [Fact]
    public void Only_recommendations_have_numbers_and_priorities()
    {
        Assert.Equal([("PC0904", "error", "/findings/0/number")], Found(WithFinding(0, f => f with { Number = 2 })));
        Assert.Equal([("PC0904", "error", "/findings/0/priority")], Found(WithFinding(0, f => f with { Priority = RecommendationPriority.Low })));
    }

    [Fact]
    public void A_recommendation_without_a_priority_is_a_warning()
    {
        Assert.Equal([("PC0905", "warning", "/findings/1")], Found(WithFinding(1, f => f with { Priority = null })));
    }

    [Fact]
    public void Feedback_not_on_the_last_on_site_day_is_a_warning()
    {
        var thursday = Valid with { Feedback = Valid.Feedback! with { Date = PartialDate.OfDay(new NodaTime.LocalDate(2011, 10, 6)) } };

        Assert.Equal([("PC0906", "warning", "/feedback/date")], Found(thursday));
    }

    [Fact]
    public void Feedback_date_is_not_checked_when_the_days_are_not_exact()
    {
        var month = Valid with { Feedback = Valid.Feedback! with { Date = PartialDate.OfMonth(2011, 10) } };
        var vagueTimeline = Valid with { Timeline = Valid.Timeline with { OnSiteEnd = PartialDate.OfMonth(2011, 10) }, Feedback = Valid.Feedback! with { Date = PartialDate.OfDay(new NodaTime.LocalDate(2011, 10, 6)) } };

        Assert.DoesNotContain(Found(month), i => i.Code == "PC0906");
        Assert.DoesNotContain(Found(vagueTimeline), i => i.Code == "PC0906");
    }

    [Fact]
    public void A_key_message_refers_to_findings_the_record_has()
    {
        Assert.Equal([("PC0902", "error", "/feedback/keyMessages/0/findings/1")], Found(WithMessage(m => m with { Findings = ["f-1", "f-9"] })));
    }

    [Fact]
    public void A_key_message_theme_not_of_the_edition_is_an_error()
    {
        Assert.Equal([("PC0106", "error", "/feedback/keyMessages/0/theme")], Found(WithMessage(m => m with { Theme = ThemeCode.Parse("working-together") })));
        Assert.Empty(Found(WithMessage(m => m with { Theme = null })));
    }

    [Fact]
    public void Personal_data_or_nothing_in_a_key_message_is_an_error()
    {
        var issues = new ChallengeRecordValidator().ValidateRecord(WithMessage(m => m with { Message = "Thanks to s.wilson@rotherham.gov.uk for the week." }));

        var issue = Assert.Single(issues);
        Assert.Equal(("PC0401", "/feedback/keyMessages/0/message"), (issue.Code.Code, issue.Path.ToString()));
        Assert.DoesNotContain("wilson", issue.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(("PC0101", "error", "/feedback/keyMessages/0/message"), Found(WithMessage(m => m with { Message = "" })));
    }

    [Fact]
    public void The_edition_checks_its_kinds_of_finding()
    {
        var edition = BuiltInEditions.Lgg2011 with
        {
            FindingKinds = [new FindingKindDefinition { Code = "strength", Name = "Strengths" }, new FindingKindDefinition { Code = "strength", Name = " " }, new FindingKindDefinition { Code = "Good Practice", Name = "x" }],
        };

        var issues = new EditionValidator().Validate(edition).ToIssues().Select(i => (i.Code.Code, i.Path.ToString())).ToList();

        Assert.Contains(("PC0101", "/findingKinds/1/name"), issues);
        Assert.Contains(("PC0502", "/findingKinds/1/code"), issues);
        Assert.Contains(("PC0503", "/findingKinds/2/code"), issues);
    }
}
