using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using NodaTime;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Organisations;
using PeerChallenge.Domain.Provenance;
using PeerChallenge.Domain.Serialization;
using PeerChallenge.Domain.Team;
using PeerChallenge.Domain.Timeline;

namespace PeerChallenge.Domain.Testing;

/// <summary>A generated record and its JSON, as <see cref="ChallengeRecordWriter.Write(ChallengeRecord)"/> writes it.</summary>
/// <param name="Record">The record, read back from <paramref name="Json"/> (so its unknown properties are set).</param>
/// <param name="Json">The record's UTF-8 JSON.</param>
public sealed record GeneratedRecord(ChallengeRecord Record, byte[] Json);

/// <summary>
/// Makes realistic, valid peer challenge records at any scale from a seed: the same seed and size always give
/// byte-identical JSON. The record has a host council and partner agencies with org-id identifiers, a team with every
/// role of the edition, a timeline on working days, an Ofsted notification with inspection windows, a contact, lines
/// of enquiry mapped to the edition's themes, and a planning tool's local fields (names starting x-, which the format
/// keeps and writes back) at several levels.
/// All people and places are invented. <see cref="GenerateFormat11"/> makes records that also use every part format 1.1
/// added (record kinds, vague dates, what is not known, member statuses, sources and citations, earlier reviews, the
/// body that ran the review); <see cref="Generate(int, int, int, int?, int?, Edition?)"/> never does, so its records
/// and their sizes stay what the benchmarks and tests were written against.
/// </summary>
public static partial class RecordGenerator
{
    /// <summary>The seed the tests and benchmarks use unless they say otherwise: 20111003.</summary>
    public const int DefaultSeed = 20111003;

    /// <summary>Reader options without the size limit, for the larger scales.</summary>
    public static ChallengeReaderOptions Unlimited { get; } = new() { MaxDocumentBytes = long.MaxValue };

    private static readonly Organisation Lga = new() { Id = OrganisationId.Parse("GB-COH-03675577"), Name = "Local Government Association", Sector = Sector.Lga };

    /// <summary>Generates a record of a named scale.</summary>
    /// <param name="scale">The scale, for example <see cref="RecordScale.County"/>.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The record and its JSON.</returns>
    public static GeneratedRecord Generate(RecordScale scale, int seed = DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(scale);
        return Generate(seed, scale.TeamMembers, scale.LinesOfEnquiry, scale.PartnerAgencies,
            ReferenceEquals(scale, RecordScale.Example2011) ? 2011 : null);
    }

    /// <summary>Generates a record of the <c>lgg-2011</c> edition.</summary>
    /// <param name="seed">The seed.</param>
    /// <param name="teamMembers">The number of team members (raised to the edition's required roles when fewer).</param>
    /// <param name="linesOfEnquiry">The number of lines of enquiry.</param>
    /// <param name="partnerAgencies">The number of partner agencies (raised to 4 when fewer); when null, 4 plus one for every five lines of enquiry.</param>
    /// <param name="year">The year of the visit; when null, one from 2011 to 2030 chosen by the seed.</param>
    /// <param name="edition">The edition; default <see cref="BuiltInEditions.Lgg2011"/>.</param>
    /// <returns>The record and its JSON.</returns>
    public static GeneratedRecord Generate(int seed, int teamMembers, int linesOfEnquiry, int? partnerAgencies = null, int? year = null, Edition? edition = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(teamMembers);
        ArgumentOutOfRangeException.ThrowIfNegative(linesOfEnquiry);
        var built = new Builder(seed, edition ?? BuiltInEditions.Lgg2011).Build(teamMembers, linesOfEnquiry, partnerAgencies ?? 4 + (linesOfEnquiry / 5), year);
        var withUnknowns = new Builder(seed, edition ?? BuiltInEditions.Lgg2011).AddUnknownProperties(ChallengeRecordWriter.Write(built));
        var read = ChallengeRecordReader.Read(withUnknowns, Unlimited);
        if (!read.Succeeded)
        {
            throw new InvalidOperationException($"The generated record (seed {seed}) does not read back: {string.Join("; ", read.Issues)}");
        }

        return new GeneratedRecord(read.Value, Encoding.UTF8.GetBytes(ChallengeRecordWriter.Write(read.Value)));
    }

