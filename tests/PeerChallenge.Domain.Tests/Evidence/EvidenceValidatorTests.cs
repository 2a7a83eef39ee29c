using PeerChallenge.Domain.Evidence;

namespace PeerChallenge.Domain.Tests.Evidence;

/// <summary>The rules of documents and evidence items, each valid and invalid, through the record's validator.</summary>
public sealed class EvidenceValidatorTests
{
    private static readonly ChallengeRecord Valid = EvidenceTestRecords.Record;

    private static IReadOnlyList<ValidationIssue> IssuesOf(ChallengeRecord record, ChallengeValidationOptions? options = null) =>
        new ChallengeRecordValidator(options ?? ChallengeValidationOptions.Default).ValidateRecord(record);

    private static IEnumerable<(string Code, string Severity, string Path)> Found(ChallengeRecord record, ChallengeValidationOptions? options = null) =>
        IssuesOf(record, options).Select(i => (i.Code.Code, i.Severity.Code, i.Path.ToString()));

    /// <summary>The record with document <paramref name="index"/> changed; no evidence item refers to the second document, so changing its id changes nothing else.</summary>
    private static ChallengeRecord WithDocument(int index, Func<Document, Document> change) => Valid with
    {
        Documents = [.. Valid.Documents.Select((d, i) => i == index ? change(d) : d)],
        Evidence = [EvidenceTestRecords.FocusGroup, EvidenceTestRecords.DocumentReview with { Documents = ["doc-1"] }],
    };

    private static ChallengeRecord WithItem(int index, Func<EvidenceItem, EvidenceItem> change) =>
        Valid with { Evidence = [.. Valid.Evidence.Select((e, i) => i == index ? change(e) : e)] };

    [Fact]
    public void A_record_with_documents_and_evidence_has_no_issues()
    {
        Assert.Empty(IssuesOf(Valid));
    }

