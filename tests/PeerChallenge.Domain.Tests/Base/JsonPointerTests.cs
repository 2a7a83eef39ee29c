namespace PeerChallenge.Domain.Tests.Base;

public sealed class JsonPointerTests
{
    [Fact]
    public void Root_is_the_empty_pointer_and_the_default()
    {
        Assert.Equal(string.Empty, JsonPointer.Root.ToString());
        Assert.True(default(JsonPointer).IsRoot);
        Assert.Equal(JsonPointer.Root, JsonPointer.Parse(string.Empty));
        Assert.Empty(JsonPointer.Root.Segments);
    }

    [Fact]
    public void Segments_are_appended_and_escaped_as_rfc_6901_says()
    {
        var pointer = JsonPointer.Root.Append("team").Append(2).Append("a/b~c");

        Assert.Equal("/team/2/a~1b~0c", pointer.ToString());
        Assert.Equal(["team", "2", "a/b~c"], pointer.Segments);
    }

    [Fact]
    public void A_relative_pointer_is_placed_under_another()
    {
        var team = JsonPointer.Parse("/team");

        Assert.Equal("/team/0/id", team.Append(JsonPointer.Parse("/0/id")).ToString());
        Assert.Equal(team, team.Append(JsonPointer.Root));
    }

    [Theory]
    [InlineData("/team/0/role")]
    [InlineData("/a~0b/c~1d")]
    [InlineData("/")]
    public void Pointers_parse_and_print_unchanged(string text) => Assert.Equal(text, JsonPointer.Parse(text).ToString());

    [Theory]
    [InlineData("team")]
    [InlineData("/a~2")]
    [InlineData("/a~")]
    public void Text_that_is_not_a_pointer_is_refused(string text)
    {
        Assert.False(JsonPointer.TryParse(text, out _));
        Assert.Throws<FormatException>(() => JsonPointer.Parse(text));
    }

    [Fact]
    public void Equality_is_on_the_text()
    {
        Assert.True(JsonPointer.Parse("/team/1") == JsonPointer.Root.Append("team").Append(1));
        Assert.True(JsonPointer.Parse("/team/1") != JsonPointer.Parse("/team/01"));
        Assert.Equal(JsonPointer.Parse("/x").GetHashCode(), JsonPointer.Root.Append("x").GetHashCode());
    }

    [Theory]
    [InlineData("Team[0].HomeOrganisation.Id", "/team/0/homeOrganisation/id")]
    [InlineData("LinesOfEnquiry[12].Themes[0]", "/linesOfEnquiry/12/themes/0")]
    [InlineData("", "")]
    [InlineData("/already/a/pointer", "/already/a/pointer")]
    public void Property_paths_of_rules_become_pointers(string path, string pointer) =>
        Assert.Equal(pointer, JsonPointer.FromPropertyPath(path).ToString());

    [Fact]
    public void A_negative_index_is_a_programming_error() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => JsonPointer.Root.Append(-1));
}