    /// <summary>
    /// Generates a record that uses the parts format 1.1 added, chosen by the seed: a plan, a live challenge or (most
    /// often) a past review; dates given as days, months or years, some approximate, some left out (no last on-site
    /// day); the team, the Ofsted notification, the methods and the themes of lines of enquiry known, partly known or
    /// not known; members with a status, some described only by job title and kind of organisation; the body that ran
    /// it with its earlier names; sources cited by members, lines of enquiry and citations; earlier inspections and
    /// reviews; local <c>x-</c> properties beside a newer producer's. The same seed and sizes give byte-identical JSON.
    /// </summary>
    /// <param name="seed">The seed.</param>
    /// <param name="teamMembers">The number of team members before some are left out (raised to the edition's required roles when fewer).</param>
    /// <param name="linesOfEnquiry">The number of lines of enquiry.</param>
    /// <param name="edition">The edition; default <see cref="BuiltInEditions.Lgg2011"/>.</param>
    /// <returns>The record and its JSON.</returns>
    /// <remarks>The records read back without issues but are not all valid: a vague record is checked, not generated, by the rules.</remarks>
    public static GeneratedRecord GenerateFormat11(int seed, int teamMembers = 7, int linesOfEnquiry = 3, Edition? edition = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(teamMembers);
        ArgumentOutOfRangeException.ThrowIfNegative(linesOfEnquiry);
        edition ??= BuiltInEditions.Lgg2011;
        var random = new Random(unchecked((seed * 7919) + 11));
        var built = new Builder(seed, edition).Build(teamMembers, linesOfEnquiry, 4 + (linesOfEnquiry / 5), 2009 + random.Next(6));
        var vague = new Format11Parts(random, edition).AddTo(built);
        var withUnknowns = new Format11Parts(random, edition).AddLocalProperties(new Builder(seed, edition).AddUnknownProperties(ChallengeRecordWriter.Write(vague)));
        var read = ChallengeRecordReader.Read(withUnknowns, Unlimited);
        if (!read.Succeeded)
        {
            throw new InvalidOperationException($"The generated record (seed {seed}) does not read back: {string.Join("; ", read.Issues)}");
        }

        return new GeneratedRecord(read.Value, Encoding.UTF8.GetBytes(ChallengeRecordWriter.Write(read.Value)));
    }

    /// <summary>Turns a generated plan into a record that uses the parts of format 1.1, as a transcriber of a past review would.</summary>
    private sealed class Format11Parts(Random random, Edition edition)
    {
        private static readonly string[] SourceTitles =
        [
            "Safeguarding peer review: briefing for staff",
            "Report to the Children's Services Scrutiny Committee: outcome of the safeguarding peer review",
            "Feedback letter from the review team",
            "Feedback slides of the safeguarding peer review",
            "Children's Trust Board minutes, item 6",
        ];

        private static readonly string[] OrganisationKinds = ["county council", "metropolitan borough council", "unitary council", "primary care trust", "NHS foundation trust", "London borough"];

        private static readonly string[] CitedParts = ["/timeline/onSiteStart", "/timeline", "/team", "/hostCouncil", "/title", ""];

