namespace PeerChallenge.Cli.Tests;

public sealed class TerminalTextTests
{
    [Theory]
    [InlineData("plain text, caf\u00E9, \U0001F600", "plain text, caf\u00E9, \U0001F600")]
    [InlineData("a\nb\rc\td", "a\\nb\\rc\\td")]
    [InlineData("\u001B[2J\u0007\u0000", "\\u001B[2J\\u0007\\u0000")]
    [InlineData("del\u007F c1\u0080\u009B", "del\\u007F c1\\u0080\\u009B")]
    [InlineData("line\u2028para\u2029", "line\\u2028para\\u2029")]
    [InlineData("bidi\u202Eevil\u2066", "bidi\\u202Eevil\\u2066")]
    [InlineData(@"C:\records\a.json", @"C:\records\a.json")]
    [InlineData("", "")]
    public void Escapes_controls_and_keeps_everything_else(string text, string expected) =>
        Assert.Equal(expected, TerminalText.Escape(text));

    [Fact]
    public void Escapes_a_surrogate_without_its_pair()
    {
        // Not in InlineData: attribute metadata cannot hold a lone surrogate.
        var text = "lone " + (char)0xD800 + " high, lone " + (char)0xDC00 + " low";

        Assert.Equal("lone \\uD800 high, lone \\uDC00 low", TerminalText.Escape(text));
    }

    [Fact]
    public void A_usage_error_does_not_echo_control_characters_raw()
    {
        var run = ToolRun.Of("validate", "x.json", "--form\u001B[2Jat");

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
        Assert.StartsWith("peer-challenge: unknown option '--form\\u001B[2Jat'.", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001B', run.Error);
    }

    [Fact]
    public void A_date_option_does_not_echo_control_characters_raw()
    {
        var run = ToolRun.Of("plan", "--on-site", "2011\n10\u0007");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("peer-challenge plan: --on-site '2011\\n10\\u0007' is not a date. Write dates as yyyy-MM-dd, for example 2011-10-03.\n", run.Error.ReplaceLineEndings("\n"));
    }
}
