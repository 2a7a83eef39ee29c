using System.Text.Json;
using PeerChallenge.Domain.Evidence;

namespace PeerChallenge.Domain.Tests.Evidence;

public sealed class DisclosureControlTests
{
    /// <summary>The worked table of docs/evidence.md: "I know how to escalate a concern about a child", by role group.</summary>
    internal static readonly CountTable Escalation = new(
        "escalation-by-role",
        "I know how to escalate a concern about a child",
        ["Agree", "Neutral", "Disagree"],
        ["Social workers", "Team managers", "Health visitors", "Police officers"],
        [[24, 6, 3], [9, 2, 0], [14, 5, 8], [11, 7, 1]]);

    [Fact]
    public void Dfe_suppresses_1_to_5_and_enough_other_cells_to_protect_them()
    {
        var published = DisclosureControl.Apply(Escalation, DisclosureProfile.Dfe);

        // 3, 2, 5 and 1 are small; 6, 0, 8 and 7 go too, or each small count would be its row total less the rest.
        Assert.Equal(
            [
                "Social workers: 24 c c 33",
                "Team managers: 9 c c 11",
                "Health visitors: 14 c c 27",
                "Police officers: 11 c c 19",
                "Total: 58 20 12 90",
            ],
            Render(published));
        Assert.Equal(["Agree", "Neutral", "Disagree", "Total"], published.Columns);
        Assert.Equal(("escalation-by-role", "I know how to escalate a concern about a child", "dfe"), (published.Id, published.Title, published.Profile));
    }

    [Fact]
    public void Nhs_suppresses_1_to_7_and_rounds_every_other_count_and_total_to_the_nearest_5()
    {
        var published = DisclosureControl.Apply(Escalation, DisclosureProfile.Nhs);

        Assert.Equal(
            [
                "Social workers: 25 * * 35",
                "Team managers: 10 * * 10",
                "Health visitors: 15 * * 25",
                "Police officers: 10 * * 20",
                "Total: 60 20 10 90",
            ],
            Render(published));
    }

    [Fact]
    public void Threshold_10_suppresses_counts_below_10_zero_included()
    {
        var published = DisclosureControl.Apply(Escalation, DisclosureProfile.Threshold10);

        // The team managers' 9 and 0 are small; the police officers' 11 goes as the 9's partner in its column.
        Assert.Equal(
            [
                "Social workers: 24 c c 33",
                "Team managers: c c c 11",
                "Health visitors: 14 c c 27",
                "Police officers: c c c 19",
                "Total: 58 20 12 90",
            ],
            Render(published));
    }

    [Fact]
    public void Threshold_10_suppresses_a_zero_that_dfe_and_nhs_show()
    {
        var table = new CountTable("t", "T", ["a", "b"], ["x", "y"], [[0, 40], [30, 20]]);

        Assert.Equal(["x: c c 40", "y: c c 50", "Total: 30 60 90"], Render(DisclosureControl.Apply(table, DisclosureProfile.Threshold10)));
        Assert.Equal(["x: 0 40 40", "y: 30 20 50", "Total: 30 60 90"], Render(DisclosureControl.Apply(table, DisclosureProfile.Dfe)));
        Assert.Equal(["x: 0 40 40", "y: 30 20 50", "Total: 30 60 90"], Render(DisclosureControl.Apply(table, DisclosureProfile.Nhs)));
    }

    [Fact]
    public void Nhs_totals_are_computed_from_unrounded_counts_then_rounded()
    {
        var table = new CountTable("t", "T", ["a", "b"], ["x", "y"], [[12, 12], [13, 13]]);

        // 12 + 12 = 24 shows as 25, not as 10 + 10.
        Assert.Equal(["x: 10 10 25", "y: 15 15 25", "Total: 25 25 50"], Render(DisclosureControl.Apply(table, DisclosureProfile.Nhs)));
    }

    [Fact]
    public void A_small_total_is_suppressed_and_protected_like_a_count()
    {
        var table = new CountTable("t", "T", ["a", "b"], ["x", "y", "z"], [[2, 1], [20, 30], [25, 35]]);

        var published = DisclosureControl.Apply(table, DisclosureProfile.Dfe);

        Assert.Equal("c", published.Cell(0, 2).Symbol);
        Assert.All(SuppressionAudit.Ranges(table, published), r => Assert.True(r.HasMoreThanOneValue, r.ToString()));
    }