        internal ChallengeRecord AddTo(ChallengeRecord record)
        {
            var kind = Pick([RecordKind.PastReview, RecordKind.PastReview, RecordKind.Plan, RecordKind.Live]);
            var sources = Sources(record);
            var ids = sources.Select(s => s.Id).ToArray();
            var teamKnown = Pick([Knowledge.Known, Knowledge.Known, Knowledge.PartlyKnown, Knowledge.NotKnown]);
            var notificationKnown = Pick([Knowledge.Known, Knowledge.PartlyKnown, Knowledge.NotKnown]);
            var methods = edition.Methods.Where(_ => random.Next(2) == 0).ToList();
            var methodsKnown = Pick<Knowledge?>([null, Knowledge.Known, Knowledge.PartlyKnown, methods.Count == 0 ? Knowledge.NotKnown : Knowledge.PartlyKnown]);
            var vague = record with
            {
                Kind = kind,
                ConductedBy = random.Next(4) == 0 ? null : ConductedBy(),
                Timeline = Timeline(record.Timeline),
                TeamKnown = teamKnown,
                Team = teamKnown == Knowledge.NotKnown ? [] : Team(record.Team, teamKnown, ids),
                OfstedNotificationKnown = notificationKnown,
                OfstedNotification = notificationKnown == Knowledge.NotKnown ? null
                    : record.OfstedNotification! with { NotifiedOn = notificationKnown == Knowledge.PartlyKnown ? null : Vague(record.OfstedNotification.NotifiedOn!.Value.Earliest) },
                LinesOfEnquiry = [.. record.LinesOfEnquiry.Select(l => Line(l, ids))],
                Methods = methods,
                Sources = sources,
                Citations = Citations(record, ids),
                EarlierReviews = EarlierReviews(record, ids),
            };
            return methodsKnown is null ? vague : vague with { MethodsKnown = methodsKnown };
        }

        /// <summary>Adds local properties (names starting <c>x-</c>) at the root, the timeline and the first source.</summary>
        internal string AddLocalProperties(string json)
        {
            var document = JsonNode.Parse(json)!.AsObject();
            document["x-transcription"] = new JsonObject { ["by"] = "records officer", ["checked"] = random.Next(2) == 0 };
            document["timeline"]!["x-dateAsPublished"] = Pick(["the week beginning 18 January", "early February", "c.2012"]);
            if (document["sources"] is JsonArray { Count: > 0 } sources)
            {
                sources[0]!["x-archiveCopy"] = new JsonArray("web.archive.org", random.Next(2020, 2026));
            }

            return document.ToJsonString();
        }

        private List<Source> Sources(ChallengeRecord record)
        {
            var count = random.Next(4);
            var sources = new List<Source>(count);
            for (var i = 0; i < count; i++)
            {
                var year = record.Timeline.OnSiteStart.Year;
                sources.Add(new Source
                {
                    Id = $"src-{i + 1}",
                    Title = Pick(SourceTitles),
                    Kind = random.Next(5) == 0 ? null : Pick([.. SourceKind.All]),
                    Publisher = random.Next(3) == 0 ? null : record.HostCouncil.Name,
                    Published = random.Next(4) == 0 ? null : Vague(new LocalDate(year, 1 + random.Next(12), 1 + random.Next(28))),
                    Address = random.Next(3) == 0 ? null : $"https://www.example.gov.uk/{record.HostCouncil.Id.Value.ToLowerInvariant()}/documents/{year}/peer-review-{i + 1}.pdf",
                    Accessed = random.Next(2) == 0 ? null : new LocalDate(2024 + random.Next(3), 1 + random.Next(12), 1 + random.Next(28)),
                });
            }

            return sources;
        }

        private Organisation ConductedBy()
        {
            OrganisationName[] names =
            [
                new() { Name = "Improvement and Development Agency (IDeA)", To = random.Next(2) == 0 ? 2010 : null },
                new() { Name = "Local Government Group", From = 2010, To = 2011 },
                new() { Name = "Local Government Association", From = random.Next(2) == 0 ? 2011 : null },
            ];
            return new Organisation
            {
                Id = OrganisationId.Parse("GB-COH-03675577"),
                Name = "Local Government Association",
                Sector = random.Next(2) == 0 ? Sector.Lga : null,
                Names = [.. names.Where(_ => random.Next(4) != 0)],
            };
        }

