using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PeerChallenge.Domain.Evidence;

namespace PeerChallenge.Domain.Tests.Evidence;

/// <summary>
/// The audit of issue 10: for every suppressed cell of any generated table, the values it could take given everything
/// published (shown cells, shown totals, non-negative integers) are more than one.
/// </summary>
public sealed class DisclosureAuditProperties
{
    [Property(MaxTest = 300, Arbitrary = [typeof(GeneratedTables)])]
    public void No_suppressed_cell_can_be_worked_out(GeneratedTable generated)
    {
        var published = DisclosureControl.Apply(generated.Table, generated.Profile);

        var ranges = SuppressionAudit.Ranges(generated.Table, published);

        var disclosed = ranges.Where(r => !r.HasMoreThanOneValue).ToList();
        Assert.True(disclosed.Count == 0, $"{generated}\nDisclosed: {string.Join("; ", disclosed)}");
        Assert.All(ranges, r => Assert.InRange(r.Value, r.Least - 1e-6, r.Greatest + 1e-6));
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(GeneratedTables)])]
    public void Small_counts_are_suppressed_and_shown_counts_are_the_counts_or_their_rounding(GeneratedTable generated)
    {
        var profile = generated.Profile;
        var values = SuppressionAudit.WithTotals(generated.Table);

        var published = DisclosureControl.Apply(generated.Table, profile);

        for (var i = 0; i < values.GetLength(0); i++)
        {
            for (var j = 0; j < values.GetLength(1); j++)
            {
                var cell = published.Cell(i, j);
                var value = values[i, j];
                if (profile.IsSmall((int)value))
                {
                    Assert.Equal(profile.Symbol, cell.Symbol);
                }
                else if (!cell.IsSymbol)
                {
                    Assert.Equal(value, (long)cell.Value!.Value, (double)(profile.RoundingBase / 2));
                    Assert.Equal(0, cell.Value!.Value % profile.RoundingBase);
                }
                else
                {
                    Assert.Equal(profile.Symbol, cell.Symbol);
                }
            }
        }
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(GeneratedTables)])]
    public void The_engine_and_the_audit_agree_on_which_cells_primary_suppression_gives_away(GeneratedTable generated)
    {
        // Cross-checks the engine's cycle test against the audit's linear programming on patterns with determined cells.
        var primaryOnly = new DisclosureProfile("primary", "Primary only", generated.Profile.Threshold, generated.Profile.SuppressZero, 1, "c", false);
        var pattern = DisclosurePattern.Plan(generated.Table, primaryOnly);

        var ranges = SuppressionAudit.Ranges(generated.Table, DisclosureControl.Apply(generated.Table, primaryOnly));

        Assert.All(ranges, r => Assert.True(pattern.IsDetermined(r.Row, r.Column) == !r.HasMoreThanOneValue, $"{generated}: {r}"));
    }

    [Fact]
    public void The_audit_finds_what_primary_suppression_alone_gives_away()
    {
        // Without secondary suppression, a row with one small count gives it away: 10 - 7 = 3.
        var naive = new DisclosureProfile("naive", "Primary only", 6, false, 1, "c", false);
        var table = new CountTable("t", "T", ["a", "b"], ["x", "y"], [[3, 7], [20, 30]]);

        var ranges = SuppressionAudit.Ranges(table, DisclosureControl.Apply(table, naive));

        var range = Assert.Single(ranges);
        Assert.Equal((0, 0, 3L, 3.0, 3.0), (range.Row, range.Column, range.Value, range.Least, range.Greatest));
        Assert.False(range.HasMoreThanOneValue);
    }

    [Fact]
    public void The_audit_finds_two_suppressed_zeros_that_add_up_to_nothing()
    {
        // Two zeros of a row with a shown total and shown other cells must both be zero.
        var zeros = new DisclosureProfile("zeros", "Zeros only", 1, true, 1, "c", false);
        var table = new CountTable("t", "T", ["a", "b", "c"], ["x", "y"], [[0, 0, 50], [10, 20, 30]]);

        var ranges = SuppressionAudit.Ranges(table, DisclosureControl.Apply(table, zeros));

        Assert.Equal(2, ranges.Count);
        Assert.All(ranges, r => Assert.False(r.HasMoreThanOneValue));
    }

    [Theory]
    [InlineData("dfe")]
    [InlineData("nhs")]
    [InlineData("threshold-10")]
    public void Zeros_that_add_up_to_nothing_are_protected_by_the_engine(string code)
    {
        Assert.True(DisclosureProfile.TryFind(code, out var profile));
        var table = new CountTable("t", "T", ["a", "b", "c"], ["x", "y"], [[0, 0, 50], [10, 20, 30]]);

        var published = DisclosureControl.Apply(table, profile);

        Assert.All(SuppressionAudit.Ranges(table, published), r => Assert.True(r.HasMoreThanOneValue, r.ToString()));
    }

    /// <summary>A generated table with the profile to apply; many counts are small.</summary>
    public sealed record GeneratedTable(CountTable Table, DisclosureProfile Profile)
    {
        public override string ToString() =>
            $"{Profile.Code}: [{string.Join(" / ", Table.Counts.Select(r => string.Join(' ', r)))}]";
    }

    public static class GeneratedTables
    {
        public static Arbitrary<GeneratedTable> Tables() => Arb.From(
            from rows in Gen.Choose(1, 6)
            from columns in Gen.Choose(1, 6)
            from style in Gen.Choose(0, 2)
            from counts in Count(style).ArrayOf(rows * columns)
            from profile in Gen.Elements(DisclosureProfile.All.ToArray())
            select new GeneratedTable(
                new CountTable(
                    "generated",
                    "Generated",
                    Enumerable.Range(1, columns).Select(j => $"c{j}"),
                    Enumerable.Range(1, rows).Select(i => $"r{i}"),
                    Enumerable.Range(0, rows).Select(i => counts.Skip(i * columns).Take(columns))),
                profile));

        /// <summary>Counts 0 to 40, many small: style 0 mostly small, 1 mixed, 2 mostly large with a few zeros and small ones.</summary>
        private static Gen<int> Count(int style) => Gen.Frequency(
            (style == 0 ? 4 : 2, Gen.Constant(0)),
            (style == 0 ? 8 : style == 1 ? 4 : 1, Gen.Choose(1, 9)),
            (style == 2 ? 8 : 3, Gen.Choose(10, 40)));
    }
}
