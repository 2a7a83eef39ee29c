using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using PeerChallenge.Domain.Evidence;

namespace PeerChallenge.Domain.Tests.Evidence;

/// <summary>Security markings as dated schemes (issue 10, item 1): ranks, codes, the scheme in use on a date, and the highest marking of derived material.</summary>
public sealed class SecurityMarkingTests
{
    public static TheoryData<string> MarkingCodes => [.. SecurityMarking.All.Select(m => m.Code)];

    public static TheoryData<string> SchemeCodes => [.. MarkingScheme.All.Select(s => s.Code)];

    [Fact]
    public void Each_scheme_lists_its_markings_lowest_first_with_ranks_from_one()
    {
        Assert.Equal(
            ["not-protectively-marked", "protect", "restricted", "confidential", "gpms-secret", "gpms-top-secret"],
            SecurityMarking.Of(MarkingScheme.Gpms).Select(m => m.Code));
        Assert.Equal(["official", "official-sensitive", "secret", "top-secret"], SecurityMarking.Of(MarkingScheme.Gsc).Select(m => m.Code));
        Assert.All(MarkingScheme.All, scheme => Assert.Equal(Enumerable.Range(1, SecurityMarking.Of(scheme).Count), SecurityMarking.Of(scheme).Select(m => m.Rank)));
        Assert.Equal(SecurityMarking.Of(MarkingScheme.Gpms).Concat(SecurityMarking.Of(MarkingScheme.Gsc)), SecurityMarking.All);
    }

    [Fact]
    public void Display_names_are_the_markings_as_written()
    {
        Assert.Equal(
            ["NOT PROTECTIVELY MARKED", "PROTECT", "RESTRICTED", "CONFIDENTIAL", "SECRET", "TOP SECRET", "OFFICIAL", "OFFICIAL-SENSITIVE", "SECRET", "TOP SECRET"],
            SecurityMarking.All.Select(m => m.DisplayName));
    }