        private ChallengeTimeline Timeline(ChallengeTimeline timeline) => timeline with
        {
            LeadInStart = Maybe(timeline.LeadInStart),
            OnSiteStart = Vague(timeline.OnSiteStart.Earliest),
            OnSiteEnd = Maybe(timeline.OnSiteEnd),
            DraftReportDue = Maybe(timeline.DraftReportDue),
            CouncilCommentsDue = Maybe(timeline.CouncilCommentsDue),
            FinalReportDue = Maybe(timeline.FinalReportDue),
            ActionPlanDue = Maybe(timeline.ActionPlanDue),
            ProgressReviewDue = Maybe(timeline.ProgressReviewDue),
        };

        private List<TeamMember> Team(IReadOnlyList<TeamMember> team, Knowledge known, string[] sourceIds)
        {
            var members = new List<TeamMember>(team.Count);
            foreach (var member in team)
            {
                if (known == Knowledge.PartlyKnown && random.Next(3) == 0)
                {
                    continue;
                }

                var status = Pick<MemberStatus?>([null, null, MemberStatus.Confirmed, MemberStatus.ToBeConfirmed, MemberStatus.NotKnown]);
                var described = random.Next(3) == 0
                    ? member with { Name = null, HomeOrganisation = null, HomeOrganisationKind = Pick(OrganisationKinds) }
                    : member;
                members.Add(described with { Status = status, Sources = Some(sourceIds) });
            }

            return members;
        }

        private LineOfEnquiry Line(LineOfEnquiry line, string[] sourceIds) => random.Next(4) == 0
            ? line with { Themes = [], ThemesKnown = Knowledge.NotKnown, Sources = Some(sourceIds) }
            : line with { ThemesKnown = random.Next(5) == 0 ? Knowledge.PartlyKnown : Knowledge.Known, Sources = Some(sourceIds) };

        private List<Citation> Citations(ChallengeRecord record, string[] sourceIds)
        {
            var citations = new List<Citation>();
            for (var i = sourceIds.Length == 0 ? 0 : random.Next(4); i > 0; i--)
            {
                var about = record.LinesOfEnquiry.Count > 0 && random.Next(4) == 0 ? "/linesOfEnquiry/0/statement" : Pick(CitedParts);
                citations.Add(new Citation
                {
                    About = JsonPointer.Parse(about),
                    Sources = [.. sourceIds.Where(_ => random.Next(2) == 0).DefaultIfEmpty(sourceIds[0])],
                    Locator = random.Next(2) == 0 ? null : $"slide {1 + random.Next(20)}",
                });
            }

            return citations;
        }

        private List<EarlierReview> EarlierReviews(ChallengeRecord record, string[] sourceIds)
        {
            var year = record.Timeline.OnSiteStart.Year;
            var reviews = new List<EarlierReview>();
            if (random.Next(2) == 0)
            {
                reviews.Add(new EarlierReview
                {
                    Id = $"ofsted-{year - 1}",
                    Kind = EarlierReviewKind.OfstedInspection,
                    Title = random.Next(2) == 0 ? null : "Inspection of safeguarding and looked after children services",
                    Date = random.Next(3) == 0 ? PartialDate.OfYear(year - 1).Approximately() : PartialDate.OfYear(year - 1),
                    Grade = random.Next(4) == 0 ? null : Pick([.. OfstedGrade.All]),
                    Relation = Pick<EarlierReviewRelation?>([null, .. EarlierReviewRelation.All]),
                    Sources = Some(sourceIds),
                });
            }

            if (random.Next(3) == 0)
            {
                reviews.Add(new EarlierReview
                {
                    Id = "peer-review-earlier",
                    Kind = random.Next(4) == 0 ? EarlierReviewKind.Other : EarlierReviewKind.PeerReview,
                    ChallengeId = ChallengeId.Parse($"IDEA-SPR-{year - 2}-{record.HostCouncil.Id.Value[^3..]}"),
                    Date = Vague(new LocalDate(year - 2, 1 + random.Next(12), 1 + random.Next(28))),
                    Relation = EarlierReviewRelation.FollowUp,
                });
            }

            return reviews;
        }

