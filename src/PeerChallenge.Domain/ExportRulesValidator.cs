using FluentValidation;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Privacy;

namespace PeerChallenge.Domain;

/// <summary>
/// The rules of a shareable export, run on any record that says it is one (<see cref="ChallengeRecord.Export"/> is
/// given): no free-text field holds a structured identifier the scanner finds (PC1001), and no group is smaller than
/// the threshold (PC1002). Names are not checked here: finding them is probabilistic, and a team member's name is kept
/// on purpose. Messages name the field and the kinds found, never the values.
/// </summary>
/// <remarks>
/// The threshold is the larger of the export's own (<see cref="ExportStamp.NonAttributionThreshold"/>) and the
/// validation options'. Built once; safe to share between threads. <see cref="ChallengeRecordValidator"/> includes it.
/// </remarks>
public sealed class ExportRulesValidator : AbstractValidator<ChallengeRecord>
{
    /// <summary>Gets the kinds of personal data counted as structured identifiers: every kind but <see cref="PersonalDataKind.Person"/>.</summary>
    public static IReadOnlyList<PersonalDataKind> StructuredKinds { get; } = [.. PersonalDataKind.All.Where(k => !ReferenceEquals(k, PersonalDataKind.Person))];

    private readonly PersonalDataScanner _scanner;

    /// <summary>Initializes a new instance of the <see cref="ExportRulesValidator"/> class.</summary>
    /// <param name="options">The options: the scanner's case reference patterns and the non-attribution threshold are used.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public ExportRulesValidator(ChallengeValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var scannerOptions = options.PersonalDataScanner.Options;
        _scanner = new PersonalDataScanner(new PersonalDataScannerOptions
        {
            CaseReferencePatterns = scannerOptions.CaseReferencePatterns,
            EnabledKinds = StructuredKinds,
            MinimumConfidence = scannerOptions.MinimumConfidence,
        });
        RuleFor(r => r).Custom((record, context) =>
        {
            var threshold = Math.Max(record.Export!.NonAttributionThreshold, options.NonAttributionThreshold);
            foreach (var issue in Check(record, _scanner, threshold))
            {
                context.AddIssue(issue.Code, issue.Path, issue.Message);
            }
        }).When(r => r.Export is not null);
    }

    /// <summary>Finds the problems of an export: identifiers in free text, then groups below <paramref name="threshold"/>.</summary>
    internal static IReadOnlyList<ValidationIssue> Check(ChallengeRecord record, PersonalDataScanner scanner, int threshold)
    {
        var finder = new IdentifierFinder(scanner);
        finder.Rewrite(record);
        var issues = finder.Issues;
        for (var i = 0; i < record.Evidence.Count; i++)
        {
            if (record.Evidence[i].Source?.GroupSize is { } size && size < threshold)
            {
                issues.Add(ExportIssueCodes.GroupBelowThresholdInExport.At(JsonPointer.Root.Append("evidence").Append(i).Append("source").Append("groupSize"),
                    $"The source of evidence item '{record.Evidence[i].Id}' is a group of {size}, fewer than the export's threshold of {threshold}."));
            }
        }

        for (var q = 0; q < record.Questionnaires.Count; q++)
        {
            var questionnaire = record.Questionnaires[q];
            var first = new Dictionary<string, (int Index, int Count)>(StringComparer.Ordinal);
            for (var i = 0; i < questionnaire.Responses.Count; i++)
            {
                var group = questionnaire.Responses[i].Respondent.RoleGroup;
                first[group] = first.TryGetValue(group, out var seen) ? (seen.Index, seen.Count + 1) : (i, 1);
            }

            foreach (var (_, (index, count)) in first.Where(g => g.Value.Count < threshold).OrderBy(g => g.Value.Index))
            {
                issues.Add(ExportIssueCodes.GroupBelowThresholdInExport.At(
                    JsonPointer.Root.Append("questionnaires").Append(q).Append("responses").Append(index).Append("respondent").Append("roleGroup"),
                    $"In questionnaire '{questionnaire.Id}', the role group of response '{questionnaire.Responses[index].Id}' has {count} response{(count == 1 ? string.Empty : "s")}, fewer than the export's threshold of {threshold}."));
            }
        }

        var sessions = record.Timetable?.Sessions ?? [];
        for (var s = 0; s < sessions.Count; s++)
        {
            for (var g = 0; g < sessions[s].Participants.Count; g++)
            {
                if (sessions[s].Participants[g].Expected is { } expected && expected < threshold)
                {
                    issues.Add(ExportIssueCodes.GroupBelowThresholdInExport.At(
                        JsonPointer.Root.Append("timetable").Append("sessions").Append(s).Append("participants").Append(g).Append("expected"),
                        $"A group of participants in session '{sessions[s].Id}' is expected to be {expected}, fewer than the export's threshold of {threshold}."));
                }
            }
        }

        return issues;
    }

    private sealed class IdentifierFinder(PersonalDataScanner scanner) : RecordText
    {
        internal List<ValidationIssue> Issues { get; } = [];

        protected override string Text(string part, JsonPointer path, string text)
        {
            var hits = scanner.Scan(text);
            if (hits.Count > 0)
            {
                var kinds = string.Join(", ", hits.Select(h => h.Kind).Distinct().Select(k => k.DisplayName.ToLowerInvariant()));
                Issues.Add(ExportIssueCodes.IdentifierInExport.At(path, $"This field of the export still contains personal data the scanner finds ({kinds}); the values are not repeated here."));
            }

            return text;
        }
    }
}
