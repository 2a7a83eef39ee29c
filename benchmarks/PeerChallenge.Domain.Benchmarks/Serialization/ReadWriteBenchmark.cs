using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using PeerChallenge.Domain.Serialization;
using PeerChallenge.Domain.Testing;

namespace PeerChallenge.Domain.Benchmarks.Serialization;

/// <summary>
/// Reading, writing and validating generated records at three scales (<see cref="RecordScale.Example2011"/>, about 8 KB;
/// <see cref="RecordScale.County"/>, about 4 MB; <see cref="RecordScale.TenTimesCounty"/>, about 40 MB), each against a
/// baseline in the same run, grouped by category:
/// <list type="bullet">
/// <item><c>Read</c>: the library's reader against plain System.Text.Json reflection DTOs (<see cref="ChallengeRecordDto"/>).</item>
/// <item><c>Write</c>: the library's writer against writing the same DTOs.</item>
/// <item><c>Validate</c>: the whole-record validator against the library's own read of the same record (target: 1.5 times).</item>
/// <item><c>ReadValidate</c>: reading and validating against the plain DTO read.</item>
/// </list>
/// The <c>ms/MB</c> column is the mean time per megabyte of JSON: the same at County and TenTimesCounty when the cost is linear.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[Config(typeof(Columns))]
public class ReadWriteBenchmark
{
    private static readonly JsonSerializerOptions PlainOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly ChallengeRecordValidator _validator = new();
    private byte[] _json = [];
    private ChallengeRecord _record = null!;
    private ChallengeRecordDto _dto = null!;

    /// <summary>Gets the scales, smallest first.</summary>
    public static IEnumerable<string> Scales => RecordScale.All.Select(s => s.Name);

    /// <summary>Gets or sets the scale of the record (a <see cref="RecordScale"/> name).</summary>
    [ParamsSource(nameof(Scales))]
    public string Scale { get; set; } = RecordScale.Example2011.Name;

    /// <summary>Generates the record (fixed seed) and reads it both ways once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var generated = RecordGenerator.Generate(RecordScale.All.Single(s => s.Name == Scale));
        _json = generated.Json;
        _record = generated.Record;
        _dto = JsonSerializer.Deserialize<ChallengeRecordDto>(_json, PlainOptions)!;
        if (ChallengeRecordReader.Read(_json, RecordGenerator.Unlimited).Value != _record)
        {
            throw new InvalidOperationException("The generated record does not read back equal.");
        }
    }

    /// <summary>Plain System.Text.Json: the JSON into reflection DTOs.</summary>
    /// <returns>The DTO.</returns>
    [BenchmarkCategory("Read"), Benchmark(Baseline = true)]
    public ChallengeRecordDto? PlainRead() => JsonSerializer.Deserialize<ChallengeRecordDto>(_json, PlainOptions);

    /// <summary>The library's reader.</summary>
    /// <returns>The record.</returns>
    [BenchmarkCategory("Read"), Benchmark]
    public ChallengeRecord? Read() => ChallengeRecordReader.Read(_json, RecordGenerator.Unlimited).Value;

    /// <summary>Plain System.Text.Json: the DTOs to indented JSON text.</summary>
    /// <returns>The JSON.</returns>
    [BenchmarkCategory("Write"), Benchmark(Baseline = true)]
    public string PlainWrite() => JsonSerializer.Serialize(_dto, PlainOptions);

    /// <summary>The library's writer.</summary>
    /// <returns>The JSON.</returns>
    [BenchmarkCategory("Write"), Benchmark]
    public string Write() => ChallengeRecordWriter.Write(_record);

    /// <summary>The library's reader, the yardstick of validation.</summary>
    /// <returns>The record.</returns>
    [BenchmarkCategory("Validate"), Benchmark(Baseline = true)]
    public ChallengeRecord? ReadToValidate() => ChallengeRecordReader.Read(_json, RecordGenerator.Unlimited).Value;

    /// <summary>The whole-record validator on a record already read.</summary>
    /// <returns>The number of issues.</returns>
    [BenchmarkCategory("Validate"), Benchmark]
    public int Validate() => _validator.ValidateRecord(_record).Count;

    /// <summary>Plain System.Text.Json read, the baseline of reading and validating.</summary>
    /// <returns>The DTO.</returns>
    [BenchmarkCategory("ReadValidate"), Benchmark(Baseline = true)]
    public ChallengeRecordDto? PlainReadOnly() => JsonSerializer.Deserialize<ChallengeRecordDto>(_json, PlainOptions);

    /// <summary>The library: read, then validate.</summary>
    /// <returns>The number of issues.</returns>
    [BenchmarkCategory("ReadValidate"), Benchmark]
    public int ReadAndValidate() => _validator.ValidateRecord(ChallengeRecordReader.Read(_json, RecordGenerator.Unlimited).Value!).Count;

    /// <summary>Adds the JSON size and the cost per megabyte.</summary>
    private sealed class Columns : ManualConfig
    {
        public Columns()
        {
            AddColumn(new SizeColumn(perMegabyte: false), new SizeColumn(perMegabyte: true));
        }
    }

    /// <summary>The JSON size of the case's scale (MB), or its mean time per MB (ms/MB).</summary>
    private sealed class SizeColumn(bool perMegabyte) : IColumn
    {
        private static readonly ConcurrentDictionary<string, double> Megabytes = new(StringComparer.Ordinal);

        public string Id => perMegabyte ? "MsPerMB" : "JsonMB";

        public string ColumnName => perMegabyte ? "ms/MB" : "JSON MB";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => perMegabyte ? 1 : 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => perMegabyte ? "Mean time per megabyte of JSON (linear cost: the same at every scale)" : "Size of the record's JSON in megabytes (10^6 bytes)";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var scale = benchmarkCase.Parameters["Scale"] as string ?? string.Empty;
            var megabytes = Megabytes.GetOrAdd(scale, name => RecordGenerator.Generate(RecordScale.All.Single(s => s.Name == name)).Json.Length / 1e6);
            if (!perMegabyte)
            {
                return megabytes.ToString("0.000", CultureInfo.InvariantCulture);
            }

            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            return mean is { } nanoseconds ? (nanoseconds / 1e6 / megabytes).ToString("0.00", CultureInfo.InvariantCulture) : "NA";
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