        /// <summary>The day as a source might give it: the day, its month or its year, now and then approximately.</summary>
        private PartialDate Vague(LocalDate day)
        {
            var date = random.Next(3) switch
            {
                0 => PartialDate.OfDay(day),
                1 => PartialDate.OfMonth(day.Year, day.Month),
                _ => PartialDate.OfYear(day.Year),
            };
            return random.Next(5) == 0 ? date.Approximately() : date;
        }

        /// <summary>A date left out now and then (a source that does not give it), else given as vaguely as <see cref="Vague"/>.</summary>
        private PartialDate? Maybe(PartialDate? date) => date is not { } given || random.Next(3) == 0 ? null : Vague(given.Earliest);

        private List<string> Some(string[] ids) => [.. ids.Where(_ => random.Next(2) == 0)];

        private T Pick<T>(T[] items) => items[random.Next(items.Length)];
    }

    private sealed class Builder(int seed, Edition edition)
    {
        private readonly Random _random = new(seed);
        private readonly HashSet<string> _organisationIds = new(StringComparer.Ordinal) { Lga.Id.Value };
        private readonly HashSet<string> _places = new(StringComparer.Ordinal);

        internal ChallengeRecord Build(int teamMembers, int linesOfEnquiry, int partnerAgencies, int? year)
        {
            var hostPlace = NewPlace();
            var host = new Organisation { Id = NewId("GB-LAE", Code(hostPlace)), Name = $"{hostPlace} {Pick(Vocabulary.CouncilKinds)}", Sector = Sector.LocalGovernment };
            var timeline = Timeline(year ?? 2011 + _random.Next(20));
            var contactName = (Pick(Vocabulary.Forenames), Pick(Vocabulary.Surnames));
            return new ChallengeRecord
            {
                // The generated records are of format 1.1 (1.2 adds only the export): their bytes stay those benchmarks and tests were written against.
                SchemaVersion = new SchemaVersion(1, 1, 0),
                Id = ChallengeId.Parse($"LGG-SCPC-{timeline.OnSiteStart.Year}-{Code(hostPlace)}"),
                Edition = edition.Code,
                Title = $"{host.Name}: safeguarding children peer challenge, {timeline.OnSiteStart.Earliest.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}",
                HostCouncil = host,
                PartnerAgencies = Partners(hostPlace, partnerAgencies),
                Team = Team(teamMembers),
                Timeline = timeline,
                OfstedNotification = Notification(timeline),
                Contact = new Contact
                {
                    Name = $"{contactName.Item1} {contactName.Item2}",
                    JobTitle = "Performance and Quality Manager",
                    Telephone = $"01632 960{_random.Next(1000):D3}",
                    Email = $"{contactName.Item1.ToLowerInvariant()}.{contactName.Item2.ToLowerInvariant()}@{hostPlace.ToLowerInvariant()}.example",
                },
                LinesOfEnquiry = Lines(linesOfEnquiry),
            };
        }

