using NodaTime;

namespace PeerChallenge.Domain.Tests.Record;

public sealed class EarlierReviewValidatorTests
{
    private static readonly ChallengeRecord Valid = TestRecords.Rotherham2011;

    private static readonly EarlierReview Inspection = new()
    {
        Id = "ofsted-2009",
        Kind = EarlierReviewKind.OfstedInspection,
        Title = "Inspection of safeguarding and looked after children services",
        Date = PartialDate.OfMonth(2009, 8),
        Grade = OfstedGrade.Adequate,
        Relation = EarlierReviewRelation.ProgressSince,
    };

    private static readonly EarlierReview PeerReview = new()
    {
        Id = "peer-2010",
        Kind = EarlierReviewKind.PeerReview,
        Date = PartialDate.OfYear(2010),
        ChallengeId = ChallengeId.Parse("IDEA-SPR-2010-ROT"),
        Relation = EarlierReviewRelation.FollowUp,
    };

    /// <summary>Rotherham 2011 with its dates moved to 2016, after every date of the grade tests.</summary>
    private static readonly ChallengeRecord In2016 = Valid with
    {
        Timeline = new ChallengeTimeline { LeadInStart = new LocalDate(2016, 1, 4), OnSiteStart = new LocalDate(2016, 3, 7), OnSiteEnd = new LocalDate(2016, 3, 11) },
    };

    private static IReadOnlyList<ValidationIssue> IssuesOf(params EarlierReview[] reviews) => (Valid with { EarlierReviews = reviews }).Issues();

    private static IEnumerable<(string Code, string Path)> Found(params EarlierReview[] reviews) => IssuesOf(reviews).Select(i => (i.Code.Code, i.Path.ToString()));

