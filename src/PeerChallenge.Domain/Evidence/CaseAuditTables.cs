using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Framework;

namespace PeerChallenge.Domain.Evidence;

/// <summary>
/// Turns a case audit into tables of grades for publication: the grade distribution per criterion (criteria × grades)
/// and per agency (agencies × grades), as <see cref="CountTable"/>s that <see cref="Publish"/> puts through
/// <see cref="DisclosureControl.Apply"/>.
/// </summary>
/// <remarks>
/// <para>
/// The columns are the grades of the edition's scale (<see cref="Edition.AuditGrades"/>), best first; when the edition
/// defines none, the grades found, in the order first met. A grade off the scale (PC0703) or of a criterion the audit
/// does not have (PC0701) is not counted.
/// </para>
/// <para>
/// Per agency, each graded criterion of a case counts once for each agency involved in the case (an agency named twice
/// in one case counts once): a case with two agencies and five grades adds five grades to each agency's row. A row
/// therefore says how the cases an agency was involved in were graded, not how the agency itself did, and the rows of
/// the agency table add up to more than the number of grades whenever a case involves several agencies.
/// </para>
/// <para>Pure and linear in the cases and their grades; it allocates per table, not per case. Rows are the criteria in the audit's order (labelled by id) and the agencies in the order first met.</para>
/// </remarks>
public static class CaseAuditTables
{
    /// <summary>The id of the table of grades per criterion: <c>case-audit-by-criterion</c>.</summary>
    public const string ByCriterionId = "case-audit-by-criterion";

    /// <summary>The id of the table of grades per agency: <c>case-audit-by-agency</c>.</summary>
    public const string ByAgencyId = "case-audit-by-agency";

    /// <summary>Counts the grades of each criterion.</summary>
    /// <param name="audit">The case audit.</param>
    /// <param name="edition">The record's edition, whose grading scale gives the columns; null for the grades found.</param>
    /// <returns>The table, or null when the audit has no criteria or no grades to count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="audit"/> is null.</exception>
    public static CountTable? ByCriterion(CaseAudit audit, Edition? edition = null)
    {
        ArgumentNullException.ThrowIfNull(audit);
        var grades = GradeColumns(audit, edition);
        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var criterion in audit.Criteria)
        {
            if (!string.IsNullOrEmpty(criterion.Id))
            {
                rows.TryAdd(criterion.Id, rows.Count);
            }
        }

        if (rows.Count == 0 || grades.Count == 0)
        {
            return null;
        }

        var counts = NewCounts(rows.Count, grades.Count);
        var cases = audit.Cases;
        for (var c = 0; c < cases.Count; c++)
        {
            var caseGrades = cases[c].Grades;
            for (var k = 0; k < caseGrades.Count; k++)
            {
                var grade = caseGrades[k];
                if (rows.TryGetValue(grade.Criterion ?? string.Empty, out var row) && grades.TryGetValue(grade.Grade ?? string.Empty, out var column))
                {
                    counts[row][column]++;
                }
            }
        }

        return new CountTable(ByCriterionId, "Case audit: grades per criterion", grades.Keys, rows.Keys, counts) { Marking = MarkingOf(audit) };
    }

    /// <summary>Counts the grades of the cases each agency was involved in: each graded criterion of a case once per agency involved.</summary>
    /// <param name="audit">The case audit.</param>
    /// <param name="edition">The record's edition, whose grading scale gives the columns; null for the grades found.</param>
    /// <returns>The table, or null when no case names an agency or there are no grades to count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="audit"/> is null.</exception>
    public static CountTable? ByAgency(CaseAudit audit, Edition? edition = null)
    {
        ArgumentNullException.ThrowIfNull(audit);
        var grades = GradeColumns(audit, edition);
        var criteria = new HashSet<string>(audit.Criteria.Select(c => c.Id).Where(id => !string.IsNullOrEmpty(id)), StringComparer.Ordinal);
        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new List<int[]>();
        var inCase = new HashSet<int>();
        var cases = audit.Cases;
        for (var c = 0; c < cases.Count; c++)
        {
            var audited = cases[c];
            inCase.Clear();
            var agencies = audited.Agencies;
            for (var k = 0; k < agencies.Count; k++)
            {
                var agency = agencies[k];
                if (string.IsNullOrEmpty(agency) || agency == StatisticalTable.TotalLabel)
                {
                    continue;
                }

                if (!rows.TryGetValue(agency, out var row))
                {
                    row = rows.Count;
                    rows.Add(agency, row);
                    counts.Add(new int[grades.Count]);
                }

                inCase.Add(row);
            }

            var caseGrades = audited.Grades;
            for (var k = 0; k < caseGrades.Count; k++)
            {
                var grade = caseGrades[k];
                if (criteria.Contains(grade.Criterion ?? string.Empty) && grades.TryGetValue(grade.Grade ?? string.Empty, out var column))
                {
                    foreach (var row in inCase)
                    {
                        counts[row][column]++;
                    }
                }
            }
        }

        return rows.Count == 0 || grades.Count == 0
            ? null
            : new CountTable(ByAgencyId, "Case audit: grades per agency involved", grades.Keys, rows.Keys, counts) { Marking = MarkingOf(audit) };
    }

    /// <summary>Builds both tables and publishes them under <paramref name="profile"/>.</summary>
    /// <param name="audit">The case audit.</param>
    /// <param name="edition">The record's edition, whose grading scale gives the columns; null for the grades found.</param>
    /// <param name="profile">The disclosure profile, for example <see cref="DisclosureProfile.Dfe"/>.</param>
    /// <returns>The published tables, per criterion then per agency, leaving out a table with nothing to count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="audit"/> or <paramref name="profile"/> is null.</exception>
    public static IReadOnlyList<StatisticalTable> Publish(CaseAudit audit, Edition? edition, DisclosureProfile profile)
    {
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(profile);
        CountTable?[] tables = [ByCriterion(audit, edition), ByAgency(audit, edition)];
        return EquatableList.From(tables.OfType<CountTable>().Select(t => DisclosureControl.Apply(t, profile)));
    }

    /// <summary>The grade columns and their positions: the edition's scale, or the grades found in the order first met.</summary>
    private static DerivedMarking? MarkingOf(CaseAudit audit) => audit.Marking is { } marking ? DerivedMarking.Of(marking) : null;

    private static Dictionary<string, int> GradeColumns(CaseAudit audit, Edition? edition)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        if (edition is { AuditGrades.Count: > 0 })
        {
            foreach (var grade in edition.AuditGrades)
            {
                columns.TryAdd(grade, columns.Count);
            }

            return columns;
        }

        foreach (var audited in audit.Cases)
        {
            foreach (var grade in audited.Grades)
            {
                if (!string.IsNullOrEmpty(grade.Grade) && grade.Grade != StatisticalTable.TotalLabel)
                {
                    columns.TryAdd(grade.Grade, columns.Count);
                }
            }
        }

        return columns;
    }

    private static List<int[]> NewCounts(int rows, int columns)
    {
        var counts = new List<int[]>(rows);
        for (var i = 0; i < rows; i++)
        {
            counts.Add(new int[columns]);
        }

        return counts;
    }
}