        /// <summary>Adds a planning tool's local fields (x-) at the root, the timeline, the host council, some partners and team members, every line of enquiry, the contact and the Ofsted notification.</summary>
        internal string AddUnknownProperties(string json)
        {
            var document = JsonNode.Parse(json)!.AsObject();
            document["x-producer"] = new JsonObject { ["name"] = "Peer Challenge Planner", ["version"] = "2.4.1", ["exportedBy"] = "challenge-manager" };
            document["x-visitPlan"] = new JsonObject
            {
                ["rooms"] = new JsonArray("Committee Room 1", "Committee Room 2", "Team base"),
                ["feedbackPresentation"] = new JsonObject { ["day"] = 5, ["audience"] = "senior leaders and partners" },
            };
            // A record of format 1.1 may have no last on-site day or Ofsted notification: the rest is as it always was.
            if (document["timeline"]!["onSiteEnd"] is { } onSiteEnd)
            {
                document["timeline"]!["x-feedbackPresentationDue"] = onSiteEnd.DeepClone();
            }

            document["hostCouncil"]!["x-region"] = "north-east-yorkshire-humber";
            document["contact"]!["x-preferredChannel"] = "email";
            if (document["ofstedNotification"] is JsonObject notification)
            {
                notification["x-reference"] = $"OFS-{_random.Next(100000):D5}";
            }

            var partners = document["partnerAgencies"]!.AsArray();
            for (var i = 0; i < partners.Count; i += 3)
            {
                partners[i]!["x-leadForSafeguarding"] = new JsonObject { ["role"] = "Designated safeguarding lead", ["attendsBoard"] = i % 2 == 0 };
            }

            var team = document["team"]!.AsArray();
            for (var i = 0; i < team.Count; i += 5)
            {
                team[i]!["x-availability"] = new JsonArray(new JsonObject { ["from"] = document["timeline"]!["onSiteStart"]!.DeepClone(), ["days"] = 5 });
            }

            foreach (var line in document["linesOfEnquiry"]!.AsArray())
            {
                var evidence = new JsonArray();
                var count = 2 + _random.Next(3);
                for (var k = 0; k < count; k++)
                {
                    var kind = _random.Next(Vocabulary.EvidenceKinds.Length);
                    evidence.Add(new JsonObject
                    {
                        ["kind"] = Vocabulary.EvidenceKinds[kind],
                        ["items"] = 5 + _random.Next(40),
                        ["note"] = Vocabulary.EvidenceNotes[kind],
                        ["weight"] = Math.Round(_random.NextDouble(), 2),
                    });
                }

                line!["x-priority"] = 1 + _random.Next(3);
                line["x-evidence"] = evidence;
            }

            return document.ToJsonString();
        }

        private ChallengeTimeline Timeline(int year)
        {
            var calendar = WorkingDayCalendar.EnglandAndWales;
            var monday = new LocalDate(year, 1, 1).With(DateAdjusters.NextOrSame(IsoDayOfWeek.Monday)).PlusWeeks(10 + _random.Next(36));
            while (!calendar.IsWorkingDay(monday) || calendar.HolidaysBetween(monday, monday.PlusDays(6)).Count > 0)
            {
                monday = monday.PlusWeeks(1);
            }

            var end = calendar.AddWorkingDays(monday, edition.OnSiteDays - 1);
            var draft = calendar.AddWorkingDays(end, 10);
            var comments = calendar.AddWorkingDays(draft, 10);
            var final = calendar.AddWorkingDays(comments, 5);
            var actionPlan = calendar.AddWorkingDays(final, 30);
            return new ChallengeTimeline
            {
                LeadInStart = calendar.NextWorkingDayOnOrAfter(monday.PlusWeeks(-(edition.LeadInWeeks + _random.Next(3)))),
                OnSiteStart = monday,
                OnSiteEnd = end,
                DraftReportDue = draft,
                CouncilCommentsDue = comments,
                FinalReportDue = final,
                ActionPlanDue = actionPlan,
                ProgressReviewDue = calendar.NextWorkingDayOnOrAfter(end.PlusMonths(9)),
            };
        }

        private OfstedNotification Notification(ChallengeTimeline timeline)
        {
            var calendar = WorkingDayCalendar.EnglandAndWales;
            var windows = new List<InspectionWindow>();
            var count = _random.Next(4);
            for (var i = 0; i < count; i++)
            {
                // Before the lead-in or after the progress review: never over the visit.
                var start = i % 2 == 0
                    ? timeline.LeadInStart!.Value.Earliest.PlusMonths(-(3 + (3 * i) + _random.Next(3)))
                    : timeline.OnSiteEnd!.Value.Earliest.PlusMonths(2 + (3 * i) + _random.Next(3));
                windows.Add(new InspectionWindow
                {
                    Id = $"iw-{i + 1}",
                    Start = calendar.NextWorkingDayOnOrAfter(start),
                    End = calendar.NextWorkingDayOnOrAfter(start.PlusWeeks(2)),
                    Description = i % 2 == 0 ? "Unannounced inspection of safeguarding and looked after children services" : "Joint targeted area inspection (expected)",
                });
            }

            return new OfstedNotification
            {
                Notified = true,
                NotifiedOn = calendar.PreviousWorkingDayOnOrBefore(timeline.LeadInStart!.Value.Earliest.PlusDays(7)),
                NotifiedBy = "Local Government Association, Safeguarding Programme Manager",
                InspectionWindows = windows,
            };
        }

