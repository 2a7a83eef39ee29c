using System.Globalization;
using FluentValidation;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Privacy;
using PeerChallenge.Domain.Provenance;

namespace PeerChallenge.Domain.Findings;

/// <summary>
/// Checks the written report's life (<see cref="FindingSet.Report"/>) and reports every problem at once:
/// <list type="bullet">
/// <item><description>each step has a version label (PC0101), a version reaching each status once (PC0105); every step is dated after the last on-site day (PC0911); the versions run forward in date and status (PC0912); nothing is published before a version is final (PC0909);</description></item>
/// <item><description>the first draft and the final report are no later than the timeline planned (PC0913, a warning; only when both days are known);</description></item>
/// <item><description>each comment of the council has an id (PC0101), unique (PC0105), and a text (PC0101); it points at a section or a finding (PC0914), a finding the record has (PC0902); a comment not accepted has a reason (PC0915); once a version is final, every comment has a decision (PC0908); comments and reasons contain no personal data (PC0401);</description></item>
/// <item><description>every theme of the edition is borne on by a finding, or listed in <see cref="ReportHistory.ThemesNotCovered"/> with a reason (PC0910; not judged when no finding names a theme, as in many reports of past reviews); a listed theme is the edition's (PC0106) and its reason is given (PC0101).</description></item>
/// </list>
/// </summary>
/// <remarks>
/// Messages name comments and versions by their ids and labels and never quote a comment. Build one per edition and
/// scanner and reuse it: it holds no state between validations and is safe to share between threads.
/// <see cref="FindingsValidator"/> includes it.
/// </remarks>
public sealed class ReportValidator : AbstractValidator<FindingSet>
{
    /// <summary>Initializes the validator for reports under <paramref name="edition"/>.</summary>
    /// <param name="edition">The record's edition; when null, theme coverage and theme codes are not checked.</param>
    /// <param name="scanner">The personal-data scanner for comments and reasons; null (the default) uses <see cref="PersonalDataScanner.Default"/>.</param>
    public ReportValidator(Edition? edition, PersonalDataScanner? scanner = null)
    {
        var personalData = scanner ?? PersonalDataScanner.Default;

        RuleFor(s => s.Report!).ChildRules(report =>
        {
            report.RuleForEach(r => r.Versions).ChildRules(version =>
                version.RuleFor(v => v.Version).NotEmpty().WithIssueCode(CommonIssueCodes.RequiredTextEmpty).WithMessage("Each version of the report needs its label, for example 0.1 or 1.0."));
            report.RuleForEach(r => r.Comments).ChildRules(comment =>
            {
                comment.RuleFor(c => c.Id).NotEmpty().WithIssueCode(CommonIssueCodes.RequiredTextEmpty).WithMessage("Each comment of the council needs an id.");
                comment.RuleFor(c => c.Comment).NotEmpty().WithIssueCode(CommonIssueCodes.RequiredTextEmpty).WithMessage(c => $"The comment '{c.Id}' needs its text.");
                comment.RuleFor(c => c.Comment).MustNotContainPersonalData(personalData).WithName(c => $"The comment '{c.Id}'");
                comment.RuleFor(c => c.Reason).MustNotContainPersonalData(personalData).WithName(c => $"The reason given on comment '{c.Id}'");
                comment.RuleFor(c => c).Must(c => !string.IsNullOrWhiteSpace(c.Section) || !string.IsNullOrWhiteSpace(c.Finding))
                    .WithIssueCode(FindingsIssueCodes.CommentWithoutTarget)
                    .WithMessage(c => $"The comment '{c.Id}' points at nothing: give the section of the report it is about, the finding, or both.");
                comment.RuleFor(c => c.Reason).NotEmpty().When(c => c.Decision == CommentDecision.NotAccepted).WithIssueCode(FindingsIssueCodes.DecisionWithoutReason)
                    .WithMessage(c => $"The comment '{c.Id}' was not accepted: say why.");
            });
            report.RuleFor(r => r.Comments).MustHaveUniqueIds(c => c.Id, "comments of the council");
            report.RuleForEach(r => r.ThemesNotCovered).ChildRules(omission =>
            {
                omission.RuleFor(o => o.Reason).NotEmpty().WithIssueCode(CommonIssueCodes.RequiredTextEmpty).WithMessage(o => $"Say why the report does not cover the theme '{o.Theme}'.");
                omission.RuleFor(o => o.Reason).MustNotContainPersonalData(personalData).WithName(o => $"The reason the theme '{o.Theme}' is not covered");
                if (edition is not null)
                {
                    omission.RuleFor(o => o.Theme).Must(theme => edition.FindTheme(theme) is not null).WithIssueCode(FrameworkIssueCodes.UnknownTheme)
                        .WithMessage(o => $"'{o.Theme}' is not a theme of the {edition.Name} edition. Its themes are: {string.Join(", ", edition.Themes.Select(t => t.Code))}.");
                }
            });
        }).When(s => s.Report is not null);

        RuleFor(s => s).Custom(CheckVersions).When(s => s.Report is not null);
        RuleFor(s => s).Custom(CheckComments).When(s => s.Report is not null);
        if (edition is not null)
        {
            RuleFor(s => s).Custom((set, context) => CheckThemes(set, context, edition)).When(s => s.Report is not null);
        }
    }

    private static JsonPointer Versions => JsonPointer.Root.Append("report").Append("versions");

