using System.Globalization;
using NodaTime;

namespace PeerChallenge.Domain.Tests.Provenance;

/// <summary>A date as a published source gives it: a day, a month or a year, possibly "c." (issue 9, vague dates).</summary>
public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2010-01-18", DatePrecision.Day, false, 2010, 1, 18)]
    [InlineData("2010-01", DatePrecision.Month, false, 2010, 1, null)]
    [InlineData("2010", DatePrecision.Year, false, 2010, null, null)]
    [InlineData("2012~", DatePrecision.Year, true, 2012, null, null)]
    [InlineData("2013-02~", DatePrecision.Month, true, 2013, 2, null)]
    [InlineData("2013-02-04~", DatePrecision.Day, true, 2013, 2, 4)]
    [InlineData("0001", DatePrecision.Year, false, 1, null, null)]
    [InlineData("9999-12", DatePrecision.Month, false, 9999, 12, null)]
    public void Each_form_parses_to_its_precision_and_writes_back_as_it_was(string text, DatePrecision precision, bool approximate, int year, int? month, int? day)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal((precision, approximate, year, month, day), (date.Precision, date.IsApproximate, date.Year, date.Month, date.Day));
        Assert.Equal(text, date.ToString());
        Assert.True(PartialDate.TryParse(text, out var tried));
        Assert.Equal(date, tried);
    }

    [Theory]
    [InlineData("2010-13")]
    [InlineData("2010-00")]
    [InlineData("2010-02-30")]
    [InlineData("2011-02-29")]
    [InlineData("2010-04-31")]
    [InlineData("201")]
    [InlineData("20100")]
    [InlineData("2010-1")]
    [InlineData("2010-01-1")]
    [InlineData("2010-1-01")]
    [InlineData("20100118")]
    [InlineData("2010/01")]
    [InlineData(" 2010")]
    [InlineData("2010 ")]
    [InlineData("2010-01 ")]
    [InlineData("c.2012")]
    [InlineData("c. 2012")]
    [InlineData("~2012")]
    [InlineData("2010~~")]
    [InlineData("2010-01~~")]
    [InlineData("~")]
    [InlineData("")]
    [InlineData("0000")]
    [InlineData("0000-01")]
    [InlineData("-2010")]
    [InlineData("2010--1")]
    [InlineData("2010-+1")]
    [InlineData("2010-01--1")]
    [InlineData("-201-01")]
    [InlineData("+2010")]
    [InlineData("２０１０")]
    [InlineData("January 2010")]
    [InlineData("2010-01-18T09:00")]
    public void Other_texts_are_refused(string text)
    {
        Assert.False(PartialDate.TryParse(text, out var date));
        Assert.Equal(default, date);
        var error = Assert.Throws<FormatException>(() => PartialDate.Parse(text));
        Assert.Contains("yyyy-MM-dd, yyyy-MM or yyyy", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_is_refused_as_null()
    {
        Assert.False(PartialDate.TryParse(null, out _));
        Assert.Throws<ArgumentNullException>(() => PartialDate.Parse(null!));
    }

    [Fact]
    public void A_day_of_a_record_written_before_vague_dates_reads_as_that_day()
    {
        // Every date of a 1.0 record was a LocalDate in ISO form, negative years included.
        Assert.Equal(PartialDate.OfDay(new LocalDate(2011, 10, 3)), PartialDate.Parse("2011-10-03"));
        Assert.Equal(new LocalDate(-1, 6, 30), PartialDate.Parse("-0001-06-30").Earliest);
        Assert.Equal("-0001-06-30", PartialDate.Parse("-0001-06-30").ToString());
    }

    [Fact]
    public void A_local_date_converts_to_an_exact_day()
    {
        PartialDate date = new LocalDate(2011, 10, 3);

        Assert.Equal(DatePrecision.Day, date.Precision);
        Assert.True(date.IsExactDay);
        Assert.Equal(PartialDate.Parse("2011-10-03"), date);
        Assert.True(date.TryGetDay(out var day));
        Assert.Equal(new LocalDate(2011, 10, 3), day);
    }

    [Fact]
    public void A_local_date_of_another_calendar_is_refused()
    {
        var julian = new LocalDate(2011, 10, 3, CalendarSystem.Julian);

        var error = Assert.Throws<ArgumentException>(() => { PartialDate date = julian; });
        Assert.Contains("ISO calendar", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2010-01-18", "2010-01-18", "2010-01-18")]
    [InlineData("2010-01", "2010-01-01", "2010-01-31")]
    [InlineData("2012-02", "2012-02-01", "2012-02-29")]
    [InlineData("2011-02", "2011-02-01", "2011-02-28")]
    [InlineData("2000-02", "2000-02-01", "2000-02-29")]
    [InlineData("1900-02", "1900-02-01", "1900-02-28")]
    [InlineData("2010-04", "2010-04-01", "2010-04-30")]
    [InlineData("2010-12", "2010-12-01", "2010-12-31")]
    [InlineData("2010", "2010-01-01", "2010-12-31")]
    [InlineData("2012~", "2012-01-01", "2012-12-31")]
    [InlineData("9999", "9999-01-01", "9999-12-31")]
    public void Earliest_and_latest_are_the_first_and_last_day_it_may_be(string text, string earliest, string latest)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(PartialDate.Parse(earliest).Earliest, date.Earliest);
        Assert.Equal(PartialDate.Parse(latest).Earliest, date.Latest);
    }

    [Theory]
    [InlineData("2010-01-18", true)]
    [InlineData("2010-01-18~", false)]
    [InlineData("2010-01", false)]
    [InlineData("2010", false)]
    [InlineData("2012~", false)]
    public void Only_a_day_that_is_not_approximate_is_an_exact_day(string text, bool exact)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(exact, date.IsExactDay);
        Assert.Equal(exact, date.TryGetDay(out var day));
        Assert.Equal(exact ? new LocalDate(2010, 1, 18) : default, day);
    }

    [Theory]
    [InlineData("2010-01", "2010-02", true)]
    [InlineData("2010-01-31", "2010-02", true)]
    [InlineData("2010-01", "2010-02-01", true)]
    [InlineData("2009", "2010-01-01", true)]
    [InlineData("2009-12-31", "2010", true)]
    [InlineData("2010-01-17", "2010-01-18", true)]
    [InlineData("2010-01-18", "2010-01-18", false)]
    [InlineData("2010-01-18", "2010-01", false)]
    [InlineData("2010-01", "2010-01-18", false)]
    [InlineData("2010-01", "2010", false)]
    [InlineData("2010", "2010-12", false)]
    [InlineData("2010-01", "2010-01", false)]
    [InlineData("2010-02", "2010-01", false)]
    [InlineData("2000~", "2020", false)]
    [InlineData("2000", "2020~", false)]
    [InlineData("2010-01-17~", "2010-01-18", false)]
    public void Certainly_before_only_when_every_day_it_may_be_is_before_every_day_the_other_may_be(string first, string second, bool certain)
    {
        Assert.Equal(certain, PartialDate.Parse(first).IsCertainlyBefore(PartialDate.Parse(second)));
    }

    [Theory]
    [InlineData("2010-01-18", "2010-01-18", true)]
    [InlineData("2010-01-17", "2010-01-18", true)]
    [InlineData("2010-01", "2010-01-31", true)]
    [InlineData("2010-01-01", "2010-01", true)]
    [InlineData("2010-01", "2010-02", true)]
    [InlineData("2010", "2010-12-31", true)]
    [InlineData("2010-01", "2010-01-30", false)]
    [InlineData("2010-01-02", "2010-01", false)]
    [InlineData("2010-01", "2010-01", false)]
    [InlineData("2010", "2010", false)]
    [InlineData("2010-01-19", "2010-01-18", false)]
    [InlineData("2010-01-18~", "2010-01-18", false)]
    [InlineData("2010-01-18", "2010-01-18~", false)]
    [InlineData("2000~", "2020~", false)]
    public void Certainly_on_or_before_only_when_no_day_it_may_be_is_after_any_day_the_other_may_be(string first, string second, bool certain)
    {
        Assert.Equal(certain, PartialDate.Parse(first).IsCertainlyOnOrBefore(PartialDate.Parse(second)));
    }

    [Theory]
    [InlineData("2010-01-18", "18 January 2010")]
    [InlineData("2013-02-04", "4 February 2013")]
    [InlineData("2010-01", "January 2010")]
    [InlineData("2010-12", "December 2010")]
    [InlineData("2010", "2010")]
    [InlineData("2012~", "c. 2012")]
    [InlineData("2012-09~", "c. September 2012")]
    [InlineData("2012-09-03~", "c. 3 September 2012")]
    public void The_display_string_is_what_a_council_officer_would_write(string text, string display)
    {
        Assert.Equal(display, PartialDate.Parse(text).ToDisplayString());
    }

    [Fact]
    public void The_display_string_is_english_whatever_the_current_culture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
            Assert.Equal("18 January 2010", PartialDate.Parse("2010-01-18").ToDisplayString());
            Assert.Equal("2010-01", PartialDate.Parse("2010-01").ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Theory]
    [InlineData("2010", "2010-01")]
    [InlineData("2010-01", "2010-01-01")]
    [InlineData("2010", "2010-01-01")]
    [InlineData("2012", "2012~")]
    [InlineData("2012-03-05", "2012-03-05~")]
    public void Dates_of_other_precision_or_certainty_are_not_equal(string first, string second)
    {
        Assert.NotEqual(PartialDate.Parse(first), PartialDate.Parse(second));
        Assert.True(PartialDate.Parse(first) != PartialDate.Parse(second));
    }

    [Fact]
    public void Equal_dates_are_equal_and_hash_alike()
    {
        Assert.Equal(PartialDate.OfMonth(2010, 1), PartialDate.Parse("2010-01"));
        Assert.Equal(PartialDate.OfYear(2012).Approximately(), PartialDate.Parse("2012~"));
        Assert.Equal(PartialDate.Parse("2012~").GetHashCode(), PartialDate.OfYear(2012).Approximately().GetHashCode());
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(10000, 1)]
    [InlineData(2010, 0)]
    [InlineData(2010, 13)]
    public void Months_and_years_out_of_range_are_refused(int year, int month)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.OfMonth(year, month));
    }

    [Fact]
    public void Years_out_of_range_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.OfYear(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.OfYear(10000));
    }

    [Fact]
    public void In_json_a_date_is_its_text_and_a_bad_one_is_refused_at_its_place()
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(RepositoryFiles.Read("docs", "examples", "rotherham-2011.json"))!.AsObject();
        document["timeline"]!["onSiteStart"] = "2011-10";
        document["timeline"]!["leadInStart"] = "2011~";
        var read = ChallengeRecordReader.Read(document.ToJsonString());
        Assert.True(read.Succeeded, string.Join("\n", read.Issues));
        Assert.Equal(PartialDate.OfMonth(2011, 10), read.Value.Timeline.OnSiteStart);
        Assert.Equal(PartialDate.OfYear(2011).Approximately(), read.Value.Timeline.LeadInStart);
        Assert.Contains("\"onSiteStart\": \"2011-10\"", ChallengeRecordWriter.Write(read.Value), StringComparison.Ordinal);

        document["timeline"]!["onSiteStart"] = "c.2011";
        var refused = ChallengeRecordReader.Read(document.ToJsonString());
        Assert.False(refused.Succeeded);
        Assert.Contains(refused.Issues, i => i.Path.ToString() == "/timeline/onSiteStart" && i.Message.Contains("yyyy-MM", StringComparison.Ordinal));
    }
}