    [Fact]
    public void Codes_are_kebab_case_and_unique_across_schemes()
    {
        Assert.Equal(SecurityMarking.All.Count, SecurityMarking.All.Select(m => m.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.All(SecurityMarking.All, m => Assert.Matches("^[a-z]+(-[a-z]+)*$", m.Code));
        Assert.All(SecurityMarking.All, m => Assert.Equal(m.Code, m.ToString()));
    }

    [Fact]
    public void Official_sensitive_is_official_with_the_caveat_and_ranks_above_official_below_secret()
    {
        Assert.True(SecurityMarking.OfficialSensitive.IsSensitive);
        Assert.Same(SecurityMarking.Official, SecurityMarking.OfficialSensitive.Level);
        Assert.Same(MarkingScheme.Gsc, SecurityMarking.OfficialSensitive.Scheme);
        Assert.True(SecurityMarking.OfficialSensitive.IsAbove(SecurityMarking.Official));
        Assert.True(SecurityMarking.Secret.IsAbove(SecurityMarking.OfficialSensitive));
        Assert.All(SecurityMarking.All.Where(m => m != SecurityMarking.OfficialSensitive), m => Assert.False(m.IsSensitive));
        Assert.All(SecurityMarking.All.Where(m => m != SecurityMarking.OfficialSensitive), m => Assert.Same(m, m.Level));
    }

    [Fact]
    public void A_marking_is_above_only_lower_markings_of_its_own_scheme()
    {
        Assert.True(SecurityMarking.Restricted.IsAbove(SecurityMarking.Protect));
        Assert.False(SecurityMarking.Protect.IsAbove(SecurityMarking.Restricted));
        Assert.False(SecurityMarking.Protect.IsAbove(SecurityMarking.Protect));

        // No mapping between the schemes: neither way round.
        Assert.False(SecurityMarking.GpmsTopSecret.IsAbove(SecurityMarking.Official));
        Assert.False(SecurityMarking.Official.IsAbove(SecurityMarking.NotProtectivelyMarked));
        Assert.Throws<ArgumentNullException>(() => SecurityMarking.Official.IsAbove(null!));
    }

    [Fact]
    public void Schemes_meet_at_1_and_2_April_2014()
    {
        Assert.Null(MarkingScheme.Gpms.FirstDay);
        Assert.Equal(new LocalDate(2014, 4, 1), MarkingScheme.Gpms.LastDay);
        Assert.Equal(new LocalDate(2014, 4, 2), MarkingScheme.Gsc.FirstDay);
        Assert.Null(MarkingScheme.Gsc.LastDay);
        Assert.Same(MarkingScheme.Gpms, MarkingScheme.InUseOn(new LocalDate(2014, 4, 1)));
        Assert.Same(MarkingScheme.Gsc, MarkingScheme.InUseOn(new LocalDate(2014, 4, 2)));
        Assert.Same(MarkingScheme.Gpms, MarkingScheme.InUseOn(new LocalDate(1990, 1, 1)));
        Assert.True(MarkingScheme.Gsc.Covers(new LocalDate(2030, 1, 1)));
        Assert.False(MarkingScheme.Gsc.Covers(new LocalDate(2014, 4, 1)));
    }

    [Theory]
    [InlineData("2014-04-01", "gpms")]
    [InlineData("2014-04-02", "gsc")]
    [InlineData("2011-09-26", "gpms")]
    [InlineData("2014-03", "gpms")]
    [InlineData("2014-05", "gsc")]
    [InlineData("2013", "gpms")]
    [InlineData("2015", "gsc")]
    [InlineData("2014-04", null)]
    [InlineData("2014", null)]
    [InlineData("2015~", null)]
    [InlineData("2011-09-26~", null)]
    public void The_scheme_for_a_date_is_the_one_certainly_in_use_on_every_day_it_may_be(string date, string? scheme)
    {
        Assert.Equal(scheme, MarkingScheme.For(PartialDate.Parse(date))?.Code);
    }

    [Theory]
    [InlineData("protect", "2014-04-01", MarkingSchemeUse.InUse)]
    [InlineData("protect", "2014-04-02", MarkingSchemeUse.NotInUse)]
    [InlineData("official", "2014-04-01", MarkingSchemeUse.NotInUse)]
    [InlineData("official", "2014-04-02", MarkingSchemeUse.InUse)]
    [InlineData("official-sensitive", "2011", MarkingSchemeUse.NotInUse)]
    [InlineData("restricted", "2013", MarkingSchemeUse.InUse)]
    [InlineData("restricted", "2014-04", MarkingSchemeUse.Undetermined)]
    [InlineData("official", "2014-04", MarkingSchemeUse.Undetermined)]
    [InlineData("official", "2014", MarkingSchemeUse.Undetermined)]
    [InlineData("gpms-secret", "2015~", MarkingSchemeUse.Undetermined)]
    [InlineData("secret", "2015", MarkingSchemeUse.InUse)]
    [InlineData("secret", "2011", MarkingSchemeUse.NotInUse)]
    public void A_marking_is_in_use_not_in_use_or_undetermined_on_a_date(string marking, string date, MarkingSchemeUse expected)
    {
        Assert.Equal(expected, SecurityMarking.FromCode(marking).IsInUseOn(PartialDate.Parse(date)));
    }

    [Fact]
    public void The_highest_of_one_scheme_is_its_highest_rank()
    {
        var derived = SecurityMarking.HighestOf([SecurityMarking.Protect, SecurityMarking.Restricted, SecurityMarking.NotProtectivelyMarked]);

        Assert.NotNull(derived);
        Assert.Same(SecurityMarking.Restricted, derived.Single);
        Assert.Same(SecurityMarking.Restricted, derived.Gpms);
        Assert.Null(derived.Gsc);
        Assert.False(derived.IsMixed);
        Assert.Equal("RESTRICTED", derived.ToString());
    }

    [Fact]
    public void Official_sensitive_wins_over_official_and_loses_to_secret()
    {
        Assert.Same(SecurityMarking.OfficialSensitive, SecurityMarking.HighestOf([SecurityMarking.Official, SecurityMarking.OfficialSensitive, SecurityMarking.Official])!.Single);
        Assert.Same(SecurityMarking.Secret, SecurityMarking.HighestOf([SecurityMarking.OfficialSensitive, SecurityMarking.Secret])!.Single);
        Assert.Equal("OFFICIAL-SENSITIVE", SecurityMarking.HighestOf([SecurityMarking.OfficialSensitive, SecurityMarking.Official])!.ToString());
    }

    [Fact]
    public void Mixed_schemes_keep_the_highest_of_each_without_mapping()
    {
        var derived = SecurityMarking.HighestOf([SecurityMarking.Protect, SecurityMarking.Official, SecurityMarking.Restricted, SecurityMarking.OfficialSensitive]);

        Assert.NotNull(derived);
        Assert.True(derived.IsMixed);
        Assert.Null(derived.Single);
        Assert.Same(SecurityMarking.Restricted, derived.Gpms);
        Assert.Same(SecurityMarking.OfficialSensitive, derived.Gsc);
        Assert.Equal([SecurityMarking.OfficialSensitive, SecurityMarking.Restricted], derived.Markings);
        Assert.Equal("OFFICIAL-SENSITIVE; RESTRICTED", derived.ToString());
    }

    [Fact]
    public void No_marked_input_gives_no_marking()
    {
        Assert.Null(SecurityMarking.HighestOf([]));
        Assert.Null(SecurityMarking.HighestOf([null, null]));
        Assert.Same(SecurityMarking.Protect, SecurityMarking.HighestOf([null, SecurityMarking.Protect])!.Single);
        Assert.Throws<ArgumentNullException>(() => DerivedMarking.HighestOf((IEnumerable<SecurityMarking?>)null!));
    }

    [Fact]
    public void The_highest_of_derived_markings_is_the_highest_of_each_scheme_over_all()
    {
        var table = SecurityMarking.HighestOf([SecurityMarking.Official, SecurityMarking.Protect]);
        var other = DerivedMarking.Of(SecurityMarking.Confidential);
        var gsc = DerivedMarking.Of(SecurityMarking.OfficialSensitive);

        var report = DerivedMarking.HighestOf([table, null, other, gsc]);

        Assert.Equal("OFFICIAL-SENSITIVE; CONFIDENTIAL", report!.ToString());
        Assert.Null(DerivedMarking.HighestOf(Array.Empty<DerivedMarking?>()));
    }

    [Fact]
    public void Derived_markings_are_equal_by_value_and_the_order_of_inputs_does_not_matter()
    {
        Assert.Equal(SecurityMarking.HighestOf([SecurityMarking.Protect, SecurityMarking.Secret]), SecurityMarking.HighestOf([SecurityMarking.Secret, SecurityMarking.Protect]));
        Assert.Equal(DerivedMarking.Of(SecurityMarking.Official), SecurityMarking.HighestOf([SecurityMarking.Official]));
        Assert.NotEqual(DerivedMarking.Of(SecurityMarking.Secret), DerivedMarking.Of(SecurityMarking.GpmsSecret));
    }

    [Theory]
    [InlineData(new[] { "official" }, false)]
    [InlineData(new[] { "not-protectively-marked" }, false)]
    [InlineData(new[] { "official", "not-protectively-marked" }, false)]
    [InlineData(new[] { "official-sensitive" }, true)]
    [InlineData(new[] { "secret" }, true)]
    [InlineData(new[] { "protect" }, true)]
    [InlineData(new[] { "official", "restricted" }, true)]
    [InlineData(new[] { "gpms-top-secret" }, true)]
    public void A_publication_asks_whether_a_marking_is_above_official_or_protect_and_above(string[] codes, bool dropped)
    {
        var marking = SecurityMarking.HighestOf(codes.Select(SecurityMarking.FromCode))!;

        Assert.Equal(dropped, marking.IsAbove(SecurityMarking.Official) || marking.IsAbove(SecurityMarking.NotProtectivelyMarked));
    }

    [Theory]
    [MemberData(nameof(MarkingCodes))]
    public void Each_marking_round_trips_through_the_json_converter(string code)
    {
        var marking = SecurityMarking.FromCode(code);
        var json = JsonSerializer.Serialize(marking, Options);

        Assert.Equal($"\"{code}\"", json);
        Assert.Same(marking, JsonSerializer.Deserialize<SecurityMarking>(json, Options));
    }

    [Theory]
    [MemberData(nameof(SchemeCodes))]
    public void Each_scheme_round_trips_through_the_json_converter(string code)
    {
        var scheme = MarkingScheme.FromCode(code);
        var json = JsonSerializer.Serialize(scheme, Options);

        Assert.Equal($"\"{code}\"", json);
        Assert.Same(scheme, JsonSerializer.Deserialize<MarkingScheme>(json, Options));
    }

    [Fact]
    public void A_marked_item_is_written_with_the_codes_and_read_back()
    {
        var item = new MarkedItem(SecurityMarking.OfficialSensitive, MarkingScheme.Gsc, PartialDate.OfMonth(2014, 4));

        var json = JsonSerializer.Serialize(item, Options);

        Assert.Contains("\"marking\": \"official-sensitive\"", json, StringComparison.Ordinal);
        Assert.Contains("\"scheme\": \"gsc\"", json, StringComparison.Ordinal);
        Assert.Equal(item, JsonSerializer.Deserialize<MarkedItem>(json, Options));
    }

    [Theory]
    [InlineData("\"OFFICIAL\"")]
    [InlineData("\"top secret\"")]
    [InlineData("\"gsc-secret\"")]
    [InlineData("7")]
    public void Unknown_or_misspelt_codes_are_refused(string json)
    {
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<SecurityMarking>(json, Options));
    }

    [Fact]
    public void Unknown_codes_are_refused_by_from_code_with_the_known_codes()
    {
        var error = Assert.Throws<ArgumentException>(() => SecurityMarking.FromCode("OFFICIAL"));
        Assert.Contains("official-sensitive", error.Message, StringComparison.Ordinal);
        Assert.False(MarkingScheme.TryFromCode(null, out _));
        Assert.True(MarkingScheme.TryFromCode("gpms", out var gpms));
        Assert.Same(MarkingScheme.Gpms, gpms);
    }

    /// <summary>The format's options, with metadata for types outside a record (the markings are not yet part of one).</summary>
    private static readonly JsonSerializerOptions Options = new(PeerChallengeJson.Options)
    {
        TypeInfoResolver = JsonTypeInfoResolver.Combine(PeerChallengeJson.Options.TypeInfoResolver, new DefaultJsonTypeInfoResolver()),
    };

    public sealed record MarkedItem(SecurityMarking Marking, MarkingScheme Scheme, PartialDate Date);
}
