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

    /// <summary>
    /// A record of a past review in format 1.1, as a transcriber would write it from one published source: a visit known
    /// only to the month, a final report "c. 2010", a team partly recorded and described without names, Ofsted's
    /// notification not known, themes not mapped, methods "including ...", the body that ran it with its earlier name,
    /// an earlier inspection, a source and a citation, and a local x- property.
    /// </summary>
    public const string PastReviewJson = """
        {
          "schemaVersion": "1.1.0",
          "id": "aot-smoke-past-2010",
          "kind": "past-review",
          "edition": "lgg-2011",
          "title": "Safeguarding peer review, January 2010",
          "hostCouncil": { "id": "GB-LAE-NBL", "name": "Northumberland County Council", "sector": "local-government" },
          "conductedBy": {
            "id": "GB-COH-03675577", "name": "Local Government Association", "sector": "lga",
            "names": [ { "name": "Improvement and Development Agency (IDeA)", "to": 2010 }, { "name": "Local Government Association", "from": 2011 } ]
          },
          "teamKnown": "partly-known",
          "team": [
            { "id": "tm-1", "role": "team-leader", "status": "confirmed", "jobTitle": "Director of Children's Services", "homeOrganisationKind": "county council", "sources": [ "src-1" ] },
            { "id": "tm-2", "role": "health-peer", "status": "confirmed", "jobTitle": "Health peer", "homeOrganisationKind": "primary care trust", "sources": [ "src-1" ] }
          ],
          "timeline": { "onSiteStart": "2010-01", "finalReportDue": "2010~" },
          "ofstedNotificationKnown": "not-known",
          "linesOfEnquiry": [ { "id": "loe-1", "statement": "Core group functioning.", "themes": [], "themesKnown": "not-known", "sources": [ "src-1" ] } ],
          "methods": [ "case-mapping" ],
          "methodsKnown": "partly-known",
          "earlierReviews": [ { "id": "ofsted-2009", "kind": "ofsted-inspection", "date": "2009", "grade": "adequate", "relation": "context", "sources": [ "src-1" ] } ],
          "sources": [
            {
              "id": "src-1", "title": "Feedback slides of the safeguarding peer review", "kind": "presentation", "publisher": "Northumberland County Council",
              "published": "2010-01", "address": "https://www.example.gov.uk/peer-review-slides.pdf", "accessed": "2025-03-01"
            }
          ],
          "citations": [ { "about": "/timeline/onSiteStart", "sources": [ "src-1" ], "locator": "slide 1" } ],
          "x-transcribedBy": "records officer"
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
