using PeerChallenge.Domain.Evidence;

namespace PeerChallenge.Domain.Tests.Evidence;

public sealed class DisclosureProfileTests
{
    [Fact]
    public void The_built_in_profiles_are_dfe_nhs_and_threshold_10()
    {
        Assert.Equal(["dfe", "nhs", "threshold-10"], DisclosureProfile.All.Select(p => p.Code));
        Assert.Equal((6, false, 1, "c", true), Describe(DisclosureProfile.Dfe));
        Assert.Equal((8, false, 5, "*", true), Describe(DisclosureProfile.Nhs));
        Assert.Equal((10, true, 1, "c", true), Describe(DisclosureProfile.Threshold10));
    }

    [Fact]
    public void A_profile_is_found_by_its_exact_code()
    {
        Assert.True(DisclosureProfile.TryFind("threshold-10", out var found));
        Assert.Same(DisclosureProfile.Threshold10, found);
        Assert.False(DisclosureProfile.TryFind("DFE", out _));
        Assert.False(DisclosureProfile.TryFind(null, out _));
    }

    [Theory]
    [InlineData("dfe", 0, false)]
    [InlineData("dfe", 1, true)]
    [InlineData("dfe", 5, true)]
    [InlineData("dfe", 6, false)]
    [InlineData("nhs", 0, false)]
    [InlineData("nhs", 7, true)]
    [InlineData("nhs", 8, false)]
    [InlineData("threshold-10", 0, true)]
    [InlineData("threshold-10", 9, true)]
    [InlineData("threshold-10", 10, false)]
    public void Small_counts_are_as_each_profile_says(string code, int count, bool small)
    {
        Assert.True(DisclosureProfile.TryFind(code, out var profile));

        Assert.Equal(small, profile.IsSmall(count));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(8, 10)]
    [InlineData(12, 10)]
    [InlineData(13, 15)]
    [InlineData(90, 90)]
    public void Nhs_rounds_to_the_nearest_5(long count, long rounded)
    {
        Assert.Equal(rounded, DisclosureProfile.Nhs.Round(count));
        Assert.Equal(count, DisclosureProfile.Dfe.Round(count));
    }

    [Fact]
    public void A_profile_refuses_nonsense()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DisclosureProfile("x", "X", 0, false, 1, "c", true));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DisclosureProfile("x", "X", 5, false, 0, "c", true));
        Assert.Throws<ArgumentException>(() => new DisclosureProfile("x", "X", 5, false, 1, " ", true));
        Assert.Throws<ArgumentNullException>(() => new DisclosureProfile(null!, "X", 5, false, 1, "c", true));
        Assert.Throws<ArgumentOutOfRangeException>(() => DisclosureProfile.Dfe.IsSmall(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => DisclosureProfile.Nhs.Round(-1));
    }

    [Fact]
    public void Profiles_and_cells_are_equal_by_value()
    {
        Assert.Equal(DisclosureProfile.Dfe, new DisclosureProfile("dfe", "Department for Education", 6, false, 1, "c", true));
        Assert.Equal(TableCell.Of(5), TableCell.Of(5.0m));
        Assert.Equal(TableCell.Of(5).GetHashCode(), TableCell.Of(5.0m).GetHashCode());
        Assert.Equal(TableCell.Confidential, TableCell.OfSymbol("c"));
        Assert.Equal(":", TableCell.NotAvailable.ToString());
        Assert.Equal("z", TableCell.NotApplicable.ToString());
        Assert.Throws<ArgumentException>(() => TableCell.OfSymbol(""));
    }

    private static (int, bool, int, string, bool) Describe(DisclosureProfile p) => (p.Threshold, p.SuppressZero, p.RoundingBase, p.Symbol, p.SecondarySuppression);
}
