using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PeerChallenge.Domain.Evidence;
using PeerChallenge.Domain.Findings;
using PeerChallenge.Domain.Testing;

namespace PeerChallenge.Domain.Tests.Findings;

/// <summary>
/// Invariants of the traces on generated records (<see cref="RecordGenerator"/>) with generated findings citing their
/// evidence, some of it twice and some not in the record: a trace counts the sources the triangulation rule counts, and
/// its PROV-JSON is well formed, links each finding to each item it cites, and never holds the team's names or ids.
/// </summary>
public sealed class FindingTraceProperties
{
    [Property(MaxTest = 60, Arbitrary = [typeof(Arbitraries)])]
    public void A_trace_counts_the_independent_sources_the_triangulation_rule_counts(GeneratedFindings generated)
    {
        var record = generated.Record;
        var traces = FindingTrace.Of(record.Findings, record.Evidence, record.Documents, record.Team);
        var set = new FindingSet(record.Findings, record.Timeline) { Evidence = record.Evidence, LinesOfEnquiry = record.LinesOfEnquiry };
        var notTriangulated = new FindingsValidator(BuiltInEditions.Lgg2011).Validate(set).ToIssues()
            .Where(i => i.Code == FindingsIssueCodes.NotTriangulated)
            .Select(i => i.Path.ToString())
            .ToHashSet();

        for (var i = 0; i < traces.Count; i++)
        {
            var trace = traces[i];
            var known = trace.Finding.Evidence.Distinct().Select(id => record.Evidence.FirstOrDefault(e => e.Id == id)).OfType<EvidenceItem>();
            Assert.Equal(FindingsValidator.IndependentSources(known), trace.IndependentSources.Count);
            Assert.Equal(trace.Finding.Evidence.Distinct(), trace.Evidence.Select(e => e.Id));
            Assert.Equal(trace.EvidenceNotInRecord.Count == 0 && trace.IndependentSources.Count < 2, notTriangulated.Contains($"/findings/{i}/evidence"));
        }
    }

    [Property(MaxTest = 60, Arbitrary = [typeof(Arbitraries)])]
    public void The_prov_json_is_well_formed_links_each_citation_and_never_names_the_team(GeneratedFindings generated)
    {
        var record = generated.Record;
        var output = FindingTraceProvJsonWriter.Write(FindingTrace.Of(record.Findings, record.Evidence, record.Documents, record.Team), BuiltInEditions.Lgg2011, record.Id.Value);
        var json = JsonDocument.Parse(output).RootElement;

        Assert.Empty(ProvJsonShape.Problems(json));
        var derived = json.GetProperty("wasDerivedFrom").EnumerateObject()
            .Select(r => (r.Value.GetProperty("prov:generatedEntity").GetString()!, r.Value.GetProperty("prov:usedEntity").GetString()!))
            .Where(r => r.Item1.StartsWith("rec:finding/", StringComparison.Ordinal));
        Assert.Equal(record.Findings.SelectMany(f => f.Evidence.Distinct().Select(e => ($"rec:finding/{f.Id}", $"rec:evidence/{e}"))), derived);
        Assert.All(record.Team, m =>
        {
            Assert.DoesNotContain($"\"{m.Id}", output, StringComparison.Ordinal);
            Assert.DoesNotContain($"/{m.Id}\"", output, StringComparison.Ordinal);
            Assert.True(m.Name is null || !output.Contains(m.Name, StringComparison.OrdinalIgnoreCase), $"{m.Name} is in the output");
        });
        Assert.All(record.Evidence.Where(e => e.Summary is not null), e => Assert.DoesNotContain(e.Summary!, output, StringComparison.Ordinal));
    }

    /// <summary>A generated record with evidence and findings, each citing up to six ids: the record's, repeated ones and ids it does not have.</summary>
    public sealed record GeneratedFindings(int Seed, int EvidenceItems, int Findings)
    {
        public ChallengeRecord Record { get; } = Make(Seed, EvidenceItems, Findings);

        public override string ToString() => $"{Findings} findings on {EvidenceItems} evidence items, seed {Seed}";

        private static ChallengeRecord Make(int seed, int evidenceItems, int findings)
        {
            var record = RecordGenerator.GenerateWithEvidence(seed, responses: 0, cases: 0, documents: 5, evidenceItems: evidenceItems).Record;
            var random = new Random(seed);
            var ids = record.Evidence.Select(e => e.Id).Append("ev-missing").ToArray();
            return record with
            {
                Findings =
                [
                    .. Enumerable.Range(1, findings).Select(n => new Finding
                    {
                        Id = $"f-{n}",
                        Kind = "strength",
                        Statement = "Thresholds are well understood across the partnership.",
                        Evidence = [.. Enumerable.Range(0, random.Next(7)).Select(_ => ids[random.Next(ids.Length)])],
                    }),
                ],
            };
        }
    }

    public static class Arbitraries
    {
        public static Arbitrary<GeneratedFindings> Findings() => Arb.From(
            from seed in Gen.Choose(0, int.MaxValue)
            from evidence in Gen.Choose(0, 12)
            from findings in Gen.Choose(0, 8)
            select new GeneratedFindings(seed, evidence, findings));
    }
}
