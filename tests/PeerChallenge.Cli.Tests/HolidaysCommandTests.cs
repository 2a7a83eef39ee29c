using System.Text.Json;

namespace PeerChallenge.Cli.Tests;

public sealed class HolidaysCommandTests
{
    [Fact]
    public void Json_is_an_array_of_date_and_name_in_date_order()
    {
        var run = ToolRun.Of("holidays", "--from", "2012-01-01", "--to", "2021-12-31", "--format", "json");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        var items = JsonDocument.Parse(run.Output).RootElement.EnumerateArray().ToList();
        Assert.All(items, item => Assert.Equal(["date", "name"], item.EnumerateObject().Select(p => p.Name)));
        var dates = items.Select(i => i.GetProperty("date").GetString()!).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.Equal(8 * 10 + 1, items.Count); // 2012 has the Diamond Jubilee as well.
        Assert.Equal(("2012-01-02", "New Year’s Day"), (dates[0], items[0].GetProperty("name").GetString()));
        Assert.Equal(("2021-12-28", "Boxing Day"), (dates[^1], items[^1].GetProperty("name").GetString()));
        Assert.Contains(items, i => i.GetProperty("date").GetString() == "2020-05-08" && i.GetProperty("name").GetString() == "Early May bank holiday (VE day)");
        Assert.DoesNotContain("2020-05-04", dates);
        Assert.Contains("New Year’s Day", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_lists_one_holiday_a_line()
    {
        var run = ToolRun.Of("holidays", "--from", "2022-01-01", "--to", "2022-12-31");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [
                "2022-01-03  Monday     New Year’s Day (substitute day)",
                "2022-04-15  Friday     Good Friday",
                "2022-04-18  Monday     Easter Monday",
                "2022-05-02  Monday     Early May bank holiday",
                "2022-06-02  Thursday   Spring bank holiday",
                "2022-06-03  Friday     Platinum Jubilee bank holiday",
                "2022-08-29  Monday     Summer bank holiday",
                "2022-09-19  Monday     Bank Holiday for the State Funeral of Queen Elizabeth II",
                "2022-12-26  Monday     Boxing Day",
                "2022-12-27  Tuesday    Christmas Day (substitute day)",
            ],
            run.Output.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void An_empty_span_gives_an_empty_array()
    {
        var run = ToolRun.Of("holidays", "--from", "2011-10-03", "--to", "2011-10-07", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(JsonDocument.Parse(run.Output).RootElement.EnumerateArray());
    }

    [Theory]
    [InlineData("2012-13-01", "2012-12-31", "peer-challenge holidays: --from '2012-13-01' is not a date. Write dates as yyyy-MM-dd, for example 2011-10-03.")]
    [InlineData("2012-01-01", "31/12/2012", "peer-challenge holidays: --to '31/12/2012' is not a date. Write dates as yyyy-MM-dd, for example 2011-10-03.")]
    [InlineData("2012-02-30", "2012-12-31", "peer-challenge holidays: --from '2012-02-30' is not a date. Write dates as yyyy-MM-dd, for example 2011-10-03.")]
    [InlineData("2012-12-31", "2012-01-01", "peer-challenge holidays: --to 2012-01-01 is before --from 2012-12-31.")]
    [InlineData("1990-01-01", "2012-01-01", "peer-challenge holidays: --from 1990-01-01 is outside the working-day calendar, which covers 1995 to 2099.")]
    public void Bad_input_is_a_clear_message_and_exit_code_2(string from, string to, string message)
    {
        var run = ToolRun.Of("holidays", "--from", from, "--to", to);

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
        Assert.Equal(message + Environment.NewLine, run.Error);
    }

    [Fact]
    public void A_missing_option_is_a_usage_error()
    {
        var run = ToolRun.Of("holidays", "--from", "2012-01-01");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--to", run.Error, StringComparison.Ordinal);
    }
}
