namespace PeerChallenge.Domain.Tests.Team;

/// <summary>
/// The team as the sources of a past review give it (issue 9): a team partly recorded or not known is said once
/// (PC0211) and never read as "no team leader"; a past review is not told to fill places; a member's status is
/// separate from whether the record names them, and members without names are never "the same person".
/// </summary>
public sealed class PastReviewTeamTests
{
    // With a source, so that a past review made from it is not told to list its sources (PC0603): these tests are about other rules.
    private static readonly ChallengeRecord Rotherham = TestRecords.Rotherham2011 with { Sources = [new Source { Id = "src-1", Title = "Briefing for staff" }] };

    /// <summary>Rotherham's team without its team leader and off-site peer (PC0201 and PC0208 on a fully known plan).</summary>
    private static readonly IReadOnlyList<TeamMember> TwoMissing = [.. Rotherham.Team.Where(m => m.Role != RoleCode.TeamLeader && m.Role != RoleCode.OffSitePeer)];

    [Fact]
    public void A_fully_known_plan_missing_roles_has_the_role_count_issues()
    {
        Assert.Equal(["PC0201", "PC0208"], (Rotherham with { Team = TwoMissing }).Issues().Codes());
    }

    [Theory]
    [InlineData("partly-known", "The record gives only part of the team, so whether the roles the edition requires and expects are filled was not checked.")]
    [InlineData("not-known", "The record says the team is not known, so the roles the edition requires and expects were not checked.")]
    public void A_team_not_fully_known_gives_one_note_and_no_role_count_issue(string teamKnown, string message)
    {
        var team = teamKnown == "not-known" ? [] : TwoMissing;
        foreach (var kind in RecordKind.All)
        {
            var record = Rotherham with { Kind = kind, Team = team, TeamKnown = Knowledge.FromCode(teamKnown) };

            var issue = Assert.Single(record.Issues());

            Assert.Equal(TeamIssueCodes.TeamNotFullyRecorded, issue.Code);
            Assert.Equal(("PC0211", "information", "/teamKnown", message), (issue.Code.Code, issue.Severity.Code, issue.Path.ToString(), issue.Message));
            Assert.False(issue.IsError);
        }
    }

