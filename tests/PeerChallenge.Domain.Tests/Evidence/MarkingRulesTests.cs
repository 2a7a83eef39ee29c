using PeerChallenge.Domain.Evidence;

namespace PeerChallenge.Domain.Tests.Evidence;

/// <summary>PC0705: a marking from a scheme not in use on its item's date is a warning; an uncertain date is not checked.</summary>
public sealed class MarkingRulesTests
{
    [Theory]
    [InlineData("official", "2014-04-02")]
    [InlineData("protect", "2014-04-01")]
    [InlineData("restricted", "2011-09")]
    [InlineData("official-sensitive", "2015")]
    [InlineData("official", "2014-04")]
    [InlineData("protect", "2014")]
    [InlineData("restricted", "2016~")]
    public void A_marking_of_the_scheme_in_use_or_an_uncertain_date_gives_no_warning(string marking, string date)
    {
        Assert.Null(MarkingRules.Check(SecurityMarking.FromCode(marking), PartialDate.Parse(date)));
        Assert.Null(MarkingRules.Issue(SecurityMarking.FromCode(marking), PartialDate.Parse(date), JsonPointer.Root));
    }

    [Fact]
    public void No_marking_or_no_date_gives_no_warning()
    {
        Assert.Null(MarkingRules.Check(null, PartialDate.OfYear(2015)));
        Assert.Null(MarkingRules.Check(SecurityMarking.Protect, null));
    }

    [Fact]
    public void A_gpms_marking_after_the_change_is_a_warning_naming_the_scheme_in_use()
    {
        var message = MarkingRules.Check(SecurityMarking.Protect, PartialDate.OfDay(new NodaTime.LocalDate(2014, 4, 2)));

        Assert.Equal(
            "The marking PROTECT (protect) is of the Government Protective Marking Scheme, which was not in use on 2 April 2014: from 2 April 2014 markings are of the Government Security Classifications (OFFICIAL, OFFICIAL-SENSITIVE, SECRET, TOP SECRET). Check the marking or the date; there is no mapping between the schemes.",
            message);
    }

    [Fact]
    public void A_gsc_marking_before_the_change_is_a_warning_at_its_path()
    {
        var path = JsonPointer.Root.Append("documents").Append(2).Append("marking");

        var issue = MarkingRules.Issue(SecurityMarking.OfficialSensitive, PartialDate.OfMonth(2011, 9), path);

        Assert.NotNull(issue);
        Assert.Same(EvidenceIssueCodes.MarkingSchemeMismatch, issue.Code);
        Assert.Equal(IssueSeverity.Warning, issue.Severity);
        Assert.Equal("/documents/2/marking", issue.Path.ToString());
        Assert.Equal(
            "The marking OFFICIAL-SENSITIVE (official-sensitive) is of the Government Security Classifications, which was not in use in September 2011: until 1 April 2014 markings are of the Government Protective Marking Scheme (NOT PROTECTIVELY MARKED, PROTECT, RESTRICTED, CONFIDENTIAL, SECRET, TOP SECRET). Check the marking or the date; there is no mapping between the schemes.",
            issue.Message);
    }

    [Fact]
    public void The_code_is_in_the_catalogue_as_a_warning()
    {
        Assert.Same(EvidenceIssueCodes.MarkingSchemeMismatch, IssueCodes.Find("PC0705"));
        Assert.Equal(("marking-scheme-mismatch", IssueSeverity.Warning), (EvidenceIssueCodes.MarkingSchemeMismatch.Title, EvidenceIssueCodes.MarkingSchemeMismatch.Severity));
        Assert.Contains(EvidenceIssueCodes.MarkingSchemeMismatch, EvidenceIssueCodes.All);
    }
}
