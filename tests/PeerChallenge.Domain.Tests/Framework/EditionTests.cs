using PeerChallenge.Domain.Framework;

namespace PeerChallenge.Domain.Tests.Framework;

public sealed class EditionTests
{
    [Fact]
    public void The_2011_edition_has_the_briefs_five_themes_in_order()
    {
        Assert.Equal(
            ["Outcomes", "Vision, Strategy and Leadership", "Working Together and Local Safeguarding Children Board (LSCB)", "Service Delivery and Effective Practice", "Managing Resources"],
            BuiltInEditions.Lgg2011.Themes.Select(t => t.Name));
    }

    [Fact]
    public void The_2011_edition_has_the_briefs_six_roles_in_order()
    {
        Assert.Equal(
            ["Team Leader", "Member Peer", "Officer Peer", "Health Peer", "Off-site Peer", "Challenge Manager"],
            BuiltInEditions.Lgg2011.Roles.Select(r => r.Name));
        Assert.False(BuiltInEditions.Lgg2011.FindRole(RoleCode.Parse("off-site-peer"))!.OnSite);
        Assert.True(BuiltInEditions.Lgg2011.FindRole(RoleCode.Parse("member-peer"))!.RequiresElectedMember);
        Assert.Same(Sector.Health, BuiltInEditions.Lgg2011.FindRole(RoleCode.Parse("health-peer"))!.RequiredSector);
        Assert.Equal((8, 5), (BuiltInEditions.Lgg2011.LeadInWeeks, BuiltInEditions.Lgg2011.OnSiteDays));
    }

    [Fact]
    public void The_2012_edition_replaces_the_off_site_peer_with_an_analyst_and_expects_two_officer_peers()
    {
        var edition = BuiltInEditions.LgaPeerReview2012;
        Assert.Null(edition.FindRole(RoleCode.Parse("off-site-peer")));
        Assert.NotNull(edition.FindRole(RoleCode.Parse("analyst-peer")));
        Assert.Equal(2, edition.FindRole(RoleCode.Parse("officer-peer"))!.Expected);
        Assert.Equal(
            ["self-assessment-documentary-analysis", "case-mapping", "audit-validation", "focus-groups-questionnaire", "on-site-interviews", "feedback-prioritisation-conference"],
            edition.Methods.Select(m => m.Value));
    }

    [Fact]
    public void The_default_edition_is_2011()
    {
        Assert.Same(BuiltInEditions.Lgg2011, EditionCatalog.DefaultEdition);
        Assert.Equal("lgg-2011", new ChallengeRecord { Id = ChallengeId.Parse("x"), HostCouncil = TestRecords.Rotherham, Timeline = TestRecords.Rotherham2011.Timeline }.Edition.Value);
    }

    [Theory]
    [InlineData("lgg-2011")]
    [InlineData("lga-2012")]
    public void Built_in_editions_pass_the_edition_rules(string code)
    {
        Assert.Empty(new EditionValidator().Validate(EditionCatalog.BuiltIn.Get(EditionCode.Parse(code))).ToIssues());
    }

    [Fact]
    public void Editions_compare_by_value()
    {
        var copy = BuiltInEditions.Lgg2011 with { Themes = [.. BuiltInEditions.Lgg2011.Themes], Roles = [.. BuiltInEditions.Lgg2011.Roles] };
        Assert.Equal(BuiltInEditions.Lgg2011, copy);
        Assert.Equal(BuiltInEditions.Lgg2011.GetHashCode(), copy.GetHashCode());
        Assert.NotEqual(BuiltInEditions.Lgg2011, copy with { OnSiteDays = 3 });
    }

    [Fact]
    public void Catalog_is_immutable_and_refuses_a_second_edition_with_the_same_code()
    {
        var custom = BuiltInEditions.Lgg2011 with { Code = EditionCode.Parse("custom") };
        var catalog = EditionCatalog.BuiltIn.With(custom);

        Assert.True(catalog.TryFind(EditionCode.Parse("custom"), out _));
        Assert.False(EditionCatalog.BuiltIn.TryFind(EditionCode.Parse("custom"), out _));
        var ex = Assert.Throws<ArgumentException>(() => catalog.With(custom));
        Assert.StartsWith("The catalog already has an edition with code 'custom'.", ex.Message, StringComparison.Ordinal);
        Assert.Throws<KeyNotFoundException>(() => EditionCatalog.BuiltIn.Get(EditionCode.Parse("nope")));
    }
}