    [Fact]
    public void A_partly_known_team_is_still_told_it_has_too_many_in_a_role()
    {
        var second = TestRecords.Member("tm-7", "challenge-manager", "Pat Jones", "GB-COH-03675577", "Local Government Group", Sector.Lga);
        var record = Rotherham with { Kind = RecordKind.PastReview, TeamKnown = Knowledge.PartlyKnown, Team = [.. TwoMissing, second] };

        var issues = record.Issues();

        Assert.Equal(["PC0202", "PC0211"], issues.Codes().Order(StringComparer.Ordinal));
        var tooMany = Assert.Single(issues, i => i.IsError);
        Assert.Equal(("PC0202", "/team"), (tooMany.Code.Code, tooMany.Path.ToString()));
        Assert.Contains("2 people in the role Challenge Manager", tooMany.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_partly_known_team_still_has_its_members_checked()
    {
        var record = Rotherham with { Kind = RecordKind.PastReview, TeamKnown = Knowledge.PartlyKnown, Team = [.. TwoMissing.Select(m => m.Role == RoleCode.MemberPeer ? m with { ElectedMember = false } : m)] };

        Assert.Equal(["PC0204", "PC0211"], record.Issues().Codes().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_past_review_is_not_told_to_fill_or_confirm_places()
    {
        // No off-site peer, and a second officer peer the source gives as "to be confirmed".
        var record = Rotherham with
        {
            Kind = RecordKind.PastReview,
            Team = [.. Rotherham.Team.Where(m => m.Role != RoleCode.OffSitePeer), new TeamMember { Id = "tm-9", Role = RoleCode.OfficerPeer, Status = MemberStatus.ToBeConfirmed }],
        };
        var plan = record with { Kind = RecordKind.Plan };

        Assert.Empty(record.Issues());
        Assert.Equal(["PC0208", "PC0209"], plan.Issues().Codes().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_fully_known_past_review_team_without_a_team_leader_is_still_an_error()
    {
        var record = Rotherham with { Kind = RecordKind.PastReview, Team = TwoMissing };

        var issue = Assert.Single(record.Issues());

        Assert.Equal(("PC0201", "/team"), (issue.Code.Code, issue.Path.ToString()));
        Assert.True(issue.IsError);
        Assert.Equal("The team has no Team Leader. The LGG Safeguarding Children Peer Challenge (2011) edition needs exactly 1.", issue.Message);
    }

    [Fact]
    public void A_live_challenge_is_checked_as_a_plan()
    {
        var record = Rotherham with { Kind = RecordKind.Live, Team = TwoMissing };

        Assert.Equal(["PC0201", "PC0208"], record.Issues().Codes());
    }

    [Fact]
    public void A_confirmed_member_with_no_name_is_not_to_be_confirmed_on_a_plan()
    {
        var record = Rotherham.WithMember(2, m => m with { Status = MemberStatus.Confirmed, Name = null, HomeOrganisation = null });

        Assert.Empty(record.Issues());
        Assert.Same(MemberStatus.Confirmed, record.Team[2].EffectiveStatus);
    }

    [Fact]
    public void A_named_member_marked_to_be_confirmed_is_to_be_confirmed_on_a_plan()
    {
        var record = Rotherham.WithMember(2, m => m with { Status = MemberStatus.ToBeConfirmed });

        var issue = Assert.Single(record.Issues());

        Assert.Equal(("PC0209", "warning", "/team/2"), (issue.Code.Code, issue.Severity.Code, issue.Path.ToString()));
        Assert.Equal("The Officer Peer is still to be confirmed: give the person's name and home organisation when known.", issue.Message);
    }

    [Theory]
    [InlineData(null, true, true, "confirmed")]
    [InlineData(null, false, true, "to-be-confirmed")]
    [InlineData(null, true, false, "to-be-confirmed")]
    [InlineData("confirmed", false, false, "confirmed")]
    [InlineData("to-be-confirmed", true, true, "to-be-confirmed")]
    [InlineData("not-known", false, false, "not-known")]
    [InlineData("not-known", true, true, "not-known")]
    public void The_effective_status_is_the_given_status_else_inferred_from_name_and_organisation(string? status, bool named, bool organisation, string effective)
    {
        var member = Rotherham.Team[2] with
        {
            Status = status is null ? null : MemberStatus.FromCode(status),
            Name = named ? "Sam Patel" : null,
            HomeOrganisation = organisation ? Rotherham.Team[2].HomeOrganisation : null,
        };

        Assert.Equal(effective, member.EffectiveStatus.Code);
        Assert.Equal(effective == "to-be-confirmed", member.IsToBeConfirmed);
        var plan = Rotherham.WithMember(2, _ => member);
        Assert.Equal(effective == "to-be-confirmed", plan.Issues().Any(i => i.Code == TeamIssueCodes.MemberToBeConfirmed));
    }

    [Fact]
    public void A_member_whose_status_is_not_known_is_not_to_be_confirmed()
    {
        var record = Rotherham.WithMember(2, m => m with { Status = MemberStatus.NotKnown, Name = null, HomeOrganisation = null, HomeOrganisationKind = "metropolitan borough council" });

        Assert.Empty(record.Issues());
    }

    [Fact]
    public void Two_members_described_without_names_are_not_the_same_person()
    {
        var county = new Organisation { Id = OrganisationId.Parse("GB-LAE-NBL"), Name = "Northumberland County Council", Sector = Sector.LocalGovernment };
        Func<TeamMember, TeamMember> unnamed = m => m with { Name = null, HomeOrganisation = county, Status = MemberStatus.Confirmed };
        var record = Rotherham with
        {
            Kind = RecordKind.PastReview,
            Team = [.. Rotherham.Team.Select((m, i) => i is 0 or 2 ? unnamed(m) : m), Rotherham.Team[2] with { Id = "tm-7", Name = "   ", HomeOrganisation = county }],
        };

        Assert.DoesNotContain(record.Issues(), i => i.Code == TeamIssueCodes.PersonHoldsTwoRoles);
        var named = record.WithMember(0, m => m with { Name = "Alex Morgan" }).WithMember(2, m => m with { Name = "Alex Morgan" });
        Assert.Equal("/team/2", Assert.Single(named.Issues(), i => i.Code == TeamIssueCodes.PersonHoldsTwoRoles).Path.ToString());
    }

    [Fact]
    public void Two_members_described_only_by_role_and_kind_of_organisation_are_valid_on_a_past_review()
    {
        TeamMember Described(string id, RoleCode role, string jobTitle, string organisationKind, bool elected = false) => new()
        {
            Id = id,
            Role = role,
            Status = MemberStatus.Confirmed,
            JobTitle = jobTitle,
            HomeOrganisationKind = organisationKind,
            ElectedMember = elected,
        };
        var record = Rotherham with
        {
            Kind = RecordKind.PastReview,
            Team =
            [
                Described("tm-1", RoleCode.TeamLeader, "Director of Children's Services", "county council"),
                Described("tm-2", RoleCode.MemberPeer, "Lead member for children's services", "county council", elected: true),
                Described("tm-3", RoleCode.OfficerPeer, "Assistant director", "county council"),
                Described("tm-4", RoleCode.OfficerPeer, "Operational director", "county council"),
                Described("tm-5", RoleCode.HealthPeer, "Health peer", "primary care trust"),
                Described("tm-6", RoleCode.ChallengeManager, "Review manager", "IDeA"),
            ],
        };

        Assert.Empty(record.Issues());
        Assert.Equal(["PC0208", "PC0209", "PC0209", "PC0209", "PC0209", "PC0209", "PC0209"], (record with { Kind = RecordKind.Plan, Team = [.. record.Team.Select(m => m with { Status = null })] }).Issues().Codes().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_health_peer_rule_asks_no_sector_of_an_unnamed_member_without_an_organisation()
    {
        var record = (Rotherham with { Kind = RecordKind.PastReview })
            .WithMember(3, m => m with { Name = null, HomeOrganisation = null, Sector = null, HomeOrganisationKind = "primary care trust", Status = MemberStatus.Confirmed });

        Assert.Empty(record.Issues());
    }

    [Fact]
    public void The_health_peer_rule_still_checks_a_sector_that_is_given()
    {
        var record = (Rotherham with { Kind = RecordKind.PastReview })
            .WithMember(3, m => m with { Name = null, HomeOrganisation = null, Sector = Sector.LocalGovernment, HomeOrganisationKind = "county council", Status = MemberStatus.Confirmed });

        var issue = Assert.Single(record.Issues());

        Assert.Equal(("PC0205", "/team/3/sector"), (issue.Code.Code, issue.Path.ToString()));
        Assert.Equal("Team member 'tm-4' is the Health Peer, who must come from the health sector, but their sector is local government.", issue.Message);
    }

    [Fact]
    public void The_health_peer_rule_still_asks_a_named_member_of_a_named_organisation_for_a_sector()
    {
        var record = (Rotherham with { Kind = RecordKind.PastReview })
            .WithMember(3, m => m with { Sector = null, HomeOrganisation = m.HomeOrganisation! with { Sector = null } });

        var issue = Assert.Single(record.Issues());

        Assert.Equal(("PC0205", "/team/3/sector"), (issue.Code.Code, issue.Path.ToString()));
        Assert.Contains("give the sector of the team member or of their home organisation", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_validated_alone_is_checked_as_a_member_of_a_plan()
    {
        var member = Rotherham.Team[2] with { Name = null };

        var issue = Assert.Single(new TeamMemberValidator(BuiltInEditions.Lgg2011).Validate(member).ToIssues());

        Assert.Equal(("PC0209", "/"), (issue.Code.Code, issue.Path.IsRoot ? "/" : issue.Path.ToString()));
    }
}