        private List<Organisation> Partners(string hostPlace, int count)
        {
            var code = Code(hostPlace);
            var partners = new List<Organisation>
            {
                new() { Id = NewId("GB-NHS", $"5{code}"), Name = $"NHS {hostPlace}", Sector = Sector.Health },
                new() { Id = NewId("GB-NHS", $"R{code}"), Name = $"The {hostPlace} NHS Foundation Trust", Sector = Sector.Health },
                new() { Id = NewId("GB-POL", code), Name = $"{hostPlace} and District Police", Sector = Sector.Police },
                new() { Id = NewId("GB-LSCB", code), Name = $"{hostPlace} Local Safeguarding Children Board", Sector = Sector.LocalGovernment },
            };
            for (var i = partners.Count; i < count; i++)
            {
                var place = $"{Pick(Vocabulary.PlaceStems)}{Pick(Vocabulary.PlaceEnds)}";
                partners.Add((i % 3) switch
                {
                    0 => new Organisation { Id = NewId("GB-EDU", (100000 + _random.Next(900000)).ToString(CultureInfo.InvariantCulture)), Name = $"{place} {Pick(Vocabulary.SchoolKinds)}", Sector = Sector.Education },
                    1 => new Organisation { Id = NewId("GB-NHS", $"{(char)('A' + _random.Next(13))}{_random.Next(100000):D5}"), Name = $"{place} Medical Practice", Sector = Sector.Health },
                    _ => new Organisation { Id = NewId("GB-CHC", (1000000 + _random.Next(9000000)).ToString(CultureInfo.InvariantCulture)), Name = $"{place} {Pick(Vocabulary.CharityKinds)}", Sector = Sector.Voluntary },
                });
            }

            return partners;
        }

        private List<TeamMember> Team(int size)
        {
            var roles = new List<RoleDefinition>();
            foreach (var role in edition.Roles)
            {
                for (var i = 0; i < Math.Max(role.Expected, role.Minimum); i++)
                {
                    roles.Add(role);
                }
            }

            var open = edition.Roles.Where(r => r.Maximum is null).ToList();
            for (var i = 0; roles.Count < size && open.Count > 0; i++)
            {
                roles.Add(open[i % open.Count]);
            }

            var councils = new List<Organisation>();
            var healthBodies = new List<Organisation>();
            var people = new HashSet<(string, string)>();
            var team = new List<TeamMember>(roles.Count);
            foreach (var role in roles)
            {
                var n = team.Count;
                var sector = role.RequiredSector ?? (role.Code == RoleCode.ChallengeManager ? Sector.Lga : Sector.LocalGovernment);
                var name = $"{Vocabulary.Forenames[n % Vocabulary.Forenames.Length]} {Vocabulary.Surnames[(n / Vocabulary.Forenames.Length) % Vocabulary.Surnames.Length]}";
                Organisation home;
                do
                {
                    home = sector == Sector.Lga ? Lga
                        : sector == Sector.Health ? Some(healthBodies, () => NewHealthBody())
                        : Some(councils, () => NewCouncil());
                }
                while (!people.Add((name, home.Id.Value)));

                team.Add(new TeamMember
                {
                    Id = $"tm-{n + 1}",
                    Role = role.Code,
                    Name = role.RequiresElectedMember ? $"Cllr {name}" : name,
                    JobTitle = JobTitle(role),
                    HomeOrganisation = home,
                    Sector = sector,
                    ElectedMember = role.RequiresElectedMember,
                    OnSite = role.OnSite ? null : false,
                });
            }

            return team;
        }