    [Fact]
    public void A_table_without_small_counts_is_published_whole()
    {
        var table = new CountTable("t", "T", ["a"], ["x"], [[17]]);

        Assert.Equal(["x: 17 17", "Total: 17 17"], Render(DisclosureControl.Apply(table, DisclosureProfile.Dfe)));
    }

    [Fact]
    public void Without_secondary_suppression_only_small_counts_are_suppressed()
    {
        var primaryOnly = new DisclosureProfile("primary", "Primary only", 6, false, 1, "c", false);
        var table = new CountTable("t", "T", ["a", "b"], ["x", "y"], [[3, 7], [20, 30]]);

        Assert.Equal(["x: c 7 10", "y: 20 30 50", "Total: 23 37 60"], Render(DisclosureControl.Apply(table, primaryOnly)));
    }

    [Fact]
    public void Row_percentages_of_a_suppressed_count_or_total_are_suppressed()
    {
        var published = DisclosureControl.Apply(Escalation, DisclosureProfile.Dfe);

        var percentages = DisclosureControl.RowPercentages(published);

        Assert.Equal(
            [
                "Social workers: 72.7 c c 100",
                "Team managers: 81.8 c c 100",
                "Health visitors: 51.9 c c 100",
                "Police officers: 57.9 c c 100",
                "Total: 64.4 22.2 13.3 100",
            ],
            Render(percentages));
        Assert.Equal(("escalation-by-role-row-percentages", "dfe"), (percentages.Id, percentages.Profile));
    }

    [Fact]
    public void Row_percentages_of_a_row_whose_total_is_suppressed_are_all_suppressed()
    {
        var table = new CountTable("t", "T", ["a", "b"], ["x", "y", "z"], [[2, 1], [20, 30], [25, 35]]);

        var percentages = DisclosureControl.RowPercentages(DisclosureControl.Apply(table, DisclosureProfile.Dfe));

        Assert.All(percentages.Rows[0].Cells, c => Assert.Equal("c", c.Symbol));
    }

    [Fact]
    public void Row_percentages_under_nhs_come_from_the_rounded_counts()
    {
        var table = new CountTable("t", "T", ["a", "b"], ["x"], [[12, 13]]);

        var percentages = DisclosureControl.RowPercentages(DisclosureControl.Apply(table, DisclosureProfile.Nhs));

        Assert.Equal("x: 40 60 100", Render(percentages)[0]); // 10 and 15 of 25, not 48 and 52.
    }

    [Fact]
    public void Row_percentages_need_a_total_column()
    {
        var table = new StatisticalTable("t", "T", ["a"], [new TableRow("x", [TableCell.Of(1)])], "dfe");

        Assert.Throws<ArgumentException>(() => DisclosureControl.RowPercentages(table));
    }

