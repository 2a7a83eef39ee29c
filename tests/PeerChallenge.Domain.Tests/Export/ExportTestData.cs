using System.Text;
using NodaTime;
using PeerChallenge.Domain.Evidence;
using PeerChallenge.Domain.Export;

namespace PeerChallenge.Domain.Tests.Export;

/// <summary>The settings, key and example record the export tests share.</summary>
internal static class ExportTestData
{
    internal static PseudonymKey Key { get; } = new(Encoding.UTF8.GetBytes("the council's export key, 32 b."));

    internal static ExportSettings Settings { get; } = new() { Date = new LocalDate(2012, 1, 16), ToolVersion = "peer-challenge test", Key = Key };

    internal static ChallengeRecord Rotherham { get; } = ChallengeRecordReader.Read(RepositoryFiles.Read("docs", "examples", "rotherham-2011.json")).Value!;

    internal static ChallengeRecord Export(this ChallengeRecord record, ExportProfile profile) => RecordExporter.Export(record, profile, Settings);

    /// <summary>Every free-text field of the record, with its part and pointer.</summary>
    internal static IReadOnlyList<(string Part, string Path, string Text)> FreeText(ChallengeRecord record)
    {
        var collector = new Collector();
        collector.Rewrite(record);
        return collector.Fields;
    }

    private sealed class Collector : RecordText
    {
        internal List<(string, string, string)> Fields { get; } = [];

        protected override string Text(string part, JsonPointer path, string text)
        {
            Fields.Add((part, path.ToString(), text));
            return text;
        }
    }
}
