using NodaTime;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Timeline;

namespace PeerChallenge.Domain.Tests.Record;

public sealed class ChallengeRecordValidatorTests
{
    private static readonly ChallengeRecord Valid = TestRecords.Rotherham2011;

    [Fact]
    public void Empty_host_council_name_is_an_error_at_its_path()
    {
        var record = Valid with { HostCouncil = Valid.HostCouncil with { Name = " " } };

        var issue = Assert.Single(record.Issues());
        Assert.Equal(("PC0101", "/hostCouncil/name"), (issue.Code.Code, issue.Path.ToString()));
    }

    [Fact]
    public void On_site_end_before_start_is_an_error()
    {
        var record = Valid with { Timeline = Valid.Timeline with { OnSiteEnd = new LocalDate(2011, 10, 2) } };

        var issue = Assert.Single(record.Issues());
        Assert.Equal(new ValidationIssue(TimelineIssueCodes.OnSiteEndBeforeStart, JsonPointer.Parse("/timeline/onSiteEnd"), "The last on-site day (2011-10-02) is before the first (2011-10-03)."), issue);
    }

    [Fact]
    public void Lead_in_starting_after_the_visit_is_an_error()
    {
        var record = Valid with { Timeline = Valid.Timeline with { LeadInStart = new LocalDate(2011, 10, 10) } };

        Assert.Equal([("PC0103", "/timeline/leadInStart")], record.Issues().Select(i => (i.Code.Code, i.Path.ToString())));
    }

    [Fact]
    public void Unknown_edition_is_an_error_and_edition_rules_are_skipped()
    {
        var record = Valid with { Edition = EditionCode.Parse("lgg-1999") };

        var issue = Assert.Single(record.Issues());
        Assert.Equal(("PC0104", "/edition"), (issue.Code.Code, issue.Path.ToString()));
        Assert.Equal("'lgg-1999' is not a known framework edition. Use one of: lgg-2011, lga-2012, or define it in editionDefinition.", issue.Message);
    }

    [Fact]
    public void Edition_defined_in_the_record_is_used()
    {
        var custom = BuiltInEditions.Lgg2011 with { Code = EditionCode.Parse("yorkshire-3-day"), Name = "Yorkshire three-day model", OnSiteDays = 3 };
        var record = Valid with { Edition = EditionCode.Parse("yorkshire-3-day"), EditionDefinition = custom, Timeline = Valid.Timeline with { OnSiteEnd = new NodaTime.LocalDate(2011, 10, 5) } };

        Assert.Empty(record.Issues());
        Assert.Contains((Valid with { Edition = EditionCode.Parse("yorkshire-3-day"), EditionDefinition = custom }).Issues(), i => i.Code.Code == "PC0308");
    }

    [Fact]
    public void Edition_registered_with_the_validator_is_used()
    {
        var custom = BuiltInEditions.Lgg2011 with { Code = EditionCode.Parse("regional-2013"), Name = "Regional variant" };
        var validator = new ChallengeRecordValidator(new ChallengeValidationOptions { Editions = EditionCatalog.BuiltIn.With(custom) });

        Assert.Empty(validator.ValidateRecord(Valid with { Edition = EditionCode.Parse("regional-2013") }));
    }

    [Fact]
    public void Edition_definition_that_redefines_a_built_in_edition_is_an_error()
    {
        var record = Valid with { EditionDefinition = BuiltInEditions.Lgg2011 };

        Assert.Equal([("PC0111", "/editionDefinition/code")], record.Issues().Select(i => (i.Code.Code, i.Path.ToString())));
    }

    [Fact]
    public void Edition_definition_is_checked_with_its_own_rules()
    {
        var custom = BuiltInEditions.Lgg2011 with { Code = EditionCode.Parse("tiny"), Themes = [], LeadInWeeks = 0 };
        var record = Valid with { Edition = EditionCode.Parse("tiny"), EditionDefinition = custom, LinesOfEnquiry = [] };

        var codes = record.Issues().Select(i => (i.Code.Code, i.Path.ToString())).ToList();
        Assert.Contains(("PC0501", "/editionDefinition/themes"), codes);
        Assert.Contains(("PC0505", "/editionDefinition/leadInWeeks"), codes);
    }

    [Fact]
    public void Duplicate_partner_and_line_of_enquiry_ids_are_errors()
    {
        var record = Valid with
        {
            PartnerAgencies = [.. Valid.PartnerAgencies, TestRecords.NhsRotherham],
            LinesOfEnquiry = [.. Valid.LinesOfEnquiry, Valid.LinesOfEnquiry[0]],
        };

        Assert.Equal(
            [("PC0105", "/partnerAgencies/2/id"), ("PC0105", "/linesOfEnquiry/2/id")],
            record.Issues().Select(i => (i.Code.Code, i.Path.ToString())));
    }

    [Fact]
    public void Partner_with_the_host_id_is_an_error()
    {
        var record = Valid with { PartnerAgencies = [TestRecords.Rotherham with { Name = "Rotherham again" }] };

        Assert.Equal([("PC0112", "/partnerAgencies/0")], record.Issues().Select(i => (i.Code.Code, i.Path.ToString())));
    }

    [Fact]
    public void Host_that_is_not_a_local_authority_is_a_warning()
    {
        var record = Valid with { HostCouncil = TestRecords.NhsRotherham with { Id = OrganisationId.Parse("GB-NHS-XYZ") } };

        var issue = Assert.Single(record.Issues());
        Assert.Equal(("PC0113", IssueSeverity.Warning), (issue.Code.Code, issue.Severity));
    }