        private List<LineOfEnquiry> Lines(int count)
        {
            var lines = new List<LineOfEnquiry>(count);
            for (var i = 0; i < count; i++)
            {
                var (subject, kinds) = Pick(Vocabulary.Subjects);
                lines.Add(new LineOfEnquiry
                {
                    Id = $"loe-{i + 1}",
                    Statement = $"{Pick(Vocabulary.Openings)} {subject}{Pick(Vocabulary.Qualifiers)}.",
                    Themes = [.. kinds.Select(Theme).Distinct()],
                });
            }

            return lines;
        }

        private ThemeCode Theme(ThemeKind kind)
        {
            ThemeCode[] byKind = edition.Code == EditionCode.LgaPeerReview2012
                ? [ThemeCode.OutcomesImpactPerformance, ThemeCode.VisionStrategyLeadership, ThemeCode.WorkingTogether, ThemeCode.EffectivePracticeVoiceOfChild, ThemeCode.CapacityManagingResources]
                : [ThemeCode.Outcomes, ThemeCode.VisionStrategyLeadership, ThemeCode.WorkingTogetherLscb, ThemeCode.ServiceDeliveryEffectivePractice, ThemeCode.ManagingResources];
            var code = byKind[(int)kind];
            return edition.FindTheme(code) is not null ? code : edition.Themes[(int)kind % edition.Themes.Count].Code;
        }

        private string JobTitle(RoleDefinition role) => role.Code.Value switch
        {
            "team-leader" => "Director of Children's Services",
            "member-peer" => "Lead Member for Children's Services",
            "health-peer" => Pick(Vocabulary.HealthPeerTitles),
            "off-site-peer" => Pick(Vocabulary.OffSitePeerTitles),
            "analyst-peer" => Pick(Vocabulary.AnalystPeerTitles),
            "challenge-manager" => "Challenge Manager",
            _ => Pick(Vocabulary.OfficerPeerTitles),
        };

        /// <summary>An existing organisation of the list, or (while the list is short, and now and then) a new one.</summary>
        private Organisation Some(List<Organisation> list, Func<Organisation> create)
        {
            if (list.Count < 8 || _random.Next(4) == 0)
            {
                list.Add(create());
                return list[^1];
            }

            return list[_random.Next(list.Count)];
        }

        private Organisation NewCouncil()
        {
            var place = NewPlace();
            return new Organisation { Id = NewId("GB-LAE", Code(place)), Name = $"{place} {Pick(Vocabulary.CouncilKinds)}", Sector = Sector.LocalGovernment };
        }

        private Organisation NewHealthBody()
        {
            var place = $"{Pick(Vocabulary.PlaceStems)}{Pick(Vocabulary.PlaceEnds)}";
            return new Organisation { Id = NewId("GB-NHS", $"Q{_random.Next(10000):D4}"), Name = $"NHS {place} Clinical Commissioning Group", Sector = Sector.Health };
        }

        /// <summary>A place name not used yet (with a numeral once the 200 stems and ends run out).</summary>
        private string NewPlace()
        {
            while (true)
            {
                var place = $"{Pick(Vocabulary.PlaceStems)}{Pick(Vocabulary.PlaceEnds)}";
                if (_places.Count >= Vocabulary.PlaceStems.Length * Vocabulary.PlaceEnds.Length / 2)
                {
                    place = $"{place} {_places.Count.ToString(CultureInfo.InvariantCulture)}";
                }

                if (_places.Add(place))
                {
                    return place;
                }
            }
        }

        /// <summary>An organisation identifier not used yet in the record: a suffix is added when the wanted one is taken.</summary>
        private OrganisationId NewId(string list, string identifier)
        {
            var candidate = $"{list}-{identifier}";
            for (var k = 2; !_organisationIds.Add(candidate); k++)
            {
                candidate = $"{list}-{identifier}-{k.ToString(CultureInfo.InvariantCulture)}";
            }

            return OrganisationId.Parse(candidate);
        }

        /// <summary>A three-letter code of a place: its first letters, upper case (ROT for Rotherham).</summary>
        private static string Code(string place) =>
            new string([.. place.Where(char.IsAsciiLetter).Take(3)]).ToUpperInvariant() + new string([.. place.Where(char.IsAsciiDigit)]);

        private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
    }
}
