using NodaTime;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Team;
using PeerChallenge.Domain.Timeline;

namespace PeerChallenge.Domain.Tests;

/// <summary>Valid records built in code, to be changed one rule at a time with <c>with</c>.</summary>
internal static class TestRecords
{
    internal static Organisation Rotherham { get; } = new() { Id = OrganisationId.Parse("GB-LAE-ROT"), Name = "Rotherham Metropolitan Borough Council", Sector = Sector.LocalGovernment };

    internal static Organisation NhsRotherham { get; } = new() { Id = OrganisationId.Parse("GB-NHS-5H8"), Name = "NHS Rotherham", Sector = Sector.Health };

    internal static Organisation SouthYorkshirePolice { get; } = new() { Id = OrganisationId.Parse("GB-POL-SYP"), Name = "South Yorkshire Police", Sector = Sector.Police };

    internal static TeamMember Member(string id, string role, string name, string organisationId, string organisationName, Sector sector, bool elected = false) => new()
    {
        Id = id,
        Role = RoleCode.Parse(role),
        Name = name,
        HomeOrganisation = new Organisation { Id = OrganisationId.Parse(organisationId), Name = organisationName, Sector = sector },
        Sector = sector,
        ElectedMember = elected,
    };

    internal static IReadOnlyList<TeamMember> Team2011 { get; } =
    [
        Member("tm-1", "team-leader", "Alex Morgan", "GB-LAE-WKF", "Wakefield Council", Sector.LocalGovernment),
        Member("tm-2", "member-peer", "Jordan Ellis", "GB-LAE-STH", "St Helens Council", Sector.LocalGovernment, elected: true),
        Member("tm-3", "officer-peer", "Sam Patel", "GB-LAE-NTT", "Nottingham City Council", Sector.LocalGovernment),
        Member("tm-4", "health-peer", "Chris Walker", "GB-NHS-5N4", "NHS Sheffield", Sector.Health),
        Member("tm-5", "off-site-peer", "Robin Hughes", "GB-LAE-KIR", "Kirklees Council", Sector.LocalGovernment),
        Member("tm-6", "challenge-manager", "Taylor Green", "GB-COH-03675577", "Local Government Group", Sector.Lga),
    ];

    /// <summary>The Rotherham 2011 challenge: valid, with no warnings.</summary>
    internal static ChallengeRecord Rotherham2011 { get; } = new()
    {
        Id = ChallengeId.Parse("LGG-SCPC-2011-ROT"),
        Title = "Rotherham safeguarding children peer challenge 2011",
        HostCouncil = Rotherham,
        PartnerAgencies = [NhsRotherham, SouthYorkshirePolice],
        Team = Team2011,
        Timeline = new ChallengeTimeline
        {
            LeadInStart = new LocalDate(2011, 8, 8),
            OnSiteStart = new LocalDate(2011, 10, 3),
            OnSiteEnd = new LocalDate(2011, 10, 7),
        },
        OfstedNotification = new OfstedNotification { Notified = true, NotifiedBy = "LGG Head of Safeguarding Programme" },
        Contact = new Contact { Name = "Sue Wilson", JobTitle = "Performance and Quality Manager", Telephone = "01709 822511", Email = "s.wilson@rotherham.gov.uk" },
        LinesOfEnquiry =
        [
            new LineOfEnquiry { Id = "loe-1", Statement = "Early intervention services and the use of CAF and thresholds.", Themes = [ThemeCode.Parse("service-delivery-effective-practice")] },
            new LineOfEnquiry { Id = "loe-2", Statement = "The service user experience.", Themes = [ThemeCode.Parse("outcomes")] },
        ],
    };

    internal static ChallengeRecord WithMember(this ChallengeRecord record, int index, Func<TeamMember, TeamMember> change) =>
        record with { Team = [.. record.Team.Select((m, i) => i == index ? change(m) : m)] };

    internal static IReadOnlyList<ValidationIssue> Issues(this ChallengeRecord record) => new ChallengeRecordValidator().ValidateRecord(record);

    internal static IEnumerable<string> Codes(this IEnumerable<ValidationIssue> issues) => issues.Select(i => i.Code.Code);
}