    [Fact]
    public void The_validator_alone_gives_the_same_paths_as_the_record()
    {
        var library = new EvidenceLibrary([EvidenceTestRecords.Plan with { Id = " " }], [], TestRecords.Rotherham)
        {
            LinesOfEnquiry = Valid.LinesOfEnquiry,
        };

        var issues = new EvidenceValidator(BuiltInEditions.Lgg2011).Validate(library).ToIssues();

        Assert.Equal([("PC0101", "/documents/0/id")], issues.Select(i => (i.Code.Code, i.Path.ToString())));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void A_document_or_evidence_item_without_an_id_is_PC0101(string blank)
    {
        Assert.Equal([("PC0101", "error", "/documents/1/id")], Found(WithDocument(1, d => d with { Id = blank })));
        Assert.Equal([("PC0101", "error", "/evidence/1/id")], Found(WithItem(1, e => e with { Id = blank })));
    }

    [Fact]
    public void A_document_without_a_title_and_a_source_without_a_role_group_or_agency_type_are_PC0101()
    {
        Assert.Equal([("PC0101", "error", "/documents/0/title")], Found(WithDocument(0, d => d with { Title = "" })));
        Assert.Equal(
            [("PC0101", "error", "/evidence/0/source/roleGroup"), ("PC0101", "error", "/evidence/0/source/agencyType")],
            Found(WithItem(0, e => e with { Source = e.Source! with { RoleGroup = " ", AgencyType = "" } })));
    }

    [Fact]
    public void Two_documents_or_two_evidence_items_with_one_id_are_PC0105()
    {
        Assert.Equal([("PC0105", "error", "/documents/1/id")], Found(WithDocument(1, d => d with { Id = "doc-1" })));

        // The item keeps its document references, which still resolve: doc-1 is listed first.
        Assert.Equal([("PC0105", "error", "/evidence/1/id")], Found(WithItem(1, e => e with { Id = "ev-1" })));
    }

    [Fact]
    public void A_document_and_an_evidence_item_may_share_an_id()
    {
        Assert.Empty(IssuesOf(WithItem(1, e => e with { Id = "doc-1" })));
    }

    [Fact]
    public void A_theme_not_of_the_edition_is_PC0106()
    {
        var found = Found(Valid with
        {
            Documents = [EvidenceTestRecords.Plan with { Themes = [ThemeCode.Parse("outcomes"), ThemeCode.Parse("no-such-theme")] }, EvidenceTestRecords.HealthReport],
            Evidence = [EvidenceTestRecords.FocusGroup with { Themes = [ThemeCode.Parse("no-such-theme")] }, EvidenceTestRecords.DocumentReview],
        });

        Assert.Equal([("PC0106", "error", "/documents/0/themes/1"), ("PC0106", "error", "/evidence/0/themes/0")], found);
    }

    [Fact]
    public void An_unknown_line_of_enquiry_document_or_team_member_is_PC0701()
    {
        var record = Valid with
        {
            Documents = [EvidenceTestRecords.Plan with { LinesOfEnquiry = ["loe-2", "loe-9"] }, EvidenceTestRecords.HealthReport],
            Evidence = [EvidenceTestRecords.FocusGroup with { LinesOfEnquiry = ["loe-7"], GatheredBy = ["tm-3", "Jane Doe"], Documents = ["doc-1", "doc-5"] }, EvidenceTestRecords.DocumentReview],
        };

        var issues = IssuesOf(record);

        Assert.Equal(
            [("PC0701", "error", "/documents/0/linesOfEnquiry/1"), ("PC0701", "error", "/evidence/0/linesOfEnquiry/0"),
             ("PC0701", "error", "/evidence/0/gatheredBy/1"), ("PC0701", "error", "/evidence/0/documents/1")],
            issues.Select(i => (i.Code.Code, i.Severity.Code, i.Path.ToString())));
        Assert.Equal("The document 'doc-1' refers to the line of enquiry 'loe-9', which is not the id of one of the record's lines of enquiry (linesOfEnquiry).", issues[0].Message);
        Assert.All(issues, i => Assert.DoesNotContain("Jane", i.Message, StringComparison.Ordinal));
        Assert.Same(EvidenceIssueCodes.UnknownReference, issues[2].Code);
    }

    [Fact]
    public void An_owner_that_is_neither_the_host_council_nor_a_partner_is_PC0701()
    {
        var issue = Assert.Single(IssuesOf(WithDocument(1, d => d with { Owner = OrganisationId.Parse("GB-LAE-SHF") })));

        Assert.Equal(("PC0701", "/documents/1/owner"), (issue.Code.Code, issue.Path.ToString()));
        Assert.Contains("GB-LAE-SHF", issue.Message, StringComparison.Ordinal);
        Assert.Empty(IssuesOf(WithDocument(1, d => d with { Owner = OrganisationId.Parse("GB-POL-SYP") })));
        Assert.Empty(IssuesOf(WithDocument(1, d => d with { Owner = null })));
    }

    [Fact]
    public void A_marking_of_the_wrong_scheme_for_the_documents_date_is_PC0705()
    {
        var issue = Assert.Single(IssuesOf(WithDocument(0, d => d with { Marking = SecurityMarking.Official })));

        Assert.Equal(("PC0705", "warning", "/documents/0/marking"), (issue.Code.Code, issue.Severity.Code, issue.Path.ToString()));
        Assert.Empty(IssuesOf(WithDocument(0, d => d with { Marking = SecurityMarking.Official, Date = PartialDate.OfYear(2015) })));
        Assert.Empty(IssuesOf(WithDocument(0, d => d with { Marking = SecurityMarking.Official, Date = null })));
    }

    [Theory]
    [InlineData("Summary", "/evidence/0/summary")]
    [InlineData("RoleGroup", "/evidence/0/source/roleGroup")]
    [InlineData("AgencyType", "/evidence/0/source/agencyType")]
    public void Personal_data_in_a_summary_or_source_is_PC0401_without_repeating_it(string property, string path)
    {
        const string text = "Spoke to j.bloggs@rotherham.gov.uk on 01709 822511";
        var record = WithItem(0, e => property switch
        {
            "Summary" => e with { Summary = text },
            "RoleGroup" => e with { Source = e.Source! with { RoleGroup = text } },
            _ => e with { Source = e.Source! with { AgencyType = text } },
        });

        var issue = Assert.Single(IssuesOf(record));

        Assert.Equal(("PC0401", "error", path), (issue.Code.Code, issue.Severity.Code, issue.Path.ToString()));
        Assert.Contains("'ev-1'", issue.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("bloggs", issue.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("822511", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void A_group_below_the_threshold_is_PC0704(int size)
    {
        var issue = Assert.Single(IssuesOf(WithItem(0, e => e with { Source = e.Source! with { GroupSize = size } })));

        Assert.Equal(("PC0704", "warning", "/evidence/0/source/groupSize"), (issue.Code.Code, issue.Severity.Code, issue.Path.ToString()));
        Assert.Same(EvidenceIssueCodes.GroupBelowThreshold, issue.Code);
        Assert.Contains("cannot be reported as a group", issue.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("social workers", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(40)]
    public void A_group_at_or_above_the_threshold_or_without_a_size_is_not_checked(int size)
    {
        Assert.Empty(IssuesOf(WithItem(0, e => e with { Source = e.Source! with { GroupSize = size } })));
        Assert.Empty(IssuesOf(WithItem(0, e => e with { Source = e.Source! with { GroupSize = null } })));
    }

    [Fact]
    public void The_threshold_is_a_setting()
    {
        var five = ChallengeValidationOptions.Default with { NonAttributionThreshold = 5 };
        var one = ChallengeValidationOptions.Default with { NonAttributionThreshold = 1 };
        var groupOf4 = WithItem(0, e => e with { Source = e.Source! with { GroupSize = 4 } });
        var groupOf1 = WithItem(0, e => e with { Source = e.Source! with { GroupSize = 1 } });

        Assert.Equal(3, ChallengeValidationOptions.Default.NonAttributionThreshold);
        Assert.Equal([("PC0704", "warning", "/evidence/0/source/groupSize")], Found(groupOf4, five));
        Assert.Contains("threshold of 5", IssuesOf(groupOf4, five)[0].Message, StringComparison.Ordinal);
        Assert.Empty(IssuesOf(groupOf4));
        Assert.Empty(IssuesOf(groupOf1, one));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void A_threshold_below_1_is_refused(int threshold)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ChallengeValidationOptions.Default with { NonAttributionThreshold = threshold });
        Assert.Throws<ArgumentOutOfRangeException>(() => new EvidenceValidator(null, null, threshold));
    }

    [Fact]
    public void The_codes_are_in_the_catalogue()
    {
        Assert.Same(EvidenceIssueCodes.UnknownReference, IssueCodes.Find("PC0701"));
        Assert.Same(EvidenceIssueCodes.GroupBelowThreshold, IssueCodes.Find("PC0704"));
        Assert.Equal(("unknown-reference", IssueSeverity.Error), (EvidenceIssueCodes.UnknownReference.Title, EvidenceIssueCodes.UnknownReference.Severity));
        Assert.Equal(("group-below-threshold", IssueSeverity.Warning), (EvidenceIssueCodes.GroupBelowThreshold.Title, EvidenceIssueCodes.GroupBelowThreshold.Severity));
        Assert.Equal(["PC0701", "PC0702", "PC0703", "PC0704", "PC0705", "PC0706", "PC0707"], EvidenceIssueCodes.All.Select(c => c.Code));
    }
}
