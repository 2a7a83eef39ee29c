using PeerChallenge.Domain.Evidence;

namespace PeerChallenge.Domain.Tests.Evidence;

/// <summary>The grade distributions of the case audit, per criterion and per agency, and their publication.</summary>
public sealed class CaseAuditTablesTests
{
    private static readonly CaseAudit Audit = CaseAuditTestRecords.Audit;
    private static readonly string[] Scale = ["outstanding", "good", "adequate", "inadequate"];

    [Fact]
    public void Grades_per_criterion_are_counted()
    {
        var table = CaseAuditTables.ByCriterion(Audit, BuiltInEditions.Lgg2011)!;

        Assert.Equal(CaseAuditTables.ByCriterionId, table.Id);
        Assert.Equal(Scale, table.Columns);
        Assert.Equal(CaseAuditTestRecords.CriterionIds, table.Rows);
        Assert.All(table.Counts, row => Assert.Equal([1, 7, 3, 1], row));
    }

    [Fact]
    public void Grades_per_agency_count_each_graded_criterion_once_for_each_agency_involved()
    {
        var table = CaseAuditTables.ByAgency(Audit, BuiltInEditions.Lgg2011)!;

        Assert.Equal(CaseAuditTables.ByAgencyId, table.Id);
        Assert.Equal([CaseAuditTestRecords.SocialCare, CaseAuditTestRecords.Health, CaseAuditTestRecords.Police], table.Rows);

        // Social care: all 12 cases. Health: cases 0, 1 (named twice, counted once), 2, 4, 6, 8, 10. Police: 0, 3, 6, 9.
        Assert.Equal([5, 35, 15, 5], table.Counts[0]);
        Assert.Equal([5, 25, 5, 0], table.Counts[1]);
        Assert.Equal([0, 15, 5, 0], table.Counts[2]);
    }

    [Fact]
    public void The_counts_match_a_plain_group_by()
    {
        var table = CaseAuditTables.ByAgency(Audit, BuiltInEditions.Lgg2011)!;
        var expected = Audit.Cases
            .SelectMany(c => c.Agencies.Distinct().SelectMany(a => c.Grades.Select(g => (Agency: a, g.Grade))))
            .GroupBy(x => x)
            .ToDictionary(g => g.Key, g => g.Count());

        for (var r = 0; r < table.Rows.Count; r++)
        {
            for (var c = 0; c < table.Columns.Count; c++)
            {
                Assert.Equal(expected.GetValueOrDefault((table.Rows[r], table.Columns[c])), table.Counts[r][c]);
            }
        }
    }

    [Fact]
    public void Grades_off_the_scale_and_of_unknown_criteria_are_not_counted()
    {
        var audit = Audit with
        {
            Cases =
            [
                Audit.Cases[0] with
                {
                    Grades = [new CriterionGrade { Criterion = "timeliness", Grade = "excellent" }, new CriterionGrade { Criterion = "other", Grade = "good" }, new CriterionGrade { Criterion = "timeliness", Grade = "good" }],
                },
            ],
        };

        var byCriterion = CaseAuditTables.ByCriterion(audit, BuiltInEditions.Lgg2011)!;
        var byAgency = CaseAuditTables.ByAgency(audit, BuiltInEditions.Lgg2011)!;

        Assert.Equal(1, byCriterion.Counts.SelectMany(r => r).Sum());
        Assert.Equal(1, byCriterion.Counts[2][1]);
        Assert.All(byAgency.Counts, row => Assert.Equal([0, 1, 0, 0], row));
    }

    [Fact]
    public void Without_a_scale_the_columns_are_the_grades_found_in_order()
    {
        var table = CaseAuditTables.ByCriterion(Audit)!;

        Assert.Equal(["good", "adequate", "outstanding", "inadequate"], table.Columns);
        Assert.All(table.Counts, row => Assert.Equal([7, 3, 1, 1], row));
    }

    [Fact]
    public void An_audit_with_nothing_to_count_gives_no_table()
    {
        Assert.Null(CaseAuditTables.ByCriterion(new CaseAudit(), BuiltInEditions.Lgg2011));
        Assert.Null(CaseAuditTables.ByAgency(new CaseAudit(), BuiltInEditions.Lgg2011));
        Assert.Null(CaseAuditTables.ByCriterion(Audit with { Cases = [] }));
        Assert.Empty(CaseAuditTables.Publish(new CaseAudit(), BuiltInEditions.Lgg2011, DisclosureProfile.Dfe));
    }

    [Fact]
    public void The_published_tables_under_dfe_suppress_small_counts()
    {
        var tables = CaseAuditTables.Publish(Audit, BuiltInEditions.Lgg2011, DisclosureProfile.Dfe);

        Assert.Equal([CaseAuditTables.ByCriterionId, CaseAuditTables.ByAgencyId], tables.Select(t => t.Id));
        Assert.All(tables, t => Assert.Equal("dfe", t.Profile));
        var byCriterion = tables[0];
        for (var r = 0; r < CaseAuditTestRecords.CriterionIds.Length; r++)
        {
            Assert.Equal(CaseAuditTestRecords.CriterionIds[r], byCriterion.Rows[r].Label);
            Assert.Equal(TableCell.Of(7), byCriterion.Cell(r, 1));
            Assert.True(byCriterion.Cell(r, 0).IsSymbol);
            Assert.True(byCriterion.Cell(r, 2).IsSymbol);
            Assert.True(byCriterion.Cell(r, 3).IsSymbol);
        }

        var byAgency = tables[1];
        Assert.Equal(TableCell.Of(35), byAgency.Cell(0, 1));
        Assert.Equal(TableCell.Of(15), byAgency.Cell(0, 2));
        Assert.Equal(TableCell.Of(25), byAgency.Cell(1, 1));
        Assert.True(byAgency.Cell(1, 2).IsSymbol);
        Assert.True(byAgency.Cell(2, 2).IsSymbol);
    }

    [Fact]
    public void Every_published_number_is_the_count()
    {
        foreach (var profile in DisclosureProfile.All)
        {
            var counts = CaseAuditTables.ByAgency(Audit, BuiltInEditions.Lgg2011)!;
            var published = DisclosureControl.Apply(counts, profile);
            for (var r = 0; r < counts.Rows.Count; r++)
            {
                for (var c = 0; c < counts.Columns.Count; c++)
                {
                    var cell = published.Cell(r, c);
                    if (!cell.IsSymbol && profile.RoundingBase == 1)
                    {
                        Assert.Equal(counts.Counts[r][c], cell.Value);
                    }
                }
            }
        }
    }
}
