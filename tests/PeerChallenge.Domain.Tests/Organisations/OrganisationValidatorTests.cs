namespace PeerChallenge.Domain.Tests.Organisations;

public sealed class OrganisationValidatorTests
{
    private static readonly OrganisationValidator Rules = new();

    private static readonly ChallengeRecord Valid = TestRecords.Rotherham2011;

    /// <summary>The body that ran the reviews, with the years of each of its names.</summary>
    private static readonly Organisation Lga = new()
    {
        Id = OrganisationId.Parse("GB-COH-03675577"),
        Name = "Local Government Association",
        Sector = Sector.Lga,
        Names =
        [
            new OrganisationName { Name = "Improvement and Development Agency (IDeA)", To = 2011 },
            new OrganisationName { Name = "Local Government Group", From = 2011, To = 2012 },
            new OrganisationName { Name = "Local Government Association", From = 2012 },
        ],
    };

    private static Organisation WithName(Organisation organisation, int index, Func<OrganisationName, OrganisationName> change) =>
        organisation with { Names = [.. organisation.Names.Select((n, i) => i == index ? change(n) : n)] };

    private static IEnumerable<(string Code, string Path)> Found(IEnumerable<ValidationIssue> issues) => issues.Select(i => (i.Code.Code, i.Path.ToString()));

    [Fact]
    public void Names_with_years_in_order_have_no_issues()
    {
        Assert.Empty(Rules.Validate(Lga).ToIssues());
        Assert.Empty(Rules.Validate(WithName(Lga, 1, n => n with { From = 2011, To = 2011 })).ToIssues());
        Assert.Empty(Rules.Validate(WithName(Lga, 1, n => n with { From = null, To = 1990 })).ToIssues());
    }

    [Fact]
    public void A_name_that_ends_before_it_starts_is_PC0114_at_its_last_year()
    {
        var issue = Assert.Single(Rules.Validate(WithName(Lga, 1, n => n with { From = 2012, To = 2011 })).ToIssues());

        Assert.Equal(("PC0114", "/names/1/to", IssueSeverity.Error), (issue.Code.Code, issue.Path.ToString(), issue.Severity));
        Assert.Contains("GB-COH-03675577", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void An_empty_name_is_PC0101_at_its_place(string blank)
    {
        Assert.Equal([("PC0101", "/names/2/name")], Found(Rules.Validate(WithName(Lga, 2, n => n with { Name = blank })).ToIssues()));
        Assert.Equal([("PC0101", "/name")], Found(Rules.Validate(Lga with { Name = blank }).ToIssues()));
    }

    [Fact]
    public void Every_problem_of_the_names_is_reported_at_once()
    {
        var organisation = Lga with { Names = [new OrganisationName { Name = "", From = 2014, To = 2010 }, new OrganisationName { Name = "x", From = 2001, To = 2000 }] };

        Assert.Equal([("PC0101", "/names/0/name"), ("PC0114", "/names/0/to"), ("PC0114", "/names/1/to")], Found(Rules.Validate(organisation).ToIssues()));
    }

    [Fact]
    public void The_body_that_ran_the_challenge_is_checked_as_an_organisation()
    {
        Assert.Empty((Valid with { ConductedBy = Lga }).Issues());

        var record = Valid with { ConductedBy = WithName(Lga with { Name = " " }, 0, n => n with { From = 2012 }) };

        Assert.Equal([("PC0101", "/conductedBy/name"), ("PC0114", "/conductedBy/names/0/to")], Found(record.Issues()));
    }

    [Fact]
    public void The_host_council_and_partners_are_checked_with_their_names()
    {
        var renamed = new OrganisationName { Name = "Rotherham Primary Care Trust", From = 2013, To = 2002 };
        var record = Valid with
        {
            HostCouncil = Valid.HostCouncil with { Names = [renamed] },
            PartnerAgencies = [Valid.PartnerAgencies[0], Valid.PartnerAgencies[1] with { Names = [renamed] }],
        };

        Assert.Equal([("PC0114", "/hostCouncil/names/0/to"), ("PC0114", "/partnerAgencies/1/names/0/to")], Found(record.Issues()));
    }

    [Fact]
    public void A_team_members_home_organisation_is_checked_as_an_organisation()
    {
        var record = Valid.WithMember(2, m => m with
        {
            HomeOrganisation = m.HomeOrganisation! with { Name = "", Names = [new OrganisationName { Name = "Nottingham", From = 2010, To = 2009 }] },
        });

        Assert.Equal([("PC0101", "/team/2/homeOrganisation/name"), ("PC0114", "/team/2/homeOrganisation/names/0/to")], Found(record.Issues()));
    }
}
