namespace PeerChallenge.Domain.Tests.Record;

public sealed class RecordProvenanceValidatorTests
{
    private static readonly Source Slides = new() { Id = "src-1", Title = "Feedback slides of the safeguarding peer challenge", Kind = SourceKind.Presentation };

    private static readonly Source Letter = new() { Id = "src-2", Title = "Feedback letter", Kind = SourceKind.FeedbackLetter, Address = "https://www.example.gov.uk/feedback-letter.pdf" };

    private static readonly EarlierReview Inspection2009 = new()
    {
        Id = "ofsted-2009",
        Kind = EarlierReviewKind.OfstedInspection,
        Date = PartialDate.OfYear(2009),
        Grade = OfstedGrade.Adequate,
        Relation = EarlierReviewRelation.ProgressSince,
        Sources = ["src-2"],
    };

    /// <summary>Rotherham 2011 with two sources that its members, a line of enquiry, an earlier review and a citation cite: valid, with no warnings.</summary>
    private static readonly ChallengeRecord Sourced = TestRecords.Rotherham2011.WithMember(0, m => m with { Sources = ["src-1"] }) with
    {
        LinesOfEnquiry = [TestRecords.Rotherham2011.LinesOfEnquiry[0] with { Sources = ["src-1", "src-2"] }, TestRecords.Rotherham2011.LinesOfEnquiry[1]],
        EarlierReviews = [Inspection2009],
        Sources = [Slides, Letter],
        Citations = [new Citation { About = JsonPointer.Parse("/timeline/onSiteStart"), Sources = ["src-1"], Locator = "slide 2" }],
    };

    private static IEnumerable<(string Code, string Path)> Found(ChallengeRecord record) => record.Issues().Select(i => (i.Code.Code, i.Path.ToString()));

    [Fact]
    public void A_record_whose_items_cite_its_sources_has_no_issues()
    {
        Assert.Empty(Sourced.Issues());
        Assert.Empty(new RecordProvenanceValidator().Validate(Sourced).ToIssues());
    }

    [Fact]
    public void Two_sources_with_one_id_are_PC0105()
    {
        var record = Sourced with { Sources = [Slides, Letter with { Id = "src-1" }] };

        Assert.Contains(("PC0105", "/sources/1/id"), Found(record));
    }

