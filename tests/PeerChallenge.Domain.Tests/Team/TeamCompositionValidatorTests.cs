using PeerChallenge.Domain.Framework;

namespace PeerChallenge.Domain.Tests.Team;

public sealed class TeamCompositionValidatorTests
{
    private static readonly ChallengeRecord Valid = TestRecords.Rotherham2011;

    [Fact]
    public void The_2011_team_of_six_is_valid_with_no_warnings()
    {
        Assert.Empty(Valid.Issues());
    }

    [Fact]
    public void No_team_leader_is_an_error_on_the_team()
    {
        var record = Valid with { Team = [.. Valid.Team.Where(m => m.Role != RoleCode.Parse("team-leader"))] };

        var issue = Assert.Single(record.Issues());
        Assert.Equal(new ValidationIssue(TeamIssueCodes.RoleBelowMinimum, JsonPointer.Parse("/team"), "The team has no Team Leader. The LGG Safeguarding Children Peer Challenge (2011) edition needs exactly 1."), issue);
    }

    [Fact]
    public void Two_challenge_managers_is_an_error()
    {
        var extra = TestRecords.Member("tm-7", "challenge-manager", "Pat Jones", "GB-COH-03675577", "Local Government Group", Sector.Lga);
        var record = Valid with { Team = [.. Valid.Team, extra] };

        var issue = Assert.Single(record.Issues());
        Assert.Equal("PC0202", issue.Code.Code);
        Assert.Equal("/team", issue.Path.ToString());
        Assert.Equal("The team has 2 people in the role Challenge Manager. The LGG Safeguarding Children Peer Challenge (2011) edition allows exactly 1.", issue.Message);
    }

    [Fact]
    public void No_challenge_manager_is_an_error()
    {
        var record = Valid with { Team = [.. Valid.Team.Where(m => m.Role != RoleCode.Parse("challenge-manager"))] };

        Assert.Equal(["PC0201"], record.Issues().Codes());
    }

    [Fact]
    public void Member_peer_who_is_not_an_elected_member_is_an_error_at_the_flag()
    {
        var record = Valid.WithMember(1, m => m with { ElectedMember = false });

        var issue = Assert.Single(record.Issues());
        Assert.Equal("PC0204", issue.Code.Code);
        Assert.Equal("/team/1/electedMember", issue.Path.ToString());
        Assert.True(issue.IsError);
    }

    [Fact]
    public void Elected_members_in_other_roles_are_allowed()
    {
        var record = Valid.WithMember(0, m => m with { ElectedMember = true });

        Assert.Empty(record.Issues());
    }

    [Fact]
    public void Health_peer_from_a_council_is_an_error()
    {
        var record = Valid.WithMember(3, m => m with { Sector = Sector.LocalGovernment });

        var issue = Assert.Single(record.Issues());
        Assert.Equal("PC0205", issue.Code.Code);
        Assert.Equal("/team/3/sector", issue.Path.ToString());
        Assert.Equal("Team member 'tm-4' is the Health Peer, who must come from the health sector, but their sector is local government.", issue.Message);
    }

    [Fact]
    public void Health_peer_sector_is_taken_from_the_home_organisation_when_not_given()
    {
        var record = Valid.WithMember(3, m => m with { Sector = null });

        Assert.Empty(record.Issues());
    }

    [Fact]
    public void Health_peer_with_no_sector_anywhere_is_an_error()
    {
        var record = Valid.WithMember(3, m => m with { Sector = null, HomeOrganisation = m.HomeOrganisation! with { Sector = null } });

        Assert.Equal(["PC0205"], record.Issues().Codes());
    }

    [Fact]
    public void Peer_from_the_host_council_is_not_independent()
    {
        var record = Valid.WithMember(2, m => m with { HomeOrganisation = TestRecords.Rotherham });

        var issue = Assert.Single(record.Issues());
        Assert.Equal("PC0206", issue.Code.Code);
        Assert.Equal("/team/2/homeOrganisation/id", issue.Path.ToString());
        Assert.Equal("Team member 'tm-3' works for the host council (Rotherham Metropolitan Borough Council). Peers must come from other authorities.", issue.Message);
    }

