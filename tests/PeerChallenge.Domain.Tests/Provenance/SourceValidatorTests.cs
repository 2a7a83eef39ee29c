namespace PeerChallenge.Domain.Tests.Provenance;

public sealed class SourceValidatorTests
{
    private static readonly SourceValidator Rules = new();

    private static readonly Source Briefing = new()
    {
        Id = "src-1",
        Title = "Safeguarding peer review: briefing for staff",
        Kind = SourceKind.Briefing,
        Publisher = "Manchester City Council",
        Published = PartialDate.OfMonth(2013, 1),
        Address = "https://www.manchester.gov.uk/downloads/peer-review-briefing.pdf",
    };

    private static IReadOnlyList<ValidationIssue> Issues(Source source) => Rules.Validate(source).ToIssues();

    [Fact]
    public void A_source_with_an_id_a_title_and_a_web_address_has_no_issues()
    {
        Assert.Empty(Issues(Briefing));
        Assert.Empty(Issues(new Source { Id = "src-2", Title = "Feedback slides" }));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_id_or_title_is_PC0101_at_its_property(string blank)
    {
        Assert.Equal([("PC0101", "/id")], Issues(Briefing with { Id = blank }).Select(i => (i.Code.Code, i.Path.ToString())));
        Assert.Equal([("PC0101", "/title")], Issues(Briefing with { Title = blank }).Select(i => (i.Code.Code, i.Path.ToString())));
    }

    [Theory]
    [InlineData("https://www.manchester.gov.uk/downloads/peer-review-briefing.pdf")]
    [InlineData("http://example.org")]
    [InlineData("HTTPS://EXAMPLE.ORG/a?b=1#c")]
    [InlineData("https://example.org:8443/reviews/2010")]
    public void An_absolute_http_or_https_address_is_accepted(string address)
    {
        Assert.Empty(Issues(Briefing with { Address = address }));
    }

    [Theory]
    [InlineData("")]
    [InlineData("www.manchester.gov.uk/briefing.pdf")]
    [InlineData("/downloads/briefing.pdf")]
    [InlineData("ftp://files.example.org/briefing.pdf")]
    [InlineData("file:///home/alex.morgan/briefing.pdf")]
    [InlineData("mailto:alex.morgan@example.org")]
    [InlineData("https://")]
    [InlineData("https://example.org/alex morgan.pdf")]
    [InlineData(" https://example.org/briefing.pdf")]
    public void Any_other_address_is_PC0605_and_the_message_does_not_quote_it(string address)
    {
        var issue = Assert.Single(Issues(Briefing with { Address = address }));

        Assert.Equal(("PC0605", "/address", IssueSeverity.Error), (issue.Code.Code, issue.Path.ToString(), issue.Severity));
        Assert.Contains("'src-1'", issue.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("alex", issue.Message, StringComparison.OrdinalIgnoreCase);

        // The message is the same whatever the address: it says what is wrong, never what was written.
        Assert.Equal(Assert.Single(Issues(Briefing with { Address = "elsewhere" })).Message, issue.Message);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var issues = Issues(new Source { Id = "", Title = " ", Address = "not an address" });

        Assert.Equal(["/id", "/title", "/address"], issues.Select(i => i.Path.ToString()));
    }

    [Fact]
    public void Validating_no_source_throws()
    {
        Assert.Throws<InvalidOperationException>(() => Rules.Validate((Source)null!));
    }

    [Fact]
    public void A_record_checks_each_source_at_its_place()
    {
        var record = TestRecords.Rotherham2011 with { Sources = [Briefing, Briefing with { Id = "src-2", Address = "briefing.pdf" }] };

        var issue = Assert.Single(record.Issues());
        Assert.Equal(("PC0605", "/sources/1/address"), (issue.Code.Code, issue.Path.ToString()));
    }
}