    [Fact]
    public void A_percentage_is_its_count_or_total_symbol_when_either_is_suppressed_and_not_applicable_of_nothing()
    {
        Assert.Equal(TableCell.OfSymbol("*"), DisclosureControl.Percentage(TableCell.OfSymbol("*"), TableCell.Of(20)));
        Assert.Equal(TableCell.Confidential, DisclosureControl.Percentage(TableCell.Of(7), TableCell.Confidential));
        Assert.Equal(TableCell.NotApplicable, DisclosureControl.Percentage(TableCell.Of(0), TableCell.Of(0)));
        Assert.Equal(TableCell.Of(33.33m), DisclosureControl.Percentage(TableCell.Of(1), TableCell.Of(3), 2));
        Assert.Equal(TableCell.Of(67m), DisclosureControl.Percentage(TableCell.Of(2), TableCell.Of(3), 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => DisclosureControl.Percentage(TableCell.Of(1), TableCell.Of(3), 11));
    }

    [Fact]
    public void A_mean_from_a_suppressed_count_is_suppressed()
    {
        decimal[] scale = [1, 2, 3, 4, 5];

        Assert.Equal(TableCell.Confidential, DisclosureControl.Mean([TableCell.Of(10), TableCell.Confidential, TableCell.Of(12), TableCell.Of(0), TableCell.Of(9)], scale));
        Assert.Equal(TableCell.NotApplicable, DisclosureControl.Mean([.. Enumerable.Repeat(TableCell.Of(0), 5)], scale));
        Assert.Equal(TableCell.Of(2.52m), DisclosureControl.Mean([TableCell.Of(10), TableCell.Of(6), TableCell.Of(12), TableCell.Of(0), TableCell.Of(5)], scale));
        Assert.Throws<ArgumentException>(() => DisclosureControl.Mean([TableCell.Of(1)], scale));
    }

    [Fact]
    public void Means_of_the_published_rows_are_suppressed_where_a_count_is()
    {
        var published = DisclosureControl.Apply(Escalation, DisclosureProfile.Dfe);
        decimal[] scores = [1, 0, -1];

        var means = published.Rows.Select(r => DisclosureControl.Mean([.. r.Cells.Take(3)], scores).ToString());

        Assert.Equal(["c", "c", "c", "c", "0.51"], means);
    }

    [Theory]
    [InlineData("dfe", 5, false)]
    [InlineData("dfe", 6, true)]
    [InlineData("nhs", 7, false)]
    [InlineData("nhs", 8, true)]
    [InlineData("threshold-10", 9, false)]
    [InlineData("threshold-10", 10, true)]
    [InlineData("dfe", 0, false)]
    [InlineData("dfe", 1, false)]
    public void Free_text_from_a_group_below_the_threshold_is_withheld(string code, int groupSize, bool mayPublish)
    {
        Assert.True(DisclosureProfile.TryFind(code, out var profile));

        Assert.Equal(mayPublish, profile.MayPublishFreeText(groupSize));
    }

    [Fact]
    public void A_published_table_is_json_with_numbers_and_symbol_strings()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var published = DisclosureControl.Apply(new CountTable("t", "T", ["a", "b"], ["x"], [[3, 20]]), DisclosureProfile.Dfe);

        var json = JsonSerializer.Serialize(published, options);

        Assert.Equal(
            """{"id":"t","title":"T","columns":["a","b","Total"],"rows":[{"label":"x","cells":["c","c",23]},{"label":"Total","cells":["c","c",23]}],"profile":"dfe"}""",
            json);
        var withNumbers = DisclosureControl.Apply(new CountTable("t", "T", ["a", "b"], ["x"], [[13, 20]]), DisclosureProfile.Dfe);
        Assert.Contains("\"cells\":[13,20,33]", JsonSerializer.Serialize(withNumbers, options), StringComparison.Ordinal);
        Assert.Equal(withNumbers, JsonSerializer.Deserialize<StatisticalTable>(JsonSerializer.Serialize(withNumbers, options), options));
        Assert.Equal(published, JsonSerializer.Deserialize<StatisticalTable>(json, options));
    }

    [Fact]
    public void A_count_table_refuses_bad_shapes_negative_counts_and_the_total_label()
    {
        Assert.Throws<ArgumentException>(() => new CountTable("t", "T", ["a"], ["x"], [[-1]]));
        Assert.Throws<ArgumentException>(() => new CountTable("t", "T", ["a", "b"], ["x"], [[1]]));
        Assert.Throws<ArgumentException>(() => new CountTable("t", "T", ["a"], ["x", "y"], [[1]]));
        Assert.Throws<ArgumentException>(() => new CountTable("t", "T", [], [], []));
        Assert.Throws<ArgumentException>(() => new CountTable("t", "T", ["Total"], ["x"], [[1]]));
        Assert.Throws<ArgumentException>(() => new CountTable("t", "T", ["a"], ["Total"], [[1]]));
        Assert.Throws<ArgumentNullException>(() => new CountTable("t", "T", ["a"], ["x"], null!));
        Assert.Equal(new CountTable("t", "T", ["a"], ["x"], [[1]]), new CountTable("t", "T", ["a"], ["x"], [[1]]));
    }

    /// <summary>The table as lines "label: cell cell ... cell".</summary>
    internal static string[] Render(StatisticalTable table) =>
        [.. table.Rows.Select(r => $"{r.Label}: {string.Join(' ', r.Cells)}")];
}
