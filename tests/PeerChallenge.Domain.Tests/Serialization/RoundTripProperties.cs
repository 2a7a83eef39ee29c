using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Serialization;
using PeerChallenge.Domain.Team;
using PeerChallenge.Domain.Timeline;

namespace PeerChallenge.Domain.Tests.Serialization;

public sealed class RoundTripProperties
{
    [Property(MaxTest = 200, Arbitrary = [typeof(Arbitraries)])]
    public void Generated_records_are_valid(ChallengeRecord record)
    {
        var errors = new ChallengeRecordValidator().ValidateRecord(record).Where(i => i.IsError).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(Arbitraries)])]
    public void A_record_round_trips_through_json_unchanged(ChallengeRecord record)
    {
        var json = ChallengeRecordWriter.Write(record);
        var read = ChallengeRecordReader.Read(json);

        Assert.True(read.Succeeded, string.Join("\n", read.Issues));
        Assert.Empty(read.Issues);
        Assert.Equal(record, read.Value);
        Assert.Equal(json, ChallengeRecordWriter.Write(read.Value));
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(Arbitraries)])]
    public void Unknown_properties_from_a_newer_producer_survive_a_round_trip(ChallengeRecord record, UnknownPropertySet extras)
    {
        var document = JsonNode.Parse(ChallengeRecordWriter.Write(record))!.AsObject();
        document["schemaVersion"] = "1.9.2";
        extras.AddTo(document);
        var original = document.ToJsonString();

        var read = ChallengeRecordReader.Read(original);

        Assert.True(read.Succeeded, string.Join("\n", read.Issues));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(original), JsonNode.Parse(ChallengeRecordWriter.Write(read.Value))));
        Assert.Equal(read.Value, ChallengeRecordReader.Read(original).Value);
    }

    /// <summary>Unknown properties to place on the root, the timeline and the first team member.</summary>
    public sealed record UnknownPropertySet(IReadOnlyList<(string Name, JsonNode Value)> Root, IReadOnlyList<(string Name, JsonNode Value)> Timeline, IReadOnlyList<(string Name, JsonNode Value)> Member)
    {
        public void AddTo(JsonObject document)
        {
            foreach (var (name, value) in Root)
            {
                document[name] = value.DeepClone();
            }

            foreach (var (name, value) in Timeline)
            {
                document["timeline"]![name] = value.DeepClone();
            }

            if (document["team"] is JsonArray { Count: > 0 } team)
            {
                foreach (var (name, value) in Member)
                {
                    team[0]![name] = value.DeepClone();
                }
            }
        }

        public override string ToString() => string.Join(", ", Root.Concat(Timeline).Concat(Member).Select(p => $"{p.Name}={p.Value.ToJsonString()}"));
    }

    /// <summary>Generators that only make valid values.</summary>
    public static class Arbitraries
    {
        private static readonly string[] Forenames = ["Alex", "Jordan", "Sam", "Chris", "Robin", "Taylor", "Siobhán", "Zoë", "O'Neill", "Nnamdi", "Łukasz", "Priya", "Mo \"Mac\" Smith"];

        // Statements are non-attributable text checked for personal data, so they come from the domain's own words.
        private static readonly string[] Statements =
        [
            "The effectiveness of early intervention and the use of CAF and thresholds.",
            "How the council learns from the service user experience.",
            "An independent perspective on improving Key Stage 2 results.",
            "The multi-agency resource panel: Out of Authority Placements and value for money.",
            "Working Together: the LSCB's \"quality assurance\" of Level 3 and Level 4 cases, 2011/12.",
            "Voice of the child in child protection plans; 45% of reviews on time.",
        ];

        private static readonly string[] Places = ["Wakefield", "Kirklees", "St Helens", "Nottingham", "Bury", "Hull", "Derby", "York", "Leeds", "Bolton", "Wigan", "Oldham"];

        public static Arbitrary<ChallengeRecord> Records() => Arb.From(RecordGen());

        public static Arbitrary<UnknownPropertySet> Extras() => Arb.From(
            from root in Properties("x-root")
            from timeline in Properties("x-timeline")
            from member in Properties("x-member")
            select new UnknownPropertySet(root, timeline, member));

        private static Gen<string> Text() =>
            ArbMap.Default.GeneratorFor<string>()
                .Where(s => !string.IsNullOrWhiteSpace(s) && !s.Any(char.IsSurrogate) && !s.Contains('\0', StringComparison.Ordinal))
                .Select(s => s.Trim().Length == 0 ? "text" : s);

        private static Gen<JsonNode> JsonValueGen() => Gen.OneOf(
            Gen.Choose(-1000, 1000).Select(i => (JsonNode)JsonValue.Create(i)),
            Text().Select(s => (JsonNode)JsonValue.Create(s)!),
            Gen.Elements(true, false).Select(b => (JsonNode)JsonValue.Create(b)),
            Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 9), n)).Select(a => (JsonNode)new JsonArray([.. a.Select(i => (JsonNode)JsonValue.Create(i))])),
            Text().Select(s => (JsonNode)new JsonObject { ["note"] = s, ["nested"] = new JsonObject { ["level"] = 2 } }));

        private static Gen<IReadOnlyList<(string, JsonNode)>> Properties(string prefix) =>
            from count in Gen.Choose(0, 3)
            from values in Gen.ArrayOf(JsonValueGen(), count)
            select (IReadOnlyList<(string, JsonNode)>)[.. values.Select((v, i) => ($"{prefix}-{i}", v))];

        private static Gen<ChallengeRecord> RecordGen() =>
            from edition in Gen.Elements(BuiltInEditions.Lgg2011, BuiltInEditions.LgaPeerReview2012)
            from mondayOffset in Gen.Choose(0, 1500)
            from leadInExtraWeeks in Gen.Choose(0, 4)
            from names in Gen.Shuffle(Forenames)
            from places in Gen.Shuffle(Places)
            from title in Gen.OrNull(Text())
            from linesOfEnquiry in LinesOfEnquiryGen(edition)
            from contact in Gen.OrNull(ContactGen())
            from notified in Gen.Elements(true, false)
            from idNumber in Gen.Choose(1, 99999)
            select Build(edition, new LocalDate(2000, 1, 3).PlusWeeks(mondayOffset), leadInExtraWeeks, names, places, title, linesOfEnquiry, contact, notified, idNumber);

        private static Gen<Contact> ContactGen() =>
            from name in Text()
            from email in Gen.Elements("a@b.gov.uk", "contact@council.gov.uk")
            select new Contact { Name = name, Email = email, JobTitle = "Officer" };

        private static Gen<IReadOnlyList<LineOfEnquiry>> LinesOfEnquiryGen(Edition edition) =>
            from count in Gen.Choose(0, 4)
            from statements in Gen.ArrayOf(Gen.Elements(Statements), count)
            from themes in Gen.ArrayOf(Gen.SubListOf(edition.Themes.Select(t => t.Code)).Where(l => l.Count > 0), count)
            select (IReadOnlyList<LineOfEnquiry>)[.. statements.Select((s, i) => new LineOfEnquiry { Id = $"loe-{i + 1}", Statement = s, Themes = [.. themes[i]] })];

        private static ChallengeRecord Build(Edition edition, LocalDate onSiteStart, int leadInExtraWeeks, string[] names, string[] places, string? title, IReadOnlyList<LineOfEnquiry> linesOfEnquiry, Contact? contact, bool notified, int idNumber)
        {
            var team = new List<TeamMember>();
            var n = 0;
            foreach (var role in edition.Roles)
            {
                for (var i = 0; i < Math.Max(role.Expected, role.Minimum); i++, n++)
                {
                    var sector = role.RequiredSector ?? Sector.LocalGovernment;
                    team.Add(new TeamMember
                    {
                        Id = $"tm-{n + 1}",
                        Role = role.Code,
                        Name = $"{names[n % names.Length]} {n}",
                        HomeOrganisation = new Organisation { Id = OrganisationId.Parse($"GB-LAE-P{n}"), Name = $"{places[n % places.Length]} Council", Sector = sector },
                        Sector = sector,
                        ElectedMember = role.RequiresElectedMember,
                        OnSite = role.OnSite ? null : false,
                    });
                }
            }

            return new ChallengeRecord
            {
                Id = ChallengeId.Parse($"PC-{idNumber}"),
                Edition = edition.Code,
                Title = title,
                HostCouncil = TestRecords.Rotherham,
                PartnerAgencies = [TestRecords.NhsRotherham, TestRecords.SouthYorkshirePolice],
                Team = team,
                Timeline = new ChallengeTimeline
                {
                    LeadInStart = onSiteStart.PlusWeeks(-(edition.LeadInWeeks + leadInExtraWeeks)),
                    OnSiteStart = WorkingDayCalendar.EnglandAndWales.NextWorkingDayOnOrAfter(onSiteStart),
                    OnSiteEnd = WorkingDayCalendar.EnglandAndWales.AddWorkingDays(WorkingDayCalendar.EnglandAndWales.NextWorkingDayOnOrAfter(onSiteStart), edition.OnSiteDays - 1),
                },
                OfstedNotification = new OfstedNotification { Notified = notified, NotifiedOn = notified ? onSiteStart.PlusWeeks(-10) : null },
                Contact = contact,
                LinesOfEnquiry = linesOfEnquiry,
            };
        }
    }
}