    /// <summary>PC0911, PC0912, PC0909 and PC0913 on the versions.</summary>
    private static void CheckVersions(FindingSet set, ValidationContext<FindingSet> context)
    {
        var versions = set.Report!.Versions;
        var end = set.Timeline.OnSiteEnd ?? set.Timeline.OnSiteStart;
        var finalSeen = false;
        var steps = new HashSet<(string, ReportStatus)>();
        for (var i = 0; i < versions.Count; i++)
        {
            var version = versions[i];
            var at = Versions.Append(i);
            if (version.Version is not null && !steps.Add((version.Version, version.Status)))
            {
                context.AddIssue(CommonIssueCodes.DuplicateId, at.Append("status"),
                    $"Version {version.Version} of the report is listed as '{version.Status.DisplayName}' more than once: a version reaches each status once.");
            }

            if (version.Date.IsCertainlyOnOrBefore(end))
            {
                context.AddIssue(FindingsIssueCodes.ReportBeforeVisitEnd, at.Append("date"),
                    $"Version {version.Version} of the report is dated {version.Date}, but the visit ends on {end}: the written report comes after the last on-site day.");
            }

            if (i > 0)
            {
                var before = versions[i - 1];
                if (version.Date.IsCertainlyBefore(before.Date))
                {
                    context.AddIssue(FindingsIssueCodes.ReportVersionsOutOfOrder, at.Append("date"),
                        $"Version {version.Version} of the report is dated {version.Date}, before version {before.Version} listed before it ({before.Date}): list the versions in the order they were made.");
                }
                else if (version.Status.Value < before.Status.Value)
                {
                    context.AddIssue(FindingsIssueCodes.ReportVersionsOutOfOrder, at.Append("status"),
                        $"Version {version.Version} of the report is '{version.Status.DisplayName}' after version {before.Version} was '{before.Status.DisplayName}': a report's status does not go back. A new draft after comments is a new version of the same stage or a later one.");
                }
            }

            if (version.Status == ReportStatus.Published && !finalSeen)
            {
                context.AddIssue(FindingsIssueCodes.PublishedBeforeFinal, at.Append("status"),
                    $"Version {version.Version} of the report is published, but no version before it is final: nothing is published before it is final.");
            }

            finalSeen |= version.Status == ReportStatus.Final;
        }

        CheckLate(context, versions, v => v.Status == ReportStatus.Draft || v.Status == ReportStatus.SharedWithCouncil, set.Timeline.DraftReportDue, "draft report");
        CheckLate(context, versions, v => v.Status == ReportStatus.Final, set.Timeline.FinalReportDue, "final report");
    }

    private static void CheckLate(ValidationContext<FindingSet> context, IReadOnlyList<ReportVersion> versions, Func<ReportVersion, bool> stage, PartialDate? due, string what)
    {
        if (due is not { IsExactDay: true } planned)
        {
            return;
        }

        for (var i = 0; i < versions.Count; i++)
        {
            if (stage(versions[i]))
            {
                if (planned.IsCertainlyBefore(versions[i].Date))
                {
                    context.AddIssue(FindingsIssueCodes.LaterThanPlanned, Versions.Append(i).Append("date"),
                        $"The {what} (version {versions[i].Version}) is dated {versions[i].Date}, later than the {planned} the timeline planned.");
                }

                return;
            }
        }
    }

    /// <summary>PC0902 for comments on unknown findings, PC0908 for comments not answered once the report is final.</summary>
    private static void CheckComments(FindingSet set, ValidationContext<FindingSet> context)
    {
        var report = set.Report!;
        var findings = new HashSet<string>(set.Findings.Select(f => f.Id), StringComparer.Ordinal);
        var final = report.Final;
        for (var i = 0; i < report.Comments.Count; i++)
        {
            var comment = report.Comments[i];
            var at = JsonPointer.Root.Append("report").Append("comments").Append(i);
            if (!string.IsNullOrWhiteSpace(comment.Finding) && !findings.Contains(comment.Finding))
            {
                context.AddIssue(FindingsIssueCodes.UnknownReference, at.Append("finding"),
                    $"The comment '{comment.Id}' points at the finding '{comment.Finding}', which is not the id of one of the record's findings (findings).");
            }

            if (final is not null && comment.Decision is null)
            {
                context.AddIssue(FindingsIssueCodes.CommentNotAnswered, at,
                    $"The comment '{comment.Id}' has no decision, but version {final.Version} of the report is {final.Status.DisplayName.ToLowerInvariant()}: a final report answers every comment (accepted, or not accepted with the reason).");
            }
        }
    }

    /// <summary>PC0910 for each theme of the edition no finding bears on and the report does not list as not covered.</summary>
    private static void CheckThemes(FindingSet set, ValidationContext<FindingSet> context, Edition edition)
    {
        if (!set.Findings.Any(f => f.Themes.Count > 0))
        {
            return;
        }

        var covered = new HashSet<ThemeCode>(set.Findings.SelectMany(f => f.Themes));
        covered.UnionWith(set.Report!.ThemesNotCovered.Select(o => o.Theme));
        var missing = edition.Themes.Where(t => !covered.Contains(t.Code)).ToList();
        if (missing.Count > 0)
        {
            context.AddIssue(FindingsIssueCodes.ThemeNotCovered, JsonPointer.Root.Append("report").Append("themesNotCovered"), string.Create(CultureInfo.InvariantCulture,
                $"No finding bears on the {(missing.Count == 1 ? "theme" : "themes")} {string.Join(", ", missing.Select(t => $"'{t.Name}' ({t.Code})"))} of the {edition.Name} edition: add findings, or list {(missing.Count == 1 ? "it" : "each")} in themesNotCovered with the reason."));
        }
    }
}
