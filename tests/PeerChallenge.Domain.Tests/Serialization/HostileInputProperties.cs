using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PeerChallenge.Domain.Testing;

namespace PeerChallenge.Domain.Tests.Serialization;

/// <summary>
/// Valid generated documents, mutated at random (a property dropped or duplicated, a value of another JSON type, the
/// text cut short, escapes and control characters injected in values and property names, extreme dates and numbers):
/// the reader never throws; when it reads a record, the validator and the writer never throw and the record reads back
/// equal. Each case is bounded in time (generously: the machine may be busy).
/// </summary>
/// <remarks>
/// A failure message starts with what threw: <c>READER CRASH</c> (<see cref="ChallengeRecordReader"/>),
/// <c>VALIDATOR CRASH</c>, <c>WRITER CRASH</c>, <c>LOST ON WRITE</c> (the written record does not read back equal) or
/// <c>TOO SLOW</c>, then the mutations and the input around them.
/// </remarks>
public sealed class HostileInputProperties
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    private static readonly ChallengeRecordValidator Validator = new();

    [Property(MaxTest = 300, Arbitrary = [typeof(Arbitraries)])]
    public void Dropped_duplicated_and_retyped_properties_never_crash(StructuralCase input) => Check(input.Document);

    [Property(MaxTest = 300, Arbitrary = [typeof(Arbitraries)])]
    public void Text_cut_short_at_any_byte_never_crashes(TruncatedCase input) => Check(input.Document);

    [Property(MaxTest = 500, Arbitrary = [typeof(Arbitraries)])]
    public void Escapes_lone_surrogates_and_control_characters_never_crash(EscapeCase input) => Check(input.Document);

    [Property(MaxTest = 300, Arbitrary = [typeof(Arbitraries)])]
    public void Extreme_dates_never_crash(DateCase input) => Check(input.Document);

    [Property(MaxTest = 300, Arbitrary = [typeof(Arbitraries)])]
    public void Huge_and_tiny_numbers_never_crash(NumberCase input) => Check(input.Document);

    [Property(MaxTest = 500, Arbitrary = [typeof(Arbitraries)])]
    public void Several_mutations_at_once_never_crash(MixedCase input) => Check(input.Document);

    /// <summary>The known reader crash, kept as an example: a lone surrogate escape in a string value.</summary>
    [Theory]
    [InlineData("title", "\\ud800")]
    [InlineData("title", "\\udc00")]
    [InlineData("title", "a\\udc00\\ud800b")]
    [InlineData("statement", "\\ud800")]
    public void A_lone_surrogate_in_a_value_never_crashes(string property, string escape)
    {
        var json = Encoding.UTF8.GetString(RecordGenerator.Generate(RecordScale.Example2011).Json);
        var at = json.IndexOf($"\"{property}\": \"", StringComparison.Ordinal) + property.Length + 5;

        Check(new MutatedDocument(Encoding.UTF8.GetBytes(json.Insert(at, escape)), [$"'{escape}' at the start of the first {property}"]));
    }

    /// <summary>A lone surrogate escape in a property name (unknown or not).</summary>
    [Theory]
    [InlineData("\"x\\ud800\": 1, ")]
    [InlineData("\"\\udc00\": \"a\", ")]
    [InlineData("\"tit\\ud800le\": \"a\", ")]
    public void A_lone_surrogate_in_a_property_name_never_crashes(string property)
    {
        var json = Encoding.UTF8.GetString(RecordGenerator.Generate(RecordScale.Example2011).Json);

        Check(new MutatedDocument(Encoding.UTF8.GetBytes(json.Insert(json.IndexOf('{', StringComparison.Ordinal) + 1, property)), [$"{property} first in the root object"]));
    }

    private static void Check(MutatedDocument input)
    {
        var bytes = input.Bytes;
        var stopwatch = Stopwatch.StartNew();
        ChallengeReadResult<ChallengeRecord> read;
        try
        {
            read = ChallengeRecordReader.Read(bytes);
            using var stream = new MemoryStream(bytes);
            _ = ChallengeRecordReader.Read(stream);
        }
        catch (Exception ex)
        {
            Assert.Fail($"READER CRASH: ChallengeRecordReader.Read threw {ex.GetType().Name}: {ex.Message}\n{input}\n{ex}");
            return;
        }

        if (read.Succeeded)
        {
            try
            {
                _ = Validator.ValidateRecord(read.Value);
            }
            catch (Exception ex)
            {
                Assert.Fail($"VALIDATOR CRASH: ChallengeRecordValidator.ValidateRecord threw {ex.GetType().Name}: {ex.Message}\n{input}\n{ex}");
            }

            string written;
            try
            {
                written = ChallengeRecordWriter.Write(read.Value);
            }
            catch (Exception ex)
            {
                Assert.Fail($"WRITER CRASH: ChallengeRecordWriter.Write threw {ex.GetType().Name}: {ex.Message}\n{input}\n{ex}");
                return;
            }

            ChallengeReadResult<ChallengeRecord> again;
            try
            {
                again = ChallengeRecordReader.Read(written);
            }
            catch (Exception ex)
            {
                Assert.Fail($"READER CRASH (reading the written record back): {ex.GetType().Name}: {ex.Message}\n{input}\nwritten:\n{written}\n{ex}");
                return;
            }

            Assert.True(again.Succeeded && again.Value == read.Value, $"LOST ON WRITE: the written record does not read back equal ({string.Join("; ", again.Issues)})\n{input}");
        }

        Assert.True(stopwatch.Elapsed < Bound, $"TOO SLOW: {stopwatch.Elapsed.TotalSeconds:0.0} s\n{input}");
    }

    /// <summary>A document after its mutations, and what they were.</summary>
    public sealed record MutatedDocument(byte[] Bytes, IReadOnlyList<string> Mutations)
    {
        public override string ToString() => $"mutations: {string.Join(" | ", Mutations)}";
    }

    public sealed record StructuralCase(MutatedDocument Document)
    {
        public override string ToString() => Document.ToString();
    }

    public sealed record TruncatedCase(MutatedDocument Document)
    {
        public override string ToString() => Document.ToString();
    }

    public sealed record EscapeCase(MutatedDocument Document)
    {
        public override string ToString() => Document.ToString();
    }

    public sealed record DateCase(MutatedDocument Document)
    {
        public override string ToString() => Document.ToString();
    }

    public sealed record NumberCase(MutatedDocument Document)
    {
        public override string ToString() => Document.ToString();
    }

    public sealed record MixedCase(MutatedDocument Document)
    {
        public override string ToString() => Document.ToString();
    }

    public static class Arbitraries
    {
        public static Arbitrary<StructuralCase> Structural() =>
            Mutated(Gen.Choose(1, 2), [MutationKind.DropProperty, MutationKind.DuplicateProperty, MutationKind.ChangeType]).Select(d => new StructuralCase(d)).ToArbitrary();

        public static Arbitrary<TruncatedCase> Truncated() =>
            Mutated(Gen.Constant(1), [MutationKind.Truncate]).Select(d => new TruncatedCase(d)).ToArbitrary();

        public static Arbitrary<EscapeCase> Escapes() =>
            Mutated(Gen.Choose(1, 2), [MutationKind.EscapeInValue, MutationKind.EscapeInName]).Select(d => new EscapeCase(d)).ToArbitrary();

        public static Arbitrary<DateCase> Dates() =>
            Mutated(Gen.Choose(1, 4), [MutationKind.Date]).Select(d => new DateCase(d)).ToArbitrary();

        public static Arbitrary<NumberCase> Numbers() =>
            Mutated(Gen.Choose(1, 3), [MutationKind.Number]).Select(d => new NumberCase(d)).ToArbitrary();

        public static Arbitrary<MixedCase> Mixed() =>
            Mutated(Gen.Choose(2, 4), Enum.GetValues<MutationKind>()).Select(d => new MixedCase(d)).ToArbitrary();

        private static Gen<MutatedDocument> Mutated(Gen<int> count, MutationKind[] kinds) =>
            from document in Gen.Choose(0, Mutator.Documents.Length - 1)
            from n in count
            from steps in Gen.ArrayOf(
                from kind in Gen.Elements(kinds)
                from a in Gen.Choose(0, int.MaxValue)
                from b in Gen.Choose(0, int.MaxValue)
                from c in Gen.Choose(0, int.MaxValue)
                select (kind, a, b, c), n)
            select Mutator.Apply(Mutator.Documents[document], steps);
    }

    public enum MutationKind
    {
        DropProperty,
        DuplicateProperty,
        ChangeType,
        Truncate,
        EscapeInValue,
        EscapeInName,
        Date,
        Number,
    }

    /// <summary>Applies mutations to UTF-8 JSON at the byte level, using the tokens of the text where it is still JSON.</summary>
    private static class Mutator
    {
        internal static readonly byte[][] Documents =
        [
            RecordGenerator.Generate(RecordScale.Example2011).Json,
            RecordGenerator.Generate(seed: 11, teamMembers: 9, linesOfEnquiry: 6).Json,
            RecordGenerator.Generate(seed: 12, teamMembers: 8, linesOfEnquiry: 5, edition: BuiltInEditions.LgaPeerReview2012).Json,
        ];

        private static readonly string[] Replacements =
        [
            "\"text\"", "\"\"", "0", "-1", "1.5", "true", "false", "null", "{}", "[]", "[null]", "{\"a\":[1,{\"b\":null}]}",
            "\"2011-10-03\"", "\"GB-LAE-ROT\"", "\"team-leader\"", "\"1.0.0\"", "\"2.0.0\"",
            new string('[', 70) + new string(']', 70), "\"" + new string('x', 20_000) + "\"",
        ];

        private static readonly string[] Escapes =
        [
            "\\ud800", "\\udc00", "\\udbff\\udfff", "\\ud800\\ud800", "\\udc00\\ud800", "\\ud800x", "\\u0000", "\\u001f", "\\u007f",
            "\\n", "\\\"", "\\\\", "\\/", "\\u00e9", "\\uFEFF", "\\uFFFF", "\\uFFFE", "\\u2028",
            "\u0001", "\u001f", "\t", "\n", "\\x41", "\\u12", "\\", "\u00e9", "\ud83d\ude00",
        ];

        private static readonly byte[][] RawBytes = [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0x00]];

        private static readonly string[] Dates =
        [
            "0001-01-01", "9999-12-31", "0000-01-01", "-0001-01-01", "-9998-01-01", "10000-01-01", "2011-02-29", "2012-02-29",
            "2011-13-01", "1995-01-01", "2099-12-31", "2100-01-01", "1994-12-31", "2011-10-03T00:00:00", "", "0001-01-02", "9999-12-30",
        ];

        private static readonly string[] Numbers =
        [
            "1e400", "-1e400", "99999999999999999999", "-99999999999999999999", "-1", "0", "-0", "1e-400", "0.5", "2147483648",
            "-2147483649", "1E+2", "9223372036854775808", "1.7976931348623157e308", "5e-324",
        ];

        internal static MutatedDocument Apply(byte[] document, (MutationKind Kind, int A, int B, int C)[] steps)
        {
            var bytes = document;
            var described = new List<string>();
            foreach (var (kind, a, b, c) in steps)
            {
                (bytes, var description) = Apply(bytes, kind, a, b, c);
                described.Add(description);
            }

            return new MutatedDocument(bytes, described);
        }

        private static (byte[] Bytes, string Description) Apply(byte[] bytes, MutationKind kind, int a, int b, int c)
        {
            if (kind == MutationKind.Truncate)
            {
                var at = a % (bytes.Length + 1);
                return (bytes[..at], $"cut at byte {at} of {bytes.Length}, after ...{Show(bytes, Math.Max(0, at - 60), at)}");
            }

            var tokens = Tokens(bytes);
            if (tokens is null || !tokens.Any(t => IsTarget(kind, t, bytes)))
            {
                // No longer JSON (an earlier mutation), or nothing of the kind left: put the text of the mutation somewhere.
                var at = a % (bytes.Length + 1);
                var text = kind switch
                {
                    MutationKind.Date => $"\"{Dates[b % Dates.Length]}\"",
                    MutationKind.Number => Numbers[b % Numbers.Length],
                    MutationKind.EscapeInName or MutationKind.EscapeInValue => Escapes[b % Escapes.Length],
                    _ => Replacements[b % Replacements.Length],
                };
                return (Splice(bytes, at, at, text), $"{kind}: '{text}' inserted at byte {at}");
            }

            switch (kind)
            {
                case MutationKind.DropProperty:
                case MutationKind.DuplicateProperty:
                    {
                        var names = tokens.Where(t => t.Type == JsonTokenType.PropertyName).ToList();
                        var name = names[a % names.Count];
                        var value = tokens[tokens.IndexOf(name) + 1];
                        var member = Encoding.UTF8.GetString(bytes[name.Start..value.End]);
                        if (kind == MutationKind.DuplicateProperty)
                        {
                            var copy = b % 2 == 0 ? member : $"{Encoding.UTF8.GetString(bytes[name.Start..name.End])}: {Replacements[c % Replacements.Length]}";
                            return (Splice(bytes, value.End, value.End, ", " + copy), $"duplicated {Abbreviate(member)} as {Abbreviate(copy)}");
                        }

                        var (start, end) = (name.Start, value.End);
                        var after = SkipWhitespace(bytes, end);
                        if (after < bytes.Length && bytes[after] == (byte)',')
                        {
                            end = after + 1;
                        }
                        else
                        {
                            var before = start - 1;
                            while (before > 0 && bytes[before] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
                            {
                                before--;
                            }

                            if (bytes[before] == (byte)',')
                            {
                                start = before;
                            }
                        }

                        return (Splice(bytes, start, end, string.Empty), $"dropped {Abbreviate(member)}");
                    }

                case MutationKind.ChangeType:
                    {
                        var values = tokens.Where(t => t.Type != JsonTokenType.PropertyName && t.Type != JsonTokenType.EndArray && t.Type != JsonTokenType.EndObject).ToList();
                        var value = values[a % values.Count];
                        var replacement = Replacements[b % Replacements.Length];
                        return (Splice(bytes, value.Start, value.End, replacement), $"replaced {Abbreviate(Encoding.UTF8.GetString(bytes[value.Start..value.End]))} at byte {value.Start} with {Abbreviate(replacement)}");
                    }

                case MutationKind.EscapeInValue:
                case MutationKind.EscapeInName:
                    {
                        var type = kind == MutationKind.EscapeInName ? JsonTokenType.PropertyName : JsonTokenType.String;
                        var strings = tokens.Where(t => t.Type == type).ToList();
                        var target = strings[a % strings.Count];
                        var (from, to) = (c % 3) switch
                        {
                            0 => (target.Start + 1, target.Start + 1),
                            1 => (target.End - 1, target.End - 1),
                            _ => (target.Start + 1, target.End - 1),
                        };
                        var original = Encoding.UTF8.GetString(bytes[target.Start..target.End]);
                        if (b % 8 == 7)
                        {
                            var raw = RawBytes[c % RawBytes.Length];
                            return ([.. bytes[..from], .. raw, .. bytes[to..]], $"raw bytes {Convert.ToHexString(raw)} put in {Abbreviate(original)} at byte {from}");
                        }

                        var escape = Escapes[b % Escapes.Length];
                        return (Splice(bytes, from, to, escape), $"'{escape}' put in {Abbreviate(original)} at byte {from}{(from == to ? string.Empty : " in place of its text")}");
                    }

                case MutationKind.Date:
                    {
                        var dates = tokens.Where(t => t.Type == JsonTokenType.String && IsDate(bytes.AsSpan(t.Start + 1, t.End - t.Start - 2))).ToList();
                        var target = dates[a % dates.Count];
                        var date = Dates[b % Dates.Length];
                        return (Splice(bytes, target.Start + 1, target.End - 1, date), $"date {Encoding.UTF8.GetString(bytes[target.Start..target.End])} at byte {target.Start} set to \"{date}\" ({Context(bytes, target.Start)})");
                    }

                default:
                    {
                        var numbers = tokens.Where(t => t.Type == JsonTokenType.Number).ToList();
                        var values = numbers.Count > 0 && c % 2 == 0
                            ? numbers
                            : tokens.Where(t => t.Type is not (JsonTokenType.PropertyName or JsonTokenType.EndArray or JsonTokenType.EndObject)).ToList();
                        var target = values[a % values.Count];
                        var number = Numbers[b % Numbers.Length];
                        return (Splice(bytes, target.Start, target.End, number), $"{Abbreviate(Encoding.UTF8.GetString(bytes[target.Start..target.End]))} at byte {target.Start} set to {number} ({Context(bytes, target.Start)})");
                    }
            }
        }

        private static bool IsTarget(MutationKind kind, Token token, byte[] bytes) => kind switch
        {
            MutationKind.DropProperty or MutationKind.DuplicateProperty or MutationKind.EscapeInName => token.Type == JsonTokenType.PropertyName,
            MutationKind.EscapeInValue => token.Type == JsonTokenType.String,
            MutationKind.Date => token.Type == JsonTokenType.String && IsDate(bytes.AsSpan(token.Start + 1, token.End - token.Start - 2)),
            _ => token.Type is not (JsonTokenType.PropertyName or JsonTokenType.EndArray or JsonTokenType.EndObject),
        };

        private static bool IsDate(ReadOnlySpan<byte> text) =>
            text.Length == 10 && text[4] == (byte)'-' && text[7] == (byte)'-' && char.IsAsciiDigit((char)text[0]) && char.IsAsciiDigit((char)text[9]);

        /// <summary>The tokens of the text with their byte ranges (end exclusive), or null when it is not JSON.</summary>
        private static List<Token>? Tokens(byte[] bytes)
        {
            var tokens = new List<Token>();
            var open = new Stack<int>();
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 256 });
            try
            {
                while (reader.Read())
                {
                    var start = (int)reader.TokenStartIndex;
                    switch (reader.TokenType)
                    {
                        case JsonTokenType.StartObject:
                        case JsonTokenType.StartArray:
                            open.Push(tokens.Count);
                            tokens.Add(new Token(reader.TokenType, start, -1));
                            break;
                        case JsonTokenType.EndObject:
                        case JsonTokenType.EndArray:
                            var index = open.Pop();
                            tokens[index] = tokens[index] with { End = start + 1 };
                            tokens.Add(new Token(reader.TokenType, start, start + 1));
                            break;
                        case JsonTokenType.String:
                        case JsonTokenType.PropertyName:
                            tokens.Add(new Token(reader.TokenType, start, start + reader.ValueSpan.Length + 2));
                            break;
                        default:
                            tokens.Add(new Token(reader.TokenType, start, start + reader.ValueSpan.Length));
                            break;
                    }
                }
            }
            catch (JsonException)
            {
                return null;
            }

            return tokens.Count > 0 ? tokens : null;
        }

        private static byte[] Splice(byte[] bytes, int start, int end, string text) => [.. bytes[..start], .. Encoding.UTF8.GetBytes(text), .. bytes[end..]];

        private static int SkipWhitespace(byte[] bytes, int at)
        {
            while (at < bytes.Length && bytes[at] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
            {
                at++;
            }

            return at;
        }

        private static string Context(byte[] bytes, int at) => Show(bytes, Math.Max(0, at - 40), Math.Min(bytes.Length, at + 20));

        private static string Show(byte[] bytes, int start, int end) => Encoding.UTF8.GetString(bytes[start..end]).ReplaceLineEndings(" ");

        private static string Abbreviate(string text) =>
            text.Length <= 80 ? text.ReplaceLineEndings(" ") : string.Concat(text.AsSpan(0, 60).ToString().ReplaceLineEndings(" "), "...(", text.Length.ToString(CultureInfo.InvariantCulture), " chars)");
    }

    private readonly record struct Token(JsonTokenType Type, int Start, int End);
}