    [Fact]
    public void Line_of_enquiry_with_an_unknown_theme_or_no_theme_is_an_error()
    {
        var record = Valid with
        {
            LinesOfEnquiry =
            [
                new LineOfEnquiry { Id = "loe-1", Statement = "Key Stage 2 results.", Themes = [ThemeCode.Parse("outcomes"), ThemeCode.Parse("effective-practice-voice-of-child")] },
                new LineOfEnquiry { Id = "loe-2", Statement = "Resource panel.", Themes = [] },
                new LineOfEnquiry { Id = "loe-3", Statement = "", Themes = [ThemeCode.Parse("outcomes")] },
            ],
        };

        Assert.Equal(
            [("PC0106", "/linesOfEnquiry/0/themes/1"), ("PC0107", "/linesOfEnquiry/1/themes"), ("PC0101", "/linesOfEnquiry/2/statement")],
            record.Issues().Select(i => (i.Code.Code, i.Path.ToString())));
    }

    [Fact]
    public void Ofsted_notified_on_or_after_the_first_day_is_a_warning()
    {
        var record = Valid with { OfstedNotification = new OfstedNotification { Notified = true, NotifiedOn = new LocalDate(2011, 10, 3) } };

        var issue = Assert.Single(record.Issues());
        Assert.Equal(("PC0108", IssueSeverity.Warning, "/ofstedNotification/notifiedOn"), (issue.Code.Code, issue.Severity, issue.Path.ToString()));
    }

    [Fact]
    public void Reversed_and_duplicate_inspection_windows_are_errors()
    {
        var window = new InspectionWindow { Id = "w1", Start = new LocalDate(2011, 11, 10), End = new LocalDate(2011, 11, 1) };
        var record = Valid with { OfstedNotification = new OfstedNotification { Notified = true, InspectionWindows = [window, window with { End = new LocalDate(2011, 11, 20) }] } };

        Assert.Equal(
            [("PC0109", "/ofstedNotification/inspectionWindows/0/end"), ("PC0105", "/ofstedNotification/inspectionWindows/1/id")],
            record.Issues().Select(i => (i.Code.Code, i.Path.ToString())));
    }

    [Fact]
    public void Contact_without_email_or_telephone_is_a_warning()
    {
        var record = Valid with { Contact = new Contact { Name = "Sue Wilson" } };

        var issue = Assert.Single(record.Issues());
        Assert.Equal(("PC0110", IssueSeverity.Warning, "/contact"), (issue.Code.Code, issue.Severity, issue.Path.ToString()));
    }

    [Fact]
    public void Every_issue_code_raised_is_documented_in_the_catalogue()
    {
        var record = Valid with
        {
            HostCouncil = Valid.HostCouncil with { Name = "" },
            Timeline = Valid.Timeline with { OnSiteEnd = new LocalDate(2011, 9, 1), LeadInStart = new LocalDate(2011, 12, 1) },
            Contact = new Contact { Name = "" },
            Team = [],
        };

        var issues = record.Issues();
        Assert.Equal(
            [
                ("PC0101", "/hostCouncil/name"), ("PC0201", "/team"), ("PC0208", "/team"), ("PC0208", "/team"), ("PC0208", "/team"),
                ("PC0208", "/team"), ("PC0201", "/team"), ("PC0102", "/timeline/onSiteEnd"), ("PC0103", "/timeline/leadInStart"),
                ("PC0101", "/contact/name"), ("PC0110", "/contact"),
            ],
            issues.Select(i => (i.Code.Code, i.Path.ToString())));
        Assert.All(issues, i => Assert.NotNull(IssueCodes.Find(i.Code.Code)));
        Assert.All(issues, i => Assert.Equal(IssueCodes.Find(i.Code.Code)!.Severity, i.Severity));
    }

    [Fact]
    public void A_councils_own_closure_days_reach_the_timeline_rules()
    {
        var calendar = WorkingDayCalendar.EnglandAndWales.WithClosure(new LocalDate(2011, 10, 5), "Council training day");
        var validator = new ChallengeRecordValidator(new ChallengeValidationOptions { Calendar = calendar });

        Assert.Empty(Valid.Issues());
        Assert.Contains(validator.ValidateRecord(Valid), i => i.Code.Code == TimelineIssueCodes.BankHolidayInOnSiteWeek.Code);
        Assert.Throws<ArgumentNullException>(() => new ChallengeValidationOptions { Calendar = null! });
    }

    [Fact]
    public void Personal_data_in_a_line_of_enquiry_is_an_error_that_names_the_kind_not_the_value()
    {
        var record = Valid with
        {
            LinesOfEnquiry = [Valid.LinesOfEnquiry[0] with { Statement = "Why Mrs Jane Smithson (jane.smithson@example.org) waited for a CAF." }],
        };

        var issue = Assert.Single(record.Issues());
        Assert.Equal(("PC0401", IssueSeverity.Error, "/linesOfEnquiry/0/statement"), (issue.Code.Code, issue.Severity, issue.Path.ToString()));
        Assert.Contains("(PERSON)", issue.Message, StringComparison.Ordinal);
        Assert.Contains("(EMAIL)", issue.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Smithson", issue.Message, StringComparison.Ordinal);
    }
}
