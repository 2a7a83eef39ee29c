using System.Text;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Evidence;
using PeerChallenge.Domain.Findings;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.OnSite;
using PeerChallenge.Domain.Privacy;

namespace PeerChallenge.Domain.Export;

/// <summary>
/// Makes the shareable export of a record under a profile: a valid record of the same format, marked as an export
/// (<see cref="ChallengeRecord.Export"/>) with a manifest of what was kept, dropped, redacted, widened and
/// pseudonymised, and nothing that identifies anyone that the scanner can find.
/// </summary>
/// <remarks>
/// <para>
/// In order: parts the profile drops are left out, then documents, questionnaires and the case audit marked at or above
/// the profile's limits (unless cleared for release), with the references to them; groups below the threshold are
/// widened or withheld; every free-text field of every part not kept as it is goes through the scanner, with the names
/// the record knows (team members, the contact) and the deny and allow lists; questionnaire responses and audited cases
/// become tables after disclosure control where the profile says so; local fields are left out. The export's marking is
/// the highest of what it holds.
/// </para>
/// <para>
/// The export of an export under the same profile and key is the same export: when the second pass changes nothing,
/// the record comes back as it was, stamp and manifest included. A plain function of its inputs: no clock, no I/O.
/// </para>
/// </remarks>
public static class RecordExporter
{
    /// <summary>The role group of sources, respondents and participants merged into a wider group.</summary>
    public const string SeveralRoleGroups = "several role groups";

    /// <summary>The agency type of sources merged across agencies.</summary>
    public const string SeveralAgencies = "several agencies";

    /// <summary>Makes the export of <paramref name="record"/>.</summary>
    /// <param name="record">The council's record.</param>
    /// <param name="profile">The profile (<see cref="ExportProfile.Partner"/>, <see cref="ExportProfile.Publication"/> or a council's).</param>
    /// <param name="settings">The day, the tool version, the key and the lists.</param>
    /// <returns>The export.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The profile has problems (<see cref="ExportProfile.Problems"/>), or needs a key and <paramref name="settings"/> has none.</exception>
    public static ChallengeRecord Export(ChallengeRecord record, ExportProfile profile, ExportSettings settings)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(settings);
        var problems = profile.Problems();
        Preconditions.CheckArgument(problems.Count == 0, nameof(profile), problems.Count == 0 ? string.Empty : $"The export profile '{profile.Name}' cannot be used: {problems[0].Path} {problems[0].Message}");
        Preconditions.CheckArgument(!profile.NeedsKey || settings.Key is not null, nameof(settings), $"The export profile '{profile.Name}' pseudonymises ({string.Join(", ", profile.PseudonymisedKinds)}) and needs the council's pseudonym key.");

        var run = new Run(record, profile, settings);
        var result = run.Make();
        if (record.Export is { } earlier && earlier.Profile == profile.Name && earlier.KeyFingerprint == result.Export!.KeyFingerprint
            && (result with { Export = null, SchemaVersion = record.SchemaVersion }) == (record with { Export = null }))
        {
            return record;
        }

