using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PeerChallenge.Domain.Evidence;

namespace PeerChallenge.Domain.Tests.Evidence;

public sealed class CasePseudonymTests
{
    [Theory]
    [InlineData("case-0000000000000000")]
    [InlineData("case-3f9a0c72e1b4d856")]
    [InlineData("case-ffffffffffffffff")]
    public void The_documented_form_parses_and_prints_as_given(string text)
    {
        var pseudonym = CasePseudonym.Parse(text);

        Assert.Equal(text, pseudonym.Value);
        Assert.Equal(text, pseudonym.ToString());
        Assert.True(CasePseudonym.TryParse(text, out var again));
        Assert.Equal(pseudonym, again);
    }

    [Theory]
    [InlineData("")]
    [InlineData("case-")]
    [InlineData("case-0123456789abcde")]
    [InlineData("case-0123456789abcde61")]
    [InlineData("case-0123456789ABCDEF")]
    [InlineData("CASE-0123456789abcde6")]
    [InlineData("case_0123456789abcde6")]
    [InlineData("case-0123456789abcdeg")]
    [InlineData(" case-0123456789abcde6")]
    [InlineData("case-0123456789abcde6 ")]
    [InlineData("case-0123 456789abcdef")]
    [InlineData("0123456789abcde6")]
    [InlineData("CR-004512")]
    [InlineData("943 476 5919")]
    [InlineData("case-٣123456789abcdef")]
    public void Other_text_is_not_a_case_pseudonym(string text)
    {
        Assert.False(CasePseudonym.TryParse(text, out var pseudonym));
        Assert.Null(pseudonym);
        var ex = Assert.Throws<FormatException>(() => CasePseudonym.Parse(text));
        Assert.Contains("'case-' followed by 16 lower-case hexadecimal digits", ex.Message, StringComparison.Ordinal);
        if (text.Trim().Length > CasePseudonym.Prefix.Length)
        {
            Assert.DoesNotContain(text, ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Null_is_not_a_case_pseudonym()
    {
        Assert.False(CasePseudonym.TryParse(null, out _));
        Assert.Throws<ArgumentNullException>(() => CasePseudonym.Parse(null!));
    }

    [Fact]
    public void Pseudonyms_compare_by_value()
    {
        Assert.Equal(CasePseudonym.Parse("case-3f9a0c72e1b4d856"), CasePseudonym.Parse("case-3f9a0c72e1b4d856"));
        Assert.NotEqual(CasePseudonym.Parse("case-3f9a0c72e1b4d856"), CasePseudonym.Parse("case-3f9a0c72e1b4d857"));
        Assert.Equal(CasePseudonym.Length, CasePseudonym.Prefix.Length + CasePseudonym.DigitCount);
    }

    [Fact]
    public void A_pseudonym_round_trips_through_the_format_json_settings()
    {
        var options = WithReflection();
        var pseudonym = CasePseudonym.Parse("case-3f9a0c72e1b4d856");

        var json = JsonSerializer.Serialize(pseudonym, options);

        Assert.Equal("\"case-3f9a0c72e1b4d856\"", json);
        Assert.Equal(pseudonym, JsonSerializer.Deserialize<CasePseudonym>(json, options));
    }

    [Theory]
    [InlineData("\"CR-004512\"")]
    [InlineData("\"case-3F9A0C72E1B4D856\"")]
    [InlineData("42")]
    public void Json_that_is_not_a_pseudonym_is_refused_without_quoting_it(string json)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<CasePseudonym>(json, WithReflection()));

        Assert.Contains("case pseudonym", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("004512", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("3F9A", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_converter_alone_writes_and_reads_the_text()
    {
        var converter = new TextValueJsonConverter<CasePseudonym>();
        var pseudonym = CasePseudonym.Parse("case-0123456789abcdef");
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            converter.Write(writer, pseudonym, PeerChallengeJson.Options);
        }

        var reader = new Utf8JsonReader(stream.ToArray());
        reader.Read();

        Assert.Equal(pseudonym, converter.Read(ref reader, typeof(CasePseudonym), PeerChallengeJson.Options));
    }

    /// <summary>The format's settings, with reflection metadata for types the record does not (yet) hold.</summary>
    private static JsonSerializerOptions WithReflection() => new(PeerChallengeJson.Options)
    {
        TypeInfoResolver = JsonTypeInfoResolver.Combine(PeerChallengeJson.Options.TypeInfoResolver, new DefaultJsonTypeInfoResolver()),
    };
}
