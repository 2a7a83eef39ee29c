namespace PeerChallenge.Domain.Tests.Base;

public sealed class ValidationIssueTests
{
    [Fact]
    public void An_issue_has_the_severity_of_its_code()
    {
        var warning = TeamIssueCodes.RoleNotFilled.At(JsonPointer.Parse("/team"), "The team has no Health Peer.");
        var error = TeamIssueCodes.RoleBelowMinimum.At(JsonPointer.Parse("/team"), "The team has no Team Leader.");

        Assert.Equal((IssueSeverity.Warning, false), (warning.Severity, warning.IsError));
        Assert.Equal((IssueSeverity.Error, true), (error.Severity, error.IsError));
    }

    [Fact]
    public void An_issue_prints_as_one_line_with_the_whole_document_as_a_slash()
    {
        Assert.Equal("error PC0201 /team: No leader.", TeamIssueCodes.RoleBelowMinimum.At(JsonPointer.Parse("/team"), "No leader.").ToString());
        Assert.Equal("error PC0001 /: Not JSON.", ReadingIssueCodes.MalformedJson.At(JsonPointer.Root, "Not JSON.").ToString());
    }

    [Fact]
    public void Issues_are_equal_by_code_path_and_message()
    {
        Assert.Equal(
            new ValidationIssue(CommonIssueCodes.DuplicateId, JsonPointer.Parse("/team/1/id"), "m"),
            CommonIssueCodes.DuplicateId.At(JsonPointer.Root.Append("team").Append(1).Append("id"), "m"));
    }

    [Fact]
    public void A_code_and_a_message_are_required()
    {
        Assert.Throws<ArgumentNullException>(() => new ValidationIssue(null!, JsonPointer.Root, "m"));
        Assert.Throws<ArgumentNullException>(() => new ValidationIssue(CommonIssueCodes.DuplicateId, JsonPointer.Root, null!));
    }
}
