using System.Text;
using BenchmarkDotNet.Attributes;
using NodaTime;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Evidence;
using PeerChallenge.Domain.Export;
using PeerChallenge.Domain.Findings;
using PeerChallenge.Domain.Privacy;
using PeerChallenge.Domain.Testing;

namespace PeerChallenge.Domain.Benchmarks.Export;

/// <summary>
/// The shareable export of the county-scale generated record (with evidence, questionnaires, a case audit and findings)
/// under the partner profile, at half and full county scale, against a plain redact of the same free text with the same
/// scanner in the same run (baseline). The export adds the walk over every part, widening, pseudonyms and the
/// manifest; the Ratio column is its cost over the redaction alone, and the same ratio at both sizes shows it is linear.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[ShortRunJob]
public class ExportBenchmark
{
    private static readonly ExportSettings Settings = new()
    {
        Date = new LocalDate(2012, 1, 16),
        ToolVersion = "benchmark",
        Key = new PseudonymKey(Encoding.UTF8.GetBytes("the council's export key, 32 b.")),
    };

    private ChallengeRecord _record = null!;
    private string[] _texts = [];
    private PersonalDataRedactor _redactor = null!;

    /// <summary>Gets or sets the scale: 1 is half the county record, 2 the county record (20,000 responses, 1,000 cases, 2,000 evidence items).</summary>
    [Params(1, 2)]
    public int Halves { get; set; } = 2;

    /// <summary>Generates the record (fixed seed) and collects its free text.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var county = EvidenceScale.County;
        var record = RecordGenerator.GenerateWithEvidence(20111003, county.Responses * Halves / 2, county.Cases * Halves / 2, county.Documents * Halves / 2, county.EvidenceItems * Halves / 2, teamMembers: 7, linesOfEnquiry: 6).Record;
        _record = record with
        {
            Findings =
            [
                .. Enumerable.Range(0, 200 * Halves).Select(i => new Finding
                {
                    Id = $"f-{i + 1}",
                    Kind = i % 2 == 0 ? "strength" : "area-for-consideration",
                    Statement = $"Partners describe thresholds as well understood; case ref {100_000 + i} was discussed with the team manager ({i + 1}).",
                    Evidence = [record.Evidence[i % record.Evidence.Count].Id, record.Evidence[(i + 1) % record.Evidence.Count].Id],
                }),
            ],
        };
        var collector = new Collector();
        collector.Rewrite(_record);
        _texts = [.. collector.Texts];
        _redactor = new PersonalDataRedactor(new PersonalDataScanner(new PersonalDataScannerOptions
        {
            KnownNames = [.. _record.Team.Select(m => m.Name).Append(_record.Contact?.Name).OfType<string>()],
            AllowedTerms = [_record.HostCouncil.Name],
        }), RedactionOperator.Replace);
    }

    /// <summary>The baseline: every free-text field of the record redacted, one by one, with the same scanner options.</summary>
    /// <returns>The total length of the redacted text.</returns>
    [Benchmark(Baseline = true)]
    public long PlainRedact()
    {
        long length = 0;
        foreach (var text in _texts)
        {
            length += _redactor.Redact(text).Length;
        }

        return length;
    }

    /// <summary>The export under the partner profile.</summary>
    /// <returns>The export.</returns>
    [Benchmark]
    public ChallengeRecord PartnerExport() => RecordExporter.Export(_record, ExportProfile.Partner, Settings);

    private sealed class Collector : RecordText
    {
        internal List<string> Texts { get; } = [];

        protected override string Text(string part, JsonPointer path, string text)
        {
            Texts.Add(text);
            return text;
        }
    }
}
