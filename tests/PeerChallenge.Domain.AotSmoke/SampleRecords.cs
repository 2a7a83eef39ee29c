using NodaTime;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Team;
using PeerChallenge.Domain.Timeline;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Organisations;

namespace PeerChallenge.Domain.AotSmoke;

/// <summary>Records the smoke app reads, writes and validates without any file.</summary>
internal static class SampleRecords
{
    /// <summary>A valid 2011 record as a producer would write it: read with the reader, not built in code.</summary>
    public const string EmbeddedJson = """
        {
          "schemaVersion": "1.0.0",
          "id": "aot-smoke-2011",
          "edition": "lgg-2011",
          "title": "AOT smoke record",
          "hostCouncil": { "id": "GB-LAE-ROT", "name": "Rotherham Metropolitan Borough Council", "sector": "local-government" },
          "partnerAgencies": [ { "id": "GB-NHS-RHQ", "name": "NHS Rotherham", "sector": "health" } ],
          "team": [
            { "id": "tl", "role": "team-leader", "name": "Alex Leader", "homeOrganisation": { "id": "GB-LAE-SHF", "name": "Sheffield City Council" } },
            { "id": "mp", "role": "member-peer", "name": "Cllr Sam Member", "homeOrganisation": { "id": "GB-LAE-BNS", "name": "Barnsley Council" }, "electedMember": true },
            { "id": "op", "role": "officer-peer", "name": "Jo Officer", "homeOrganisation": { "id": "GB-LAE-DNC", "name": "Doncaster Council" } },
            { "id": "hp", "role": "health-peer", "name": "Pat Health", "homeOrganisation": { "id": "GB-NHS-RHH", "name": "Sheffield Teaching Hospitals", "sector": "health" } },
            { "id": "os", "role": "off-site-peer", "name": "Chris Analyst", "homeOrganisation": { "id": "GB-LAE-WKF", "name": "Wakefield Council" }, "onSite": false },
            { "id": "cm", "role": "challenge-manager", "name": "Morgan Manager", "homeOrganisation": { "id": "GB-COH-03675471", "name": "Local Government Association", "sector": "lga" } }
          ],
          "timeline": { "leadInStart": "2011-09-19", "onSiteStart": "2011-11-14", "onSiteEnd": "2011-11-18" },
          "linesOfEnquiry": [ { "id": "loe-1", "statement": "How well do partners share information about children at risk?", "themes": [ "working-together-lscb" ] } ],
          "futureProperty": { "keptBy": "the reader", "values": [ 1, 2, 3 ] }
        }
        """;

    /// <summary>Builds a valid 2011 record in code with the public API.</summary>
    public static ChallengeRecord BuildValid() => new()
    {
        Id = ChallengeId.Parse("aot-smoke-built"),
        Edition = EditionCode.Lgg2011,
        Title = "Built in code",
        HostCouncil = new Organisation { Id = OrganisationId.Parse("GB-LAE-ROT"), Name = "Rotherham Metropolitan Borough Council", Sector = Sector.LocalGovernment },
        PartnerAgencies = [new Organisation { Id = OrganisationId.Parse("GB-NHS-RHQ"), Name = "NHS Rotherham", Sector = Sector.Health }],
        Team =
        [
            Member("tl", "team-leader", "Alex Leader", "GB-LAE-SHF", "Sheffield City Council"),
            Member("mp", "member-peer", "Cllr Sam Member", "GB-LAE-BNS", "Barnsley Council") with { ElectedMember = true },
            Member("op", "officer-peer", "Jo Officer", "GB-LAE-DNC", "Doncaster Council"),
            Member("hp", "health-peer", "Pat Health", "GB-NHS-RHH", "Sheffield Teaching Hospitals", Sector.Health),
            Member("os", "off-site-peer", "Chris Analyst", "GB-LAE-WKF", "Wakefield Council") with { OnSite = false },
            Member("cm", "challenge-manager", "Morgan Manager", "GB-COH-03675471", "Local Government Association", Sector.Lga),
        ],
        Timeline = new ChallengeTimeline
        {
            LeadInStart = new LocalDate(2011, 9, 19),
            OnSiteStart = new LocalDate(2011, 11, 14),
            OnSiteEnd = new LocalDate(2011, 11, 18),
        },
        Contact = new Contact { Name = "A Council Officer", Email = "officer@example.org" },
        LinesOfEnquiry =
        [
            new LineOfEnquiry { Id = "loe-1", Statement = "How well do partners share information about children at risk?", Themes = [ThemeCode.WorkingTogetherLscb] },
        ],
    };

    private static TeamMember Member(string id, string role, string name, string organisationId, string organisationName, Sector? sector = null) => new()
    {
        Id = id,
        Role = RoleCode.Parse(role),
        Name = name,
        HomeOrganisation = new Organisation { Id = OrganisationId.Parse(organisationId), Name = organisationName, Sector = sector },
    };
}
