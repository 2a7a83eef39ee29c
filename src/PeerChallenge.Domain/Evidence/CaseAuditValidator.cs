using System.Globalization;
using FluentValidation;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Privacy;

namespace PeerChallenge.Domain.Evidence;

/// <summary>
/// Checks the case audit of a record, and reports every problem at once:
/// <list type="bullet">
/// <item><description>each criterion has an id (PC0101), unique within the criteria (PC0105), and its themes are the edition's (PC0106);</description></item>
/// <item><description>each case has its own pseudonym (PC0105 at <c>/caseAudit/cases/i/pseudonym</c>);</description></item>
/// <item><description>a grade refers to one of the criteria (PC0701) and is on the edition's grading scale (PC0703; not checked when the edition defines none);</description></item>
/// <item><description>the level of need, the auditor's role and the agencies contain no personal data (PC0401).</description></item>
/// </list>
/// A raw identifier where a pseudonym belongs cannot be read at all: the reader reports it (PC0706).
/// </summary>
/// <remarks>
/// Paths are relative to the case audit (<c>/cases/2/grades/0/grade</c>); <see cref="ChallengeRecordValidator"/> runs it
/// on the record's <see cref="ChallengeRecord.CaseAudit"/> under <c>/caseAudit</c>. Messages never quote a pseudonym
/// or free text. Build one per edition and scanner and reuse it: it holds no state between validations and is safe to
/// share between threads.
/// </remarks>
public sealed class CaseAuditValidator : AbstractValidator<CaseAudit>
{
    /// <summary>Initializes the validator for the case audit of <paramref name="edition"/>.</summary>
    /// <param name="edition">The record's edition; when null, theme codes and grades are not checked.</param>
    /// <param name="scanner">The personal-data scanner for free text; null (the default) uses <see cref="PersonalDataScanner.Default"/>.</param>
    public CaseAuditValidator(Edition? edition, PersonalDataScanner? scanner = null)
    {
        var personalData = scanner ?? PersonalDataScanner.Default;

        RuleForEach(a => a.Criteria).ChildRules(criterion =>
        {
            criterion.RuleFor(c => c.Id).NotEmpty().WithIssueCode(CommonIssueCodes.RequiredTextEmpty).WithMessage("Each criterion of the case audit needs an id, for example information-sharing.");
            if (edition is not null)
            {
                criterion.RuleForEach(c => c.Themes).Must(theme => edition.FindTheme(theme) is not null).WithIssueCode(FrameworkIssueCodes.UnknownTheme)
                    .WithMessage((c, theme) => $"'{theme}' is not a theme of the {edition.Name} edition. Its themes are: {string.Join(", ", edition.Themes.Select(t => t.Code))}.");
            }
        });
        RuleFor(a => a.Criteria).MustHaveUniqueIds(c => c.Id, "criteria of the case audit");

        RuleForEach(a => a.Cases).ChildRules(audited =>
        {
            audited.RuleFor(c => c.LevelOfNeed).MustNotContainPersonalData(personalData).WithName("The level of need of an audited case");
            audited.RuleFor(c => c.AuditorRole).MustNotContainPersonalData(personalData).WithName("The auditor's role of an audited case");
            audited.RuleForEach(c => c.Agencies).MustNotContainPersonalData(personalData).WithName("An agency of an audited case");
        });

        RuleFor(a => a).Custom((audit, context) => CheckCases(audit, context, edition));
    }

    /// <summary>PC0105 for a repeated pseudonym, PC0701 for a grade of an unknown criterion, PC0703 for a grade off the scale.</summary>
    private static void CheckCases(CaseAudit audit, ValidationContext<CaseAudit> context, Edition? edition)
    {
        var criteria = new HashSet<string>(audit.Criteria.Select(c => c.Id).Where(id => id is not null), StringComparer.Ordinal);
        var scale = edition is { AuditGrades.Count: > 0 } ? new HashSet<string>(edition.AuditGrades, StringComparer.Ordinal) : null;
        var pseudonyms = new HashSet<CasePseudonym>();
        for (var i = 0; i < audit.Cases.Count; i++)
        {
            var audited = audit.Cases[i];
            var at = JsonPointer.Root.Append("cases").Append(i);
            var number = i.ToString(CultureInfo.InvariantCulture);
            if (audited.Pseudonym is { } pseudonym && !pseudonyms.Add(pseudonym))
            {
                // The pseudonym is not quoted: the message names the case by its position only.
                context.AddIssue(CommonIssueCodes.DuplicateId, at.Append("pseudonym"),
                    $"Audited case {number} has the pseudonym of an earlier case: each case is audited once, under its own pseudonym.");
            }

            for (var j = 0; j < audited.Grades.Count; j++)
            {
                var grade = audited.Grades[j];
                var gradeAt = at.Append("grades").Append(j);
                if (!criteria.Contains(grade.Criterion ?? string.Empty))
                {
                    context.AddIssue(EvidenceIssueCodes.UnknownReference, gradeAt.Append("criterion"),
                        $"Audited case {number} is graded against the criterion '{grade.Criterion}', which is not the id of one of the case audit's criteria (caseAudit/criteria).");
                }

                if (scale is not null && !scale.Contains(grade.Grade ?? string.Empty))
                {
                    context.AddIssue(EvidenceIssueCodes.GradeOutsideScale, gradeAt.Append("grade"),
                        $"Audited case {number} has the grade '{grade.Grade}', which is not on the grading scale of the {edition!.Name} edition: {string.Join(", ", edition.AuditGrades)}.");
                }
            }
        }
    }
}
