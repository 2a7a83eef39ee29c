using System.Buffers;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using PeerChallenge.Domain.Privacy;

namespace PeerChallenge.Domain.Benchmarks.Privacy;

/// <summary>
/// Redacting about 2 MB of interview notes: the straightforward approach (one compiled <see cref="Regex.Replace(string, string)"/>
/// per kind, one after another) as the baseline, the library's one-pass redactor, and a floor: a single
/// <see cref="SearchValues{T}"/> pass over the characters every recogniser must look at.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(RuntimeMoniker.Net10_0, launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class RedactionBenchmark
{
    private static readonly SearchValues<char> Candidates = SearchValues.Create(
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ@+(ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞĆČŁŃŚŠŹŻŽ");

    private (Regex Pattern, MatchEvaluator Replacement)[] _naive = [];
    private string _text = string.Empty;

    /// <summary>Makes the text (fixed seed) and compiles the naive expressions.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _text = InterviewNotesText.Generate(seed: 20111003, approximateChars: 2_000_000);
        var forenames = string.Join('|', ReadForenames());
        const RegexOptions options = RegexOptions.Compiled | RegexOptions.CultureInvariant;
        _naive =
        [
            (new Regex(@"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", options), _ => "[EMAIL]"),
            (new Regex(@"(?<![\w+])(?:\+44\s?(?:\(0\)\s?)?|0044\s?|\(?0)\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\w)", options), _ => "[PHONE]"),
            (new Regex(@"\b\d{3}[ -]?\d{3}[ -]?\d{4}\b", options), m => IsNhsNumber(m.Value) ? "[NHS_NUMBER]" : m.Value),
            (new Regex(@"\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b", options), _ => "[NI_NUMBER]"),
            (new Regex(@"\b[A-Z]\d{11}[0-9A-Z]\b", options), _ => "[UPN]"),
            (new Regex(@"\b[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}\b", options), _ => "[POSTCODE]"),
            (new Regex(@"(?i)(?<=\b(?:born(?: on| in)?|dob:?|d\.o\.b\.?|date of birth:?)\s)(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)? [a-z]+ \d{4})|\baged? \d{1,2}\b", options), _ => "[DATE_OF_BIRTH]"),
            (new Regex(@"(?i)(?<=\b(?:case ref|ref|reference|case no\.?|case number|child id):? )[A-Z0-9/-]*\d{3,}[A-Z0-9/-]*", options), _ => "[CASE_REF]"),
            (new Regex(@"\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.? [A-Z][a-z'-]+(?: [A-Z][a-z'-]+)?|\b(?:" + forenames + @")(?: [A-Z][a-z'-]+)?\b", options), _ => "[PERSON]"),
        ];
    }

    /// <summary>The straightforward approach: one compiled Regex.Replace per kind, in sequence.</summary>
    /// <returns>The redacted text.</returns>
    [Benchmark(Baseline = true)]
    public string RegexReplacePerKind()
    {
        var text = _text;
        foreach (var (pattern, replacement) in _naive)
        {
            text = pattern.Replace(text, replacement);
        }

        return text;
    }

    /// <summary>The library: one pass, hand-written recognisers, one output string.</summary>
    /// <returns>The redacted text.</returns>
    [Benchmark]
    public string OnePassRedactor() => PersonalDataRedactor.Default.Redact(_text);

    /// <summary>The floor: one vectorised pass that only finds the candidate characters.</summary>
    /// <returns>The number of candidate positions.</returns>
    [Benchmark]
    public int SearchValuesFloor()
    {
        var span = _text.AsSpan();
        var count = 0;
        int index;
        while ((index = span.IndexOfAny(Candidates)) >= 0)
        {
            count++;
            span = span[(index + 1)..];
        }

        return count;
    }

    private static IEnumerable<string> ReadForenames()
    {
        using var stream = typeof(PersonalDataScanner).Assembly.GetManifestResourceStream("PeerChallenge.Domain.Privacy.Data.forenames.txt")!;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                yield return Regex.Escape(line.TrimEnd('*'));
            }
        }
    }

    private static bool IsNhsNumber(string value)
    {
        var digits = value.Where(char.IsAsciiDigit).Select(c => c - '0').ToArray();
        var check = 11 - (digits.Take(9).Select((d, k) => d * (10 - k)).Sum() % 11);
        return check != 10 && (check == 11 ? 0 : check) == digits[9];
    }
}