    [Fact]
    public void An_ofsted_inspection_and_an_earlier_peer_review_have_no_issues()
    {
        Assert.Empty(IssuesOf(Inspection, PeerReview, new EarlierReview { Id = "jar-2007", Kind = EarlierReviewKind.Other }));
        Assert.Empty(new EarlierReviewValidator().Validate(Valid with { EarlierReviews = [Inspection, PeerReview] }).ToIssues());
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void An_earlier_review_without_an_id_is_PC0101(string blank)
    {
        Assert.Equal([("PC0101", "/earlierReviews/1/id")], Found(Inspection, PeerReview with { Id = blank }));
    }

    [Fact]
    public void Two_earlier_reviews_with_one_id_are_PC0105()
    {
        Assert.Equal([("PC0105", "/earlierReviews/1/id")], Found(Inspection, PeerReview with { Id = "ofsted-2009" }));
    }

    [Fact]
    public void An_earlier_peer_review_without_the_id_of_its_record_is_PC0115_at_challengeId()
    {
        var issue = Assert.Single(IssuesOf(PeerReview with { ChallengeId = null }));

        Assert.Equal(("PC0115", "/earlierReviews/0/challengeId", IssueSeverity.Error), (issue.Code.Code, issue.Path.ToString(), issue.Severity));
        Assert.Contains("'peer-2010'", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_an_ofsted_inspection_has_a_grade()
    {
        Assert.Equal([("PC0115", "/earlierReviews/0/grade")], Found(PeerReview with { Grade = OfstedGrade.Good }));
        Assert.Equal([("PC0115", "/earlierReviews/0/grade")], Found(Inspection with { Kind = EarlierReviewKind.Other }));
        Assert.Empty(Found(Inspection with { Grade = null }));
    }

    [Fact]
    public void Only_an_earlier_peer_review_has_a_record_id()
    {
        Assert.Equal([("PC0115", "/earlierReviews/0/challengeId")], Found(Inspection with { ChallengeId = PeerReview.ChallengeId }));
        Assert.Equal([("PC0115", "/earlierReviews/0/challengeId")], Found(PeerReview with { Kind = EarlierReviewKind.Other }));
    }

    [Fact]
    public void An_earlier_peer_review_that_is_this_record_is_PC0115()
    {
        var issue = Assert.Single(IssuesOf(PeerReview with { ChallengeId = Valid.Id }));

        Assert.Equal(("PC0115", "/earlierReviews/0/challengeId"), (issue.Code.Code, issue.Path.ToString()));
        Assert.Contains("own id", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_title_of_an_earlier_review_is_never_quoted()
    {
        var review = Inspection with { Title = "Report by Alex Morgan", Kind = EarlierReviewKind.Other, ChallengeId = Valid.Id, Date = PartialDate.OfYear(2012) };

        var issues = IssuesOf(review);

        Assert.Equal(3, issues.Count);
        Assert.All(issues, i => Assert.DoesNotContain("Alex Morgan", i.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("requires-improvement", "2012")]
    [InlineData("requires-improvement", "2012-12")]
    [InlineData("requires-improvement", "2009-08-14")]
    [InlineData("adequate", "2014")]
    [InlineData("adequate", "2014-01-06")]
    public void A_grade_not_in_use_in_the_inspections_year_is_a_PC0116_warning(string grade, string date)
    {
        var record = In2016 with { EarlierReviews = [Inspection with { Grade = OfstedGrade.FromCode(grade), Date = PartialDate.Parse(date) }] };

        var issue = Assert.Single(record.Issues());
        Assert.Equal(("PC0116", "/earlierReviews/0/grade", IssueSeverity.Warning), (issue.Code.Code, issue.Path.ToString(), issue.Severity));
    }

    [Theory]
    [InlineData("requires-improvement", "2013")]
    [InlineData("requires-improvement", "2012~")]
    [InlineData("adequate", "2013")]
    [InlineData("adequate", "2013-12-31")]
    [InlineData("adequate", "2014~")]
    [InlineData("good", "2004")]
    [InlineData("inadequate", "2015")]
    public void A_grade_that_may_have_been_in_use_is_not_reported(string grade, string date)
    {
        var record = In2016 with { EarlierReviews = [Inspection with { Grade = OfstedGrade.FromCode(grade), Date = PartialDate.Parse(date) }] };

        Assert.Empty(record.Issues());
    }

    [Theory]
    [InlineData("2011-10-03")]
    [InlineData("2011-10-04")]
    [InlineData("2011-11")]
    [InlineData("2012")]
    public void An_earlier_review_dated_certainly_on_or_after_the_first_on_site_day_is_a_PC0117_warning(string date)
    {
        var issue = Assert.Single(IssuesOf(PeerReview with { Date = PartialDate.Parse(date) }));

        Assert.Equal(("PC0117", "/earlierReviews/0/date", IssueSeverity.Warning), (issue.Code.Code, issue.Path.ToString(), issue.Severity));
        Assert.Contains("'peer-2010'", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2011-10-02")]
    [InlineData("2011-10")]
    [InlineData("2011")]
    [InlineData("2012~")]
    [InlineData("2012-01-01~")]
    public void An_earlier_review_that_may_be_before_the_visit_is_not_reported(string date)
    {
        Assert.Empty(IssuesOf(PeerReview with { Date = PartialDate.Parse(date) }));
    }

    [Fact]
    public void An_earlier_review_of_a_visit_known_only_by_its_year_is_compared_with_the_year()
    {
        var record = Valid with { Timeline = Valid.Timeline with { OnSiteStart = PartialDate.OfYear(2011), OnSiteEnd = null, LeadInStart = null } };

        Assert.DoesNotContain((record with { EarlierReviews = [PeerReview with { Date = PartialDate.OfMonth(2011, 12) }] }).Issues(), i => i.Code == RecordIssueCodes.EarlierReviewNotEarlier);
        Assert.Contains((record with { EarlierReviews = [PeerReview with { Date = PartialDate.OfMonth(2012, 1) }] }).Issues(), i => i.Code == RecordIssueCodes.EarlierReviewNotEarlier);
    }

    [Fact]
    public void Every_problem_of_every_earlier_review_is_reported_at_once()
    {
        Assert.Equal(
            [
                ("PC0115", "/earlierReviews/0/challengeId"), ("PC0101", "/earlierReviews/1/id"), ("PC0115", "/earlierReviews/1/grade"),
                ("PC0116", "/earlierReviews/2/grade"), ("PC0105", "/earlierReviews/2/id"), ("PC0117", "/earlierReviews/2/date"),
            ],
            Found(
                PeerReview with { ChallengeId = null },
                new EarlierReview { Id = "", Kind = EarlierReviewKind.Other, Grade = OfstedGrade.Good },
                Inspection with { Id = "peer-2010", Grade = OfstedGrade.Adequate, Date = PartialDate.OfYear(2014) }));
    }
}
