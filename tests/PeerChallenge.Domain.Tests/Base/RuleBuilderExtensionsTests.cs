using FluentValidation;

namespace PeerChallenge.Domain.Tests.Base;

public sealed class RuleBuilderExtensionsTests
{
    [Fact]
    public void Repeated_ids_are_each_reported_once_at_the_repeat()
    {
        var validator = new InlineValidator<OfstedNotification>();
        validator.RuleFor(n => n.InspectionWindows).MustHaveUniqueIds(w => w.Id, "inspection windows");
        var window = new InspectionWindow { Id = "w", Start = new NodaTime.LocalDate(2011, 1, 3), End = new NodaTime.LocalDate(2011, 1, 7) };

        var issues = validator.Validate(new OfstedNotification { Notified = true, InspectionWindows = [window, window with { Id = "x" }, window, window] }).ToIssues();

        Assert.Equal(
            ["error PC0105 /inspectionWindows/2/id: Two inspection windows have the id 'w': each needs its own.", "error PC0105 /inspectionWindows/3/id: Two inspection windows have the id 'w': each needs its own."],
            issues.Select(i => i.ToString()));
    }

    [Fact]
    public void A_rule_with_an_issue_code_carries_the_code_itself()
    {
        var validator = new InlineValidator<Contact>();
        validator.RuleFor(c => c.Name).NotEmpty().WithIssueCode(CommonIssueCodes.RequiredTextEmpty).WithMessage("Name it.");

        var issue = Assert.Single(validator.Validate(new Contact { Name = "" }).ToIssues());

        Assert.Same(CommonIssueCodes.RequiredTextEmpty, issue.Code);
        Assert.Equal(JsonPointer.Parse("/name"), issue.Path);
    }

    [Fact]
    public void A_rule_of_your_own_without_an_issue_code_keeps_its_error_code_and_severity()
    {
        var validator = new InlineValidator<Contact>();
        validator.RuleFor(c => c.Name).NotEmpty().WithErrorCode("X1").WithSeverity(Severity.Warning);

        var issue = Assert.Single(validator.Validate(new Contact { Name = "" }).ToIssues());

        Assert.Equal(("X1", IssueSeverity.Warning), (issue.Code.Code, issue.Severity));
    }
}