    [Fact]
    public void Peer_from_a_partner_agency_is_not_independent()
    {
        var record = Valid.WithMember(3, m => m with { HomeOrganisation = TestRecords.NhsRotherham });

        var issue = Assert.Single(record.Issues());
        Assert.Equal("PC0206", issue.Code.Code);
        Assert.Contains("NHS Rotherham", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_person_in_two_roles_is_an_error()
    {
        var record = Valid.WithMember(2, m => m with { Name = "  alex   MORGAN ", HomeOrganisation = Valid.Team[0].HomeOrganisation });

        var issue = Assert.Single(record.Issues());
        Assert.Equal("PC0207", issue.Code.Code);
        Assert.Equal("/team/2", issue.Path.ToString());
    }

    [Fact]
    public void Same_name_in_different_organisations_is_two_people()
    {
        var record = Valid.WithMember(2, m => m with { Name = "Alex Morgan" });

        Assert.Empty(record.Issues());
    }

    [Fact]
    public void Duplicate_member_ids_are_an_error()
    {
        var record = Valid.WithMember(2, m => m with { Id = "tm-1" });

        var issue = Assert.Single(record.Issues());
        Assert.Equal(("PC0105", "/team/2/id"), (issue.Code.Code, issue.Path.ToString()));
    }

    [Fact]
    public void Role_not_in_the_edition_is_an_error()
    {
        var record = Valid.WithMember(2, m => m with { Role = RoleCode.Parse("analyst-peer") });

        var issues = record.Issues();
        Assert.Contains(issues, i => i.Code.Code == "PC0203" && i.Path.ToString() == "/team/2/role");
        Assert.Contains(issues, i => i.Code.Code == "PC0208" && !i.IsError);
    }

    [Fact]
    public void Missing_expected_role_is_a_warning_only()
    {
        var record = Valid with { Team = [.. Valid.Team.Where(m => m.Role != RoleCode.Parse("off-site-peer"))] };

        var issue = Assert.Single(record.Issues());
        Assert.Equal("PC0208", issue.Code.Code);
        Assert.Equal(IssueSeverity.Warning, issue.Severity);
        Assert.Equal("The team has no Off-site Peer; the LGG Safeguarding Children Peer Challenge (2011) edition expects 1.", issue.Message);
    }

    [Fact]
    public void Role_to_be_confirmed_is_a_warning()
    {
        var record = Valid.WithMember(2, m => m with { Name = null, HomeOrganisation = null, Sector = null });

        var issue = Assert.Single(record.Issues());
        Assert.Equal(("PC0209", IssueSeverity.Warning, "/team/2"), (issue.Code.Code, issue.Severity, issue.Path.ToString()));
    }

    [Fact]
    public void Off_site_peer_marked_on_site_is_a_warning()
    {
        var record = Valid.WithMember(4, m => m with { OnSite = true });

        var issue = Assert.Single(record.Issues());
        Assert.Equal(("PC0210", "/team/4/onSite"), (issue.Code.Code, issue.Path.ToString()));
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var record = Valid with
        {
            Team =
            [
                Valid.Team[1] with { ElectedMember = false },
                Valid.Team[3] with { Sector = Sector.Police, HomeOrganisation = TestRecords.Rotherham },
            ],
        };

        var codes = record.Issues().Codes().ToHashSet();
        Assert.Superset(new HashSet<string> { "PC0201", "PC0204", "PC0205", "PC0206", "PC0208" }, codes);
    }

    [Fact]
    public void The_2012_edition_expects_two_officer_peers_and_an_analyst()
    {
        var record = TestRecords.Rotherham2011 with
        {
            Edition = EditionCode.LgaPeerReview2012,
            LinesOfEnquiry = [],
            Team = [.. Valid.Team.Where(m => m.Role != RoleCode.Parse("off-site-peer"))],
        };

        var issues = record.Issues();
        Assert.All(issues, i => Assert.Equal("PC0208", i.Code.Code));
        Assert.Contains(issues, i => i.Message.Contains("Officer Peer", StringComparison.Ordinal) && i.Message.EndsWith("expects 2.", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Message.Contains("Analyst Peer", StringComparison.Ordinal));
    }
}