        return record.Export is { } previous ? result with { Export = Combine(previous, result.Export!) } : result;
    }

    /// <summary>A second export of an export that changed it: the manifest adds up both passes.</summary>
    private static ExportStamp Combine(ExportStamp previous, ExportStamp next)
    {
        var before = previous.Manifest.Parts.ToDictionary(p => p.Part, StringComparer.Ordinal);
        var parts = next.Manifest.Parts.Select(p => before.TryGetValue(p.Part, out var b)
            ? p with
            {
                Dropped = p.Dropped + b.Dropped,
                Redacted = AddCounts(b.Redacted, p.Redacted),
                Pseudonymised = AddCounts(b.Pseudonymised, p.Pseudonymised),
                Widened = p.Widened + b.Widened,
                Withheld = p.Withheld + b.Withheld,
                Tabulated = p.Tabulated + b.Tabulated,
                LocalFieldsDropped = p.LocalFieldsDropped + b.LocalFieldsDropped,
            }
            : p);
        return next with
        {
            Manifest = new ExportManifest { Parts = [.. parts] },
            Tables = next.Tables.Count > 0 ? next.Tables : previous.Tables,
        };
    }

    private static IReadOnlyList<RedactionCount> AddCounts(IReadOnlyList<RedactionCount> a, IReadOnlyList<RedactionCount> b) =>
        [.. PersonalDataKind.All.Select(k => new RedactionCount
        {
            Kind = k.Code,
            Count = a.Where(c => c.Kind == k.Code).Sum(c => c.Count) + b.Where(c => c.Kind == k.Code).Sum(c => c.Count),
        }).Where(c => c.Count > 0)];

    /// <summary>What one export counts for one part, while it is made.</summary>
    private sealed class PartCount(string part, IReadOnlyList<string> treatments)
    {
        internal string Part { get; } = part;

        internal IReadOnlyList<string> Treatments { get; } = treatments;

        internal bool Present { get; set; }

        internal int Kept { get; set; }

        internal int Dropped { get; set; }

        internal int FieldsScanned { get; set; }

        internal int[] Redacted { get; } = new int[PersonalDataKind.All.Count + 1];

        internal int[] Pseudonymised { get; } = new int[PersonalDataKind.All.Count + 1];

        internal int Widened { get; set; }

        internal int Withheld { get; set; }

        internal int Tabulated { get; set; }

        internal int LocalFieldsDropped { get; set; }

        internal bool Has(string treatment) => Treatments.Contains(treatment, StringComparer.Ordinal);

        internal ExportManifestEntry ToEntry() => new()
        {
            Part = Part,
            Treatments = Treatments,
            Kept = Kept,
            Dropped = Dropped,
            FieldsScanned = FieldsScanned,
            Redacted = Counts(Redacted),
            Pseudonymised = Counts(Pseudonymised),
            Widened = Widened,
            Withheld = Withheld,
            Tabulated = Tabulated,
            LocalFieldsDropped = LocalFieldsDropped,
        };

        private static IReadOnlyList<RedactionCount> Counts(int[] byKind) =>
            [.. PersonalDataKind.All.Where(k => byKind[k.Value] > 0).Select(k => new RedactionCount { Kind = k.Code, Count = byKind[k.Value] })];
    }

    private sealed class Run
    {
        private readonly ChallengeRecord _source;
        private readonly ExportProfile _profile;
        private readonly ExportSettings _settings;
        private readonly Dictionary<string, PartCount> _parts;
        private readonly int _threshold;

        internal Run(ChallengeRecord source, ExportProfile profile, ExportSettings settings)
        {
            _source = source;
            _profile = profile;
            _settings = settings;
            _threshold = profile.NonAttributionThreshold;
            _parts = RecordText.Parts.ToDictionary(p => p, p => new PartCount(p, profile.TreatmentsOf(p)), StringComparer.Ordinal);
        }

        internal ChallengeRecord Make()
        {
            var r = _source;
            Count(r, present: true);
            r = DropParts(r);
            r = DropMarked(r);
            r = Widen(r);
            if (_parts["evidence"].Has(ExportTreatment.DropSummaries))
            {
                r = r with { Evidence = [.. r.Evidence.Select(e => e with { Summary = null })] };
            }

            r = new TextRewriter(this, Scanner(r), PseudonymOperator()).Rewrite(r);
            var tables = Tabulate(ref r);
            r = r with { Citations = [.. r.Citations.Where(c => RecordParts.WhyNotFound(r, c.About) is null && !DroppedFrom(c.About))] };
            _parts["citations"].Dropped += _source.Citations.Count - r.Citations.Count;
            Count(r, present: false);

            var marking = SecurityMarking.HighestOf(r.Documents.Select(d => d.Marking).Concat(r.Questionnaires.Select(q => q.Marking)).Append(r.CaseAudit?.Marking));
            marking = DerivedMarking.HighestOf([marking, .. tables.Select(t => t.Marking)]);
            var version = r.SchemaVersion.Major == SchemaVersion.Current.Major && r.SchemaVersion.Minor < SchemaVersion.Current.Minor ? SchemaVersion.Current : r.SchemaVersion;
            return r with
            {
                SchemaVersion = version,
                Export = new ExportStamp
                {
                    Profile = _profile.Name,
                    Date = _settings.Date,
                    ToolVersion = _settings.ToolVersion,
                    Marking = marking,
                    KeyFingerprint = _profile.NeedsKey ? _settings.Key?.Fingerprint : null,
                    NonAttributionThreshold = _threshold,
                    Manifest = new ExportManifest { Parts = [.. _parts.Values.Where(p => p.Present).Select(p => p.ToEntry())] },
                    Tables = tables,
                },
            };
        }

        private PartCount this[string part] => _parts[part];

        /// <summary>Counts the items of each part: the parts present in the source, then the items kept in the export.</summary>
        private void Count(ChallengeRecord r, bool present)
        {
            foreach (var (part, items) in Items(r))
            {
                if (present)
                {
                    this[part].Present = items > 0;
                }
                else
                {
                    this[part].Kept = items;
                }
            }

            if (present && r.UnknownProperties is { Count: > 0 })
            {
                this["title"].Present = true;
            }
        }

        private static IEnumerable<(string Part, int Items)> Items(ChallengeRecord r)
        {
            yield return ("title", r.Title is null ? 0 : 1);
            yield return ("contact", r.Contact is null ? 0 : 1);
            yield return ("team", r.Team.Count);
            yield return ("linesOfEnquiry", r.LinesOfEnquiry.Count);
            yield return ("earlierReviews", r.EarlierReviews.Count);
            yield return ("sources", r.Sources.Count);
            yield return ("citations", r.Citations.Count);
            yield return ("documents", r.Documents.Count);
            yield return ("evidence", r.Evidence.Count);
            yield return ("questionnaires", r.Questionnaires.Count);
            yield return ("caseAudit", r.CaseAudit is null ? 0 : 1);
            yield return ("timetable", r.Timetable is null ? 0 : 1);
            yield return ("findings", r.Findings.Count);
            yield return ("feedback", r.Feedback is null ? 0 : 1);
            yield return ("report", r.Report is null ? 0 : 1);
            yield return ("actionPlan", r.ActionPlan is null ? 0 : 1);
        }

        private bool Drops(string part) => this[part].Has(ExportTreatment.Drop);

        private ChallengeRecord DropParts(ChallengeRecord r)
        {
            foreach (var (part, items) in Items(r))
            {
                if (Drops(part))
                {
                    this[part].Dropped += items;
                }
            }

            r = r with
            {
                Title = Drops("title") ? null : r.Title,
                Contact = Drops("contact") ? null : r.Contact,
                Team = Drops("team") ? [] : r.Team,
                LinesOfEnquiry = Drops("linesOfEnquiry") ? [] : r.LinesOfEnquiry,
                EarlierReviews = Drops("earlierReviews") ? [] : r.EarlierReviews,
                Sources = Drops("sources") ? [] : r.Sources,
                Citations = Drops("citations") ? [] : r.Citations,
                Documents = Drops("documents") ? [] : r.Documents,
                Evidence = Drops("evidence") ? [] : r.Evidence,
                Questionnaires = Drops("questionnaires") ? [] : r.Questionnaires,
                CaseAudit = Drops("caseAudit") ? null : r.CaseAudit,
                Timetable = Drops("timetable") ? null : r.Timetable,
                Findings = Drops("findings") ? [] : r.Findings,
                Feedback = Drops("feedback") ? null : r.Feedback,
                Report = Drops("report") ? null : r.Report,
                ActionPlan = Drops("actionPlan") ? null : r.ActionPlan,
            };
            return Unreferenced(r);
        }

        private bool Marked(SecurityMarking? marking, string id) =>
            marking is not null && !_settings.ClearedForRelease.Contains(id, StringComparer.Ordinal)
            && _profile.DropMarkedFrom.Any(limit => ReferenceEquals(limit.Scheme, marking.Scheme) && (ReferenceEquals(limit, marking) || marking.IsAbove(limit)));

        private ChallengeRecord DropMarked(ChallengeRecord r)
        {
            if (_profile.DropMarkedFrom.Count == 0)
            {
                return r;
            }

            var documents = r.Documents.Where(d => !Marked(d.Marking, d.Id)).ToList();
            var questionnaires = r.Questionnaires.Where(q => !Marked(q.Marking, q.Id)).ToList();
            var audit = r.CaseAudit is { } a && Marked(a.Marking, "caseAudit") ? null : r.CaseAudit;
            this["documents"].Dropped += r.Documents.Count - documents.Count;
            this["questionnaires"].Dropped += r.Questionnaires.Count - questionnaires.Count;
            this["caseAudit"].Dropped += r.CaseAudit is not null && audit is null ? 1 : 0;
            return Unreferenced(r with { Documents = documents, Questionnaires = questionnaires, CaseAudit = audit });
        }

        /// <summary>Takes out references to what is no longer in the record, so the export stays valid.</summary>
        private static ChallengeRecord Unreferenced(ChallengeRecord r)
        {
            var documents = r.Documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            var evidence = r.Evidence.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
            var team = r.Team.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
            var lines = r.LinesOfEnquiry.Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
            var findings = r.Findings.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
            IReadOnlyList<string> Keep(IReadOnlyList<string> ids, HashSet<string> known) => ids.All(known.Contains) ? ids : [.. ids.Where(known.Contains)];
            return r with
            {
                Documents = [.. r.Documents.Select(d => d with { LinesOfEnquiry = Keep(d.LinesOfEnquiry, lines) })],
                Evidence = [.. r.Evidence.Select(e => e with { Documents = Keep(e.Documents, documents), GatheredBy = Keep(e.GatheredBy, team), LinesOfEnquiry = Keep(e.LinesOfEnquiry, lines) })],
                Questionnaires = [.. r.Questionnaires.Select(q => q with { Questions = [.. q.Questions.Select(x => x with { LinesOfEnquiry = Keep(x.LinesOfEnquiry, lines) })] })],
                Timetable = r.Timetable is { } t ? t with { Sessions = [.. t.Sessions.Select(s => s with { TeamMembers = Keep(s.TeamMembers, team), LinesOfEnquiry = Keep(s.LinesOfEnquiry, lines) })] } : null,
                Findings = [.. r.Findings.Select(f => f with { Evidence = Keep(f.Evidence, evidence), LinesOfEnquiry = Keep(f.LinesOfEnquiry, lines) })],
                Feedback = r.Feedback is { } fb ? fb with { KeyMessages = [.. fb.KeyMessages.Select(k => k with { Findings = Keep(k.Findings, findings) })] } : null,
                Report = r.Report is { } report ? report with
                {
                    Comments = [.. report.Comments.Select(c => c.Finding is { } f && !findings.Contains(f) ? c with { Finding = null } : c).Where(c => c.Finding is not null || c.Section is not null)],
                } : null,
                ActionPlan = r.ActionPlan is { } plan ? plan with { Entries = [.. plan.Entries.Where(e => findings.Contains(e.Recommendation))] } : null,
            };
        }

        private bool DroppedFrom(JsonPointer about)
        {
            var segments = about.Segments;
            return segments.Count > 0 && _parts.TryGetValue(segments[0], out var part) && part.Dropped > 0 && segments[0] != "citations";
        }

        private ChallengeRecord Widen(ChallengeRecord r)
        {
            if (this["evidence"].Has(ExportTreatment.Widen))
            {
                r = r with { Evidence = WidenSources(r.Evidence, this["evidence"]) };
            }

            if (this["questionnaires"].Has(ExportTreatment.Widen))
            {
                r = r with { Questionnaires = [.. r.Questionnaires.Select(q => WidenRespondents(q, this["questionnaires"]))] };
            }

            if (this["timetable"].Has(ExportTreatment.Widen) && r.Timetable is { } timetable)
            {
                r = r with { Timetable = timetable with { Sessions = [.. timetable.Sessions.Select(s => WidenParticipants(s, this["timetable"]))] } };
            }

            return r;
        }

        private bool Small(EvidenceItem e) => e.Source?.GroupSize is { } size && size < _threshold;

        /// <summary>
        /// Sources below the threshold: merged with the other small sources of their agency type (role group "several role
        /// groups", the sizes added); what is still too small, merged across agencies; what is still too small, withheld
        /// (the source and the summary left out).
        /// </summary>
        private IReadOnlyList<EvidenceItem> WidenSources(IReadOnlyList<EvidenceItem> items, PartCount count)
        {
            if (!items.Any(Small))
            {
                return items;
            }

            var result = items.ToArray();
            var left = new List<int>();
            foreach (var byAgency in Enumerable.Range(0, result.Length).Where(i => Small(result[i])).GroupBy(i => result[i].Source!.AgencyType, StringComparer.Ordinal))
            {
                var total = byAgency.Sum(i => result[i].Source!.GroupSize!.Value);
                if (total >= _threshold)
                {
                    foreach (var i in byAgency)
                    {
                        result[i] = result[i] with { Source = result[i].Source! with { RoleGroup = SeveralRoleGroups, GroupSize = total } };
                        count.Widened++;
                    }
                }
                else
                {
                    left.AddRange(byAgency);
                }
            }

            var across = left.Sum(i => result[i].Source!.GroupSize!.Value);
            foreach (var i in left)
            {
                if (across >= _threshold)
                {
                    result[i] = result[i] with { Source = result[i].Source! with { RoleGroup = SeveralRoleGroups, AgencyType = SeveralAgencies, GroupSize = across } };
                    count.Widened++;
                }
                else
                {
                    result[i] = result[i] with { Source = null, Summary = null };
                    count.Withheld++;
                }
            }

            return result;
        }

        /// <summary>Role groups with fewer responses than the threshold: merged into "several role groups", or their responses withheld.</summary>
        private Questionnaire WidenRespondents(Questionnaire q, PartCount count)
        {
            var sizes = q.Responses.GroupBy(x => x.Respondent.RoleGroup, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var small = sizes.Where(s => s.Value < _threshold && s.Key != SeveralRoleGroups).Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
            if (small.Count == 0 && !(sizes.TryGetValue(SeveralRoleGroups, out var existing) && existing < _threshold))
            {
                return q;
            }

            var merged = small.Sum(s => sizes[s]) + sizes.GetValueOrDefault(SeveralRoleGroups);
            if (merged >= _threshold)
            {
                count.Widened += small.Count;
                return q with { Responses = [.. q.Responses.Select(x => small.Contains(x.Respondent.RoleGroup) ? x with { Respondent = x.Respondent with { RoleGroup = SeveralRoleGroups } } : x)] };
            }

            small.Add(SeveralRoleGroups);
            count.Withheld += small.Count(sizes.ContainsKey);
            return q with { Responses = [.. q.Responses.Where(x => !small.Contains(x.Respondent.RoleGroup))] };
        }

        /// <summary>A session's groups below the threshold: those of one role group merged (agency type left out), or their number withheld.</summary>
        private Session WidenParticipants(Session s, PartCount count)
        {
            if (!s.Participants.Any(g => g.Expected < _threshold))
            {
                return s;
            }

            var result = new List<ParticipantGroup>();
            foreach (var group in s.Participants.GroupBy(g => g.RoleGroup))
            {
                var small = group.Where(g => g.Expected < _threshold).ToList();
                result.AddRange(group.Where(g => !(g.Expected < _threshold)));
                if (small.Count == 0)
                {
                    continue;
                }

                var total = small.Sum(g => g.Expected!.Value);
                if (total >= _threshold)
                {
                    result.Add(new ParticipantGroup { RoleGroup = group.Key, Expected = total });
                    count.Widened += small.Count;
                }
                else
                {
                    result.AddRange(small.Select(g => g with { Expected = null }));
                    count.Withheld += small.Count;
                }
            }

            return s with { Participants = result };
        }

        private IReadOnlyList<ExportTable> Tabulate(ref ChallengeRecord r)
        {
            var questionnaires = this["questionnaires"].Has(ExportTreatment.Tables) ? r.Questionnaires : [];
            var audit = this["caseAudit"].Has(ExportTreatment.Tables) ? r.CaseAudit : null;
            if (questionnaires.Count == 0 && audit is null)
            {
                return [];
            }

            var edition = EditionResolution.Resolve(r, EditionCatalog.BuiltIn).Edition;
            DisclosureProfile.TryFind(_profile.Disclosure, out var disclosure);
            var published = EvidenceTables.Publish(questionnaires, audit, edition, disclosure!);
            this["questionnaires"].Tabulated += questionnaires.Sum(q => q.Responses.Count);
            this["caseAudit"].Tabulated += audit?.Cases.Count ?? 0;
            r = r with
            {
                Questionnaires = questionnaires.Count == 0 ? r.Questionnaires : [.. r.Questionnaires.Select(q => q with { Responses = [] })],
                CaseAudit = audit is null ? r.CaseAudit : audit with { Cases = [] },
            };
            return [.. published.Tables.Select(ExportTable.From)];
        }

        private PersonalDataScanner Scanner(ChallengeRecord r)
        {
            static bool HasLetter(string? s) => s is not null && s.Any(char.IsLetter);
            var known = r.Team.Select(m => m.Name).Append(_source.Contact?.Name).Where(HasLetter).Select(n => n!.Trim())
                .Concat(_settings.KnownNames.Where(HasLetter)).Distinct(StringComparer.Ordinal).ToList();
            var organisations = new[] { r.HostCouncil, r.ConductedBy }.Concat(r.PartnerAgencies).Concat(r.Team.Select(m => m.HomeOrganisation))
                .Select(o => o?.Name).Where(HasLetter).Select(n => n!);
            return new PersonalDataScanner(new PersonalDataScannerOptions
            {
                KnownNames = known,
                AllowedTerms = [.. _settings.AllowedTerms.Concat(organisations).Distinct(StringComparer.Ordinal)],
                CaseReferencePatterns = _settings.CaseReferencePatterns,
            });
        }

        private RedactionOperator? PseudonymOperator() =>
            _profile.NeedsKey && _settings.Key is { } key ? RedactionOperator.Pseudonym(key.Bytes) : null;

        private sealed class TextRewriter(Run run, PersonalDataScanner scanner, RedactionOperator? pseudonyms) : RecordText
        {
            private readonly HashSet<string> _pseudonymised = run._profile.PseudonymisedKinds.ToHashSet(StringComparer.Ordinal);

            protected override bool DropsLocalFields(string part) => !run[part == "record" ? "title" : part].Has(ExportTreatment.Keep);

            protected override string Text(string part, JsonPointer path, string text)
            {
                var count = run[part];
                if (count.Has(ExportTreatment.Keep))
                {
                    return text;
                }

                count.FieldsScanned++;
                var hits = scanner.Scan(text);
                if (hits.Count == 0)
                {
                    return text;
                }

                var pseudonymise = pseudonyms is not null && count.Has(ExportTreatment.Pseudonymise);
                var builder = new StringBuilder(text.Length + (hits.Count * 8));
                var read = 0;
                foreach (var hit in hits)
                {
                    builder.Append(text, read, hit.Start - read);
                    if (pseudonymise && _pseudonymised.Contains(hit.Kind.Code))
                    {
                        builder.Append(pseudonyms!.Apply(hit.Kind, hit.ValueIn(text)));
                        count.Pseudonymised[hit.Kind.Value]++;
                    }
                    else
                    {
                        builder.Append(RedactionOperator.Replace.Apply(hit.Kind, hit.ValueIn(text)));
                        count.Redacted[hit.Kind.Value]++;
                    }

                    read = hit.End;
                }

                return builder.Append(text, read, text.Length - read).ToString();
            }

            protected override void Local(string part, UnknownProperties properties)
            {
                var name = part == "record" ? "title" : part;
                if (!run[name].Has(ExportTreatment.Keep))
                {
                    run[name].LocalFieldsDropped += properties.Count;
                }
            }
        }
    }
}