    [Fact]
    public void A_source_cited_by_a_team_member_that_is_not_listed_is_PC0602_at_the_citing_id()
    {
        var record = Sourced.WithMember(1, m => m with { Sources = ["src-1", "src-9"] });

        var issue = Assert.Single(record.Issues());
        Assert.Equal(("PC0602", "/team/1/sources/1", IssueSeverity.Error), (issue.Code.Code, issue.Path.ToString(), issue.Severity));
        Assert.Contains("'src-9'", issue.Message, StringComparison.Ordinal);
        Assert.Contains("'tm-2'", issue.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(record.Team[1].Name!, issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sources_cited_by_lines_of_enquiry_earlier_reviews_and_citations_must_be_listed()
    {
        var record = Sourced with
        {
            LinesOfEnquiry = [Sourced.LinesOfEnquiry[0], Sourced.LinesOfEnquiry[1] with { Sources = ["src-7"] }],
            EarlierReviews = [Inspection2009 with { Sources = ["src-2", "SRC-1"] }],
            Citations = [.. Sourced.Citations, new Citation { About = JsonPointer.Root, Sources = ["src-8"] }],
        };

        var issues = record.Issues();

        Assert.Equal(
            [("PC0602", "/linesOfEnquiry/1/sources/0"), ("PC0602", "/earlierReviews/0/sources/1"), ("PC0602", "/citations/1/sources/0")],
            issues.Select(i => (i.Code.Code, i.Path.ToString())));
        Assert.Contains("'loe-2'", issues[0].Message, StringComparison.Ordinal);
        Assert.Contains("'ofsted-2009'", issues[1].Message, StringComparison.Ordinal);
        Assert.Contains("/citations/1", issues[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_cited_source_is_unknown_when_the_record_lists_none()
    {
        var record = Sourced with { Sources = [] };

        Assert.Equal(5, record.Issues().Count(i => i.Code == ProvenanceIssueCodes.UnknownSource));
    }

    [Fact]
    public void A_citation_without_sources_is_PC0606()
    {
        var record = Sourced with { Citations = [Sourced.Citations[0] with { Sources = [] }] };

        var issue = Assert.Single(record.Issues());
        Assert.Equal(("PC0606", "/citations/0/sources", IssueSeverity.Error), (issue.Code.Code, issue.Path.ToString(), issue.Severity));
    }

    [Theory]
    [InlineData("")]
    [InlineData("/title")]
    [InlineData("/team/5/homeOrganisation/name")]
    [InlineData("/linesOfEnquiry/0/themes/0")]
    [InlineData("/earlierReviews/0/grade")]
    [InlineData("/sources/1/address")]
    [InlineData("/partnerAgencies/1")]
    [InlineData("/ofstedNotification/notifiedBy")]
    public void A_citation_about_a_part_the_record_gives_has_no_issues(string about)
    {
        Assert.Empty((Sourced with { Citations = [new Citation { About = JsonPointer.Parse(about), Sources = ["src-1"] }] }).Issues());
    }

    [Theory]
    [InlineData("/team/6")]
    [InlineData("/team/0/Alex Morgan")]
    [InlineData("/timeline/draftReportDue")]
    [InlineData("/conductedBy")]
    [InlineData("/methods")]
    [InlineData("/contact/s.wilson@rotherham.gov.uk")]
    [InlineData("/title/0")]
    public void A_citation_about_a_part_the_record_does_not_have_is_PC0604_at_its_about(string about)
    {
        var record = Sourced with { Citations = [Sourced.Citations[0], new Citation { About = JsonPointer.Parse(about), Sources = ["src-1"] }] };

        var issue = Assert.Single(record.Issues());
        Assert.Equal(("PC0604", "/citations/1/about", IssueSeverity.Error), (issue.Code.Code, issue.Path.ToString(), issue.Severity));
        Assert.DoesNotContain("Alex Morgan", issue.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s.wilson", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_past_review_without_sources_is_a_PC0603_warning_at_sources()
    {
        var record = TestRecords.Rotherham2011 with { Kind = RecordKind.PastReview };

        var issue = Assert.Single(record.Issues());
        Assert.Equal(("PC0603", "/sources", IssueSeverity.Warning), (issue.Code.Code, issue.Path.ToString(), issue.Severity));
        Assert.Empty((Sourced with { Kind = RecordKind.PastReview }).Issues());
        Assert.Empty(TestRecords.Rotherham2011.Issues());
        Assert.Empty((TestRecords.Rotherham2011 with { Kind = RecordKind.Live }).Issues());
    }

    [Fact]
    public void A_team_marked_not_known_that_lists_members_is_PC0601_at_team()
    {
        var issues = (Sourced with { TeamKnown = Knowledge.NotKnown }).Issues();

        Assert.Contains(issues, i => (i.Code.Code, i.Path.ToString(), i.Severity) == ("PC0601", "/team", IssueSeverity.Error));
        Assert.DoesNotContain((Sourced with { TeamKnown = Knowledge.PartlyKnown }).Issues(), i => i.Code == ProvenanceIssueCodes.NotKnownButGiven);
        Assert.DoesNotContain((Sourced with { TeamKnown = Knowledge.NotKnown, Team = [] }).Issues(), i => i.Code == ProvenanceIssueCodes.NotKnownButGiven);
    }

    [Fact]
    public void An_ofsted_notification_marked_not_known_that_is_given_is_PC0601_at_ofstedNotification()
    {
        var issues = (Sourced with { OfstedNotificationKnown = Knowledge.NotKnown }).Issues();

        Assert.Contains(issues, i => (i.Code.Code, i.Path.ToString(), i.Severity) == ("PC0601", "/ofstedNotification", IssueSeverity.Error));
        Assert.DoesNotContain((Sourced with { OfstedNotificationKnown = Knowledge.NotKnown, OfstedNotification = null }).Issues(), i => i.Code == ProvenanceIssueCodes.NotKnownButGiven);
    }

    [Fact]
    public void Methods_marked_not_known_that_are_listed_are_PC0601_at_methods()
    {
        var methods = new[] { MethodCode.Parse("case-mapping"), MethodCode.Parse("focus-groups") };

        var issue = Assert.Single((Sourced with { Methods = methods, MethodsKnown = Knowledge.NotKnown }).Issues());

        Assert.Equal(("PC0601", "/methods", IssueSeverity.Error), (issue.Code.Code, issue.Path.ToString(), issue.Severity));
        Assert.Empty((Sourced with { Methods = methods, MethodsKnown = Knowledge.PartlyKnown }).Issues());
        Assert.Empty((Sourced with { Methods = methods }).Issues());
        Assert.Empty((Sourced with { MethodsKnown = Knowledge.NotKnown }).Issues());
    }

    [Fact]
    public void A_method_listed_twice_is_not_an_issue()
    {
        Assert.Empty((Sourced with { Methods = [MethodCode.Parse("case-mapping"), MethodCode.Parse("case-mapping")] }).Issues());
    }

    [Fact]
    public void Every_provenance_problem_is_reported_at_once()
    {
        var record = Sourced with
        {
            Kind = RecordKind.PastReview,
            Sources = [Slides with { Title = "" }, Slides with { Address = "nowhere" }],
            Citations = [new Citation { About = JsonPointer.Parse("/team/99"), Sources = [] }, new Citation { About = JsonPointer.Root, Sources = ["src-2"] }],
            Methods = [MethodCode.Parse("case-mapping")],
            MethodsKnown = Knowledge.NotKnown,
        };

        Assert.Equal(
            [
                ("PC0101", "/sources/0/title"), ("PC0605", "/sources/1/address"), ("PC0105", "/sources/1/id"),
                ("PC0602", "/linesOfEnquiry/0/sources/1"), ("PC0602", "/earlierReviews/0/sources/0"), ("PC0602", "/citations/1/sources/0"),
                ("PC0606", "/citations/0/sources"), ("PC0604", "/citations/0/about"), ("PC0601", "/methods"),
            ],
            Found(record));
    }

    [Fact]
    public void One_validator_gives_the_same_issues_from_many_threads()
    {
        var validator = new ChallengeRecordValidator();
        var records = Enumerable.Range(0, 64)
            .Select(i => Sourced with { Citations = [new Citation { About = JsonPointer.Root.Append("team").Append(i % 8), Sources = [i % 3 == 0 ? "src-x" : "src-1"] }] })
            .ToArray();
        var expected = records.Select(r => string.Join("\n", validator.ValidateRecord(r))).ToArray();

        var found = new string[records.Length];
        Parallel.For(0, records.Length, i => found[i] = string.Join("\n", validator.ValidateRecord(records[i])));

        Assert.Equal(expected, found);
        Assert.Contains(found, f => f.Contains("PC0604", StringComparison.Ordinal));
        Assert.Contains(found, f => f.Contains("PC0602", StringComparison.Ordinal));
    }
}
