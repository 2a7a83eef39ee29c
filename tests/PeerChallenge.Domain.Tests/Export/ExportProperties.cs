using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PeerChallenge.Domain.Export;
using PeerChallenge.Domain.Findings;
using PeerChallenge.Domain.Testing;
using PeerChallenge.Domain.Tests.Privacy;

namespace PeerChallenge.Domain.Tests.Export;

/// <summary>
/// Properties of the export on generated records with evidence, questionnaires, a case audit and findings: personal
/// data injected into any free-text field never reaches either export, an export exported again is the same export, and
/// the manifest counts exactly what was taken out.
/// </summary>
public sealed class ExportProperties
{
    private static readonly ExportProfile[] Profiles = [ExportProfile.Partner, ExportProfile.Publication];

    private static readonly Lazy<ChallengeRecord[]> Records = new(() => [.. Enumerable.Range(1, 4).Select(Generated)]);

    [Property(Arbitrary = [typeof(RedactionProperties.Arbitraries), typeof(Arbitraries)], MaxTest = 150)]
    public bool Injected_structured_identifiers_never_reach_an_export(RecordIndex index, FieldChoice field, RedactionProperties.InjectedDatum datum)
    {
        if (datum.Kind == PersonalDataKind.Person)
        {
            return true;
        }

        var record = Inject(Records.Value[index.Value], field.Value, datum.Context + datum.Value);
        return Profiles.All(p => Absent(record.Export(p), datum.Value));
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 100)]
    public bool Names_the_record_knows_never_reach_the_free_text_of_an_export(RecordIndex index, FieldChoice field, NameChoice name)
    {
        var source = Records.Value[index.Value];
        var names = source.Team.Select(m => m.Name).Append(source.Contact?.Name).OfType<string>().Where(n => n.Any(char.IsLetter)).ToArray();
        var known = names[name.Value % names.Length];
        var record = Inject(source, field.Value, $"We spoke with {known} about it");
        return Profiles.All(p => Absent(record.Export(p), known));
    }

    [Property(Arbitrary = [typeof(RedactionProperties.Arbitraries), typeof(Arbitraries)], MaxTest = 60)]
    public bool Export_is_idempotent(RecordIndex index, FieldChoice field, RedactionProperties.InjectedDatum datum)
    {
        var record = Inject(Records.Value[index.Value], field.Value, datum.Context + datum.Value);
        return Profiles.All(p =>
        {
            var once = record.Export(p);
            return ChallengeRecordWriter.Write(once) == ChallengeRecordWriter.Write(once.Export(p));
        });
    }

    [Property(Arbitrary = [typeof(RedactionProperties.Arbitraries), typeof(Arbitraries)], MaxTest = 60)]
    public bool Manifest_counts_equal_the_placeholders_written(RecordIndex index, FieldChoice field, RedactionProperties.InjectedDatum datum)
    {
        var record = Inject(Records.Value[index.Value], field.Value, datum.Context + datum.Value);
        var export = record.Export(ExportProfile.Partner);
        var entries = export.Export!.Manifest.Parts.ToDictionary(p => p.Part);
        foreach (var group in ExportTestData.FreeText(export).GroupBy(f => f.Part))
        {
            var text = string.Join("\n", group.Select(f => f.Text));
            foreach (var kind in PersonalDataKind.All)
            {
                var placeholders = Regex.Count(text, $@"\[{kind.Code}\]");
                var pseudonyms = Regex.Count(text, $@"\[{kind.Code}-[0-9]{{8}}\]");
                var entry = entries.GetValueOrDefault(group.Key);
                if (placeholders != (entry?.Redacted.SingleOrDefault(c => c.Kind == kind.Code)?.Count ?? 0)
                    || pseudonyms != (entry?.Pseudonymised.SingleOrDefault(c => c.Kind == kind.Code)?.Count ?? 0))
                {
                    return false;
                }
            }
        }

        return entries.Values.All(e => e.FieldsScanned == ExportTestData.FreeText(export).Count(f => f.Part == e.Part)
            || e.Part is "evidence");
    }

    [Fact]
    public void Generated_records_export_to_valid_records()
    {
        foreach (var record in Records.Value)
        {
            foreach (var profile in Profiles)
            {
                var issues = new ChallengeRecordValidator().ValidateRecord(record.Export(profile));
                Assert.DoesNotContain(issues, i => i.IsError && i.Code.Code.StartsWith("PC10", StringComparison.Ordinal));
            }
        }
    }

    private static bool Absent(ChallengeRecord export, string value)
    {
        var pattern = new Regex($@"(?<![\w]){Regex.Escape(value)}(?![\w])", RegexOptions.IgnoreCase);
        return !ExportTestData.FreeText(export).Any(f => pattern.IsMatch(f.Text));
    }

    /// <summary>A generated record with evidence and a few findings drawn on its evidence.</summary>
    internal static ChallengeRecord Generated(int seed)
    {
        var record = RecordGenerator.GenerateWithEvidence(seed, responses: 40, cases: 6, documents: 5, evidenceItems: 12).Record;
        return WithFindings(record, 8);
    }

    /// <summary>Adds <paramref name="count"/> findings, each resting on two of the record's evidence items.</summary>
    internal static ChallengeRecord WithFindings(ChallengeRecord record, int count) => record with
    {
        Findings =
        [
            .. Enumerable.Range(0, count).Select(i => new Finding
            {
                Id = $"f-{i + 1}",
                Kind = i % 2 == 0 ? "strength" : "area-for-consideration",
                Statement = $"Partners describe thresholds as well understood in {record.HostCouncil.Name} and practice is improving ({i + 1}).",
                Evidence = record.Evidence.Count == 0 ? [] : [record.Evidence[i % record.Evidence.Count].Id, record.Evidence[(i + 1) % record.Evidence.Count].Id],
            }),
        ],
    };

    /// <summary>The record with <paramref name="text"/> appended to its free-text field number <paramref name="field"/> (modulo their count).</summary>
    internal static ChallengeRecord Inject(ChallengeRecord record, int field, string text)
    {
        var count = ExportTestData.FreeText(record).Count;
        return new Injector(field % count, text).Rewrite(record);
    }

    public sealed record RecordIndex(int Value);

    public sealed record FieldChoice(int Value);

    public sealed record NameChoice(int Value);

    public static class Arbitraries
    {
        public static Arbitrary<RecordIndex> RecordIndex() => Gen.Choose(0, 3).Select(i => new RecordIndex(i)).ToArbitrary();

        public static Arbitrary<FieldChoice> FieldChoice() => Gen.Choose(0, 100_000).Select(i => new FieldChoice(i)).ToArbitrary();

        public static Arbitrary<NameChoice> NameChoice() => Gen.Choose(0, 1_000).Select(i => new NameChoice(i)).ToArbitrary();
    }

    private sealed class Injector(int target, string text) : RecordText
    {
        private int _seen;

        protected override string Text(string part, JsonPointer path, string value) => _seen++ == target ? $"{value}. {text}." : value;
    }
}
