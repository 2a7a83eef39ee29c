using PeerChallenge.Domain.Evidence;
using PeerChallenge.Domain.Framework;

namespace PeerChallenge.Domain.Tests.Docs;

public sealed class DocumentationTests
{
    public static TheoryData<string> Codes => [.. IssueCodes.All.Select(c => c.Code)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_issue_code_is_documented_with_its_title_and_severity(string code)
    {
        var issueCode = IssueCodes.Find(code)!;
        var row = RepositoryFiles.Read("docs", "issue-codes.md").Split('\n').FirstOrDefault(l => l.StartsWith($"| {code} |", StringComparison.Ordinal));

        Assert.True(row is not null, $"docs/issue-codes.md has no row for {code}.");
        Assert.Contains($"| {issueCode.Title} |", row, StringComparison.Ordinal);
        Assert.Contains($"| {issueCode.Severity.Code} |", row, StringComparison.Ordinal);
    }

    [Fact]
    public void Documentation_lists_no_code_that_does_not_exist()
    {
        var documented = RepositoryFiles.Read("docs", "issue-codes.md").Split('\n')
            .Where(l => l.StartsWith("| PC", StringComparison.Ordinal))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries)[1]);

        Assert.All(documented, code => Assert.NotNull(IssueCodes.Find(code)));
    }

    [Fact]
    public void Every_codelist_code_is_documented()
    {
        var codelists = RepositoryFiles.Read("docs", "codelists.md");
        var codes = Sector.All.Select(s => s.Code)
            .Concat(IssueSeverity.All.Select(s => s.Code))
            .Concat(RecordKind.All.Select(k => k.Code)).Concat(Knowledge.All.Select(k => k.Code)).Concat(MemberStatus.All.Select(s => s.Code))
            .Concat(SourceKind.All.Select(k => k.Code)).Concat(EarlierReviewKind.All.Select(k => k.Code))
            .Concat(EarlierReviewRelation.All.Select(r => r.Code)).Concat(OfstedGrade.All.Select(g => g.Code))
            .Concat(MarkingScheme.All.Select(s => s.Code)).Concat(SecurityMarking.All.Select(m => m.Code))
            .Concat(DocumentKind.All.Select(k => k.Code)).Concat(EvidenceMethod.All.Select(m => m.Code))
            .Concat(Domain.OnSite.SessionKind.All.Select(k => k.Code)).Concat(RequiredDay.All.Select(d => d.Code))
            .Concat(Domain.Findings.RecommendationPriority.All.Select(p => p.Code)).Concat(Domain.Findings.ReportStatus.All.Select(s => s.Code))
            .Concat(Domain.Findings.CommentDecision.All.Select(d => d.Code)).Concat(Domain.Findings.ActionStatus.All.Select(s => s.Code))
            .Concat(BuiltInEditions.All.SelectMany(e => e.FindingKinds.Select(k => k.Code)))
            .Concat(new[] { RoleGroupCode.SeniorOfficer, RoleGroupCode.ElectedMember, RoleGroupCode.PartnerAgency, RoleGroupCode.FrontLineStaff, RoleGroupCode.YoungPeople, RoleGroupCode.ParentsAndCarers }.Select(g => g.Value))
            .Concat(BuiltInEditions.All.Select(e => e.Code.Value))
            .Concat(BuiltInEditions.All.SelectMany(e => e.Themes.Select(t => t.Code.Value).Concat(e.Roles.Select(r => r.Code.Value)).Concat(e.Methods.Select(m => m.Value))));

        Assert.All(codes, code => Assert.Contains($"`{code}`", codelists, StringComparison.Ordinal));
    }

    [Fact]
    public void Readme_gives_the_two_set_up_commands()
    {
        var readme = RepositoryFiles.Read("README.md");

        Assert.Contains("dotnet run --project src/PeerChallenge.Cli -- validate docs/examples/rotherham-2011.json", readme, StringComparison.Ordinal);
        Assert.Contains("dotnet test", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Changelog_has_an_unreleased_section()
    {
        Assert.Contains("## [Unreleased]", RepositoryFiles.Read("CHANGELOG.md"), StringComparison.Ordinal);
    }
}
