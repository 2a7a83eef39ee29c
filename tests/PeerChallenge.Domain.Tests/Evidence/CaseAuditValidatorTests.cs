using PeerChallenge.Domain.Evidence;

namespace PeerChallenge.Domain.Tests.Evidence;

/// <summary>The rules of the case audit, each valid and invalid, through the record's validator.</summary>
public sealed class CaseAuditValidatorTests
{
    private static readonly ChallengeRecord Valid = CaseAuditTestRecords.Record;

    private static IEnumerable<(string Code, string Severity, string Path)> Found(ChallengeRecord record) =>
        new ChallengeRecordValidator(ChallengeValidationOptions.Default).ValidateRecord(record).Select(i => (i.Code.Code, i.Severity.Code, i.Path.ToString()));

    private static ChallengeRecord WithAudit(Func<CaseAudit, CaseAudit> change) => Valid with { CaseAudit = change(Valid.CaseAudit!) };

    private static ChallengeRecord WithCase(int index, Func<AuditedCase, AuditedCase> change) =>
        WithAudit(a => a with { Cases = [.. a.Cases.Select((c, i) => i == index ? change(c) : c)] });

    private static ChallengeRecord WithCriterion(int index, Func<AuditCriterion, AuditCriterion> change) =>
        WithAudit(a => a with { Criteria = [.. a.Criteria.Select((c, i) => i == index ? change(c) : c)] });

    [Fact]
    public void A_record_with_a_case_audit_has_no_issues()
    {
        Assert.Empty(Found(Valid));
        Assert.Empty(Found(TestRecords.Rotherham2011 with { CaseAudit = new CaseAudit() }));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void A_criterion_without_an_id_is_PC0101(string blank)
    {
        // The grades of the criterion now refer to no criterion: PC0701 on each.
        var found = Found(WithCriterion(1, c => c with { Id = blank })).ToList();

        Assert.Contains(("PC0101", "error", "/caseAudit/criteria/1/id"), found);
        Assert.Equal(12, found.Count(f => f.Code == "PC0701"));
    }

    [Fact]
    public void Two_criteria_with_one_id_are_PC0105()
    {
        var record = WithAudit(a => a with { Criteria = [.. a.Criteria, new AuditCriterion { Id = "timeliness" }] });

        Assert.Equal([("PC0105", "error", "/caseAudit/criteria/5/id")], Found(record));
    }

    [Fact]
    public void Two_cases_with_one_pseudonym_are_PC0105()
    {
        var record = WithCase(4, c => c with { Pseudonym = Valid.CaseAudit!.Cases[1].Pseudonym });

        var issues = new ChallengeRecordValidator(ChallengeValidationOptions.Default).ValidateRecord(record);

        Assert.Equal([("PC0105", "error", "/caseAudit/cases/4/pseudonym")], Found(record));
        Assert.DoesNotContain(Valid.CaseAudit!.Cases[1].Pseudonym.Value, issues[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_grade_against_an_unknown_criterion_is_PC0701()
    {
        var record = WithCase(2, c => c with { Grades = [.. c.Grades, new CriterionGrade { Criterion = "outcomes-for-families", Grade = "good" }] });

        Assert.Equal([("PC0701", "error", "/caseAudit/cases/2/grades/5/criterion")], Found(record));
    }

    [Theory]
    [InlineData("excellent")]
    [InlineData("Good")]
    [InlineData("requires-improvement")]
    public void A_grade_off_the_editions_scale_is_PC0703(string grade)
    {
        var record = WithCase(3, c => c with { Grades = [c.Grades[0], c.Grades[1] with { Grade = grade }] });

        Assert.Equal([("PC0703", "error", "/caseAudit/cases/3/grades/1/grade")], Found(record));
    }

    [Fact]
    public void Grades_are_not_checked_when_the_edition_defines_no_scale()
    {
        var audit = Valid.CaseAudit! with
        {
            Cases = [Valid.CaseAudit.Cases[0] with { Grades = [new CriterionGrade { Criterion = "timeliness", Grade = "requires-improvement" }] }],
        };
        var noScale = BuiltInEditions.Lgg2011 with { AuditGrades = [] };

        Assert.Empty(new CaseAuditValidator(noScale).Validate(audit).ToIssues());
        Assert.Equal(
            [("PC0703", "/cases/0/grades/0/grade")],
            new CaseAuditValidator(BuiltInEditions.Lgg2011).Validate(audit).ToIssues().Select(i => (i.Code.Code, i.Path.ToString())));
    }

    [Fact]
    public void The_2012_edition_has_the_2011_scale()
    {
        Assert.Equal(["outstanding", "good", "adequate", "inadequate"], BuiltInEditions.Lgg2011.AuditGrades);
        Assert.Equal(BuiltInEditions.Lgg2011.AuditGrades, BuiltInEditions.LgaPeerReview2012.AuditGrades);
    }

    [Fact]
    public void An_unknown_theme_on_a_criterion_is_PC0106()
    {
        var record = WithCriterion(0, c => c with { Themes = [ThemeCode.Parse("working-together-partnerships-zzz")] });

        Assert.Equal([("PC0106", "error", "/caseAudit/criteria/0/themes/0")], Found(record));
    }

    [Theory]
    [InlineData("level 3, known to Jo Bloggs")]
    [InlineData("level 3, NHS 943 476 5919")]
    public void Personal_data_in_the_level_of_need_is_PC0401(string text)
    {
        Assert.Equal([("PC0401", "error", "/caseAudit/cases/5/levelOfNeed")], Found(WithCase(5, c => c with { LevelOfNeed = text })));
    }

    [Fact]
    public void Personal_data_in_the_auditors_role_or_an_agency_is_PC0401()
    {
        Assert.Equal([("PC0401", "error", "/caseAudit/cases/0/auditorRole")], Found(WithCase(0, c => c with { AuditorRole = "officer peer (jo.bloggs@rotherham.gov.uk)" })));
        Assert.Equal([("PC0401", "error", "/caseAudit/cases/7/agencies/1")], Found(WithCase(7, c => c with { Agencies = ["health", "school, call 07700 900123"] })));
    }

    [Fact]
    public void The_messages_never_quote_free_text()
    {
        var issues = new ChallengeRecordValidator(ChallengeValidationOptions.Default).ValidateRecord(WithCase(0, c => c with { AuditorRole = "jo.bloggs@rotherham.gov.uk" }));

        Assert.DoesNotContain("bloggs", Assert.Single(issues).Message, StringComparison.OrdinalIgnoreCase);
    }
}
