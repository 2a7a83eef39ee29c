using System.Globalization;
using System.Text;

namespace PeerChallenge.Cli.Tests;

public sealed class RedactCommandTests : IDisposable
{
    private const string Notes = "Interview notes, 4 October 2011\nSarah Jones (07700 900123) said the LSCB and CAF were clear.\n\nNHS no. 943 476 5919; DOB 12/03/2009; S60 2TQ.\nKey Stage 2 results: 45% in 2011/12.\n";

    private readonly string _directory = Directory.CreateTempSubdirectory("redact-tests-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Replaces_personal_data_in_a_file_line_for_line()
    {
        var (exit, output, error) = Run(["redact", Write("notes.txt", Notes)]);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.Equal(
            "Interview notes, 4 October 2011\n[PERSON] ([PHONE]) said the LSCB and CAF were clear.\n\nNHS no. [NHS_NUMBER]; DOB [DATE_OF_BIRTH]; [POSTCODE].\nKey Stage 2 results: 45% in 2011/12.\n",
            output);
    }

    [Fact]
    public void A_deny_file_names_people_found_in_any_form_and_an_allow_file_keeps_the_councils_terms()
    {
        var deny = Write("deny.txt", "# the peer team\nZebedee Quartermaine\n\nOKONJO, Ifunanya\n");
        var allow = Write("allow.txt", "\uFEFFEmily Jackson Award\r\n");
        const string text = "ZEBEDEE QUARTERMAINE and ifunanya okonjo met at the Emily Jackson Award; Okonjo, I. chaired.\n";

        var (exit, output, error) = Run(["redact", "-", "--deny-file", deny, "--allow-file", allow], input: text);

        Assert.Equal((0, string.Empty), (exit, error));
        Assert.Equal("[PERSON] and [PERSON] met at the Emily Jackson Award; [PERSON] chaired.\n", output);
    }

    [Fact]
    public void Removes_street_addresses_by_default_and_keeps_them_with_no_addresses()
    {
        const string text = "Home visit by Mrs Khan to Flat 3, 22 Oak Road, Rotherham; later to 14 Ashwood Grove.\n";

        var (exit, output, error) = Run(["redact", "-"], input: text);
        Assert.Equal((0, string.Empty), (exit, error));
        Assert.Equal("Home visit by [PERSON] to [ADDRESS], Rotherham; later to [ADDRESS].\n", output);

        (exit, output, error) = Run(["redact", "-", "--no-addresses"], input: text);
        Assert.Equal((0, string.Empty), (exit, error));
        Assert.Contains(" 3, 22 Oak Road, Rotherham; later to 14 ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("[ADDRESS]", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing.txt", "--deny-file 'DIR/missing.txt': cannot read it: no such file.")]
    [InlineData(".", "--allow-file '.': it is a directory, not a file.")]
    public void An_unreadable_deny_or_allow_file_is_a_usage_error(string name, string expected)
    {
        var option = expected.StartsWith("--deny", StringComparison.Ordinal) ? "--deny-file" : "--allow-file";
        var path = name == "." ? "." : Path.Combine(_directory, name);
        var (exit, output, error) = Run(["redact", "-", option, path], input: "text\n");
        Assert.Equal((2, string.Empty), (exit, output));
        Assert.Equal($"peer-challenge redact: {expected.Replace("DIR", _directory, StringComparison.Ordinal)}\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_deny_file_that_is_not_utf8_or_has_a_line_without_letters_is_refused()
    {
        var latin1 = WriteBytes("latin1.txt", [0x4A, 0xF6, 0x72, 0x67, 0x0A]);
        var (exit, _, error) = Run(["redact", "-", "--deny-file", latin1], input: "text\n");
        Assert.Equal(2, exit);
        Assert.Contains("is not UTF-8 text", error, StringComparison.Ordinal);

        var digits = Write("digits.txt", "Jane Smith\n12345\n");
        (exit, _, error) = Run(["redact", "-", "--deny-file", digits], input: "text\n");
        Assert.Equal(2, exit);
        Assert.Contains("line 2 has no letters", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", "[PERSON] was late; [PERSON] rang.\n")]
    [InlineData("0.7", "Kacper was late; [PERSON] rang.\n")]
    public void Min_confidence_leaves_out_weaker_hits(string threshold, string expected)
    {
        // A lone forename is found with confidence 0.6, a title and surname with 0.9.
        var (exit, output, error) = Run(["redact", "-", "--min-confidence", threshold], input: "Kacper was late; Mrs Jones rang.\n");
        Assert.Equal((0, string.Empty), (exit, error));
        Assert.Equal(expected, output);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    [InlineData("high")]
    public void Min_confidence_outside_0_to_1_is_a_usage_error(string threshold)
    {
        var (exit, output, error) = Run(["redact", "-", "--min-confidence", threshold], input: "text\n");
        Assert.Equal((2, string.Empty), (exit, output));
        Assert.Contains("--min-confidence", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_standard_input_for_a_dash()
    {
        var (exit, output, _) = Run(["redact", "-"], input: "Call Mrs Smith on 0114 273 4567");
        Assert.Equal(0, exit);
        Assert.Equal("Call [PERSON] on [PHONE]", output);
    }

    [Fact]
    public void Masks_keeping_the_length()
    {
        var (exit, output, _) = Run(["redact", "-", "--operator", "mask"], input: "tel 0114 273 4567\n");
        Assert.Equal(0, exit);
        Assert.Equal("tel *************\n", output);
    }

    [Fact]
    public void Masks_with_the_mask_character_given()
    {
        var (exit, output, error) = Run(["redact", "-", "--operator", "mask", "--mask-char", "#"], input: "tel 0114 273 4567\n");
        Assert.Equal((0, string.Empty), (exit, error));
        Assert.Equal("tel #############\n", output);
    }

    [Theory]
    [InlineData("##", "##")]
    [InlineData("", "")]
    [InlineData("\t", "\\t")]
    public void A_mask_character_that_is_not_one_printable_character_is_a_usage_error(string mask, string shown)
    {
        var (exit, output, error) = Run(["redact", "-", "--operator", "mask", "--mask-char", mask], input: "tel 0114 273 4567\n");
        Assert.Equal((2, string.Empty), (exit, output));
        Assert.Equal($"peer-challenge redact: --mask-char '{shown}' must be one printable character.\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Pseudonymises_consistently_with_a_key_file()
    {
        var key = WriteBytes("redact.key", Enumerable.Range(0, 32).Select(i => (byte)(i * 7)).ToArray());
        var (exit, output, _) = Run(["redact", "-", "--operator", "pseudonym", "--key-file", key], input: "Sarah Jones met Mr Khan.\nLater Sarah Jones rang.\n");
        var (_, again, _) = Run(["redact", "-", "--operator", "pseudonym", "--key-file", key], input: "Sarah Jones\n");

        Assert.Equal(0, exit);
        var lines = output.Split('\n');
        var token = lines[0][..17];
        Assert.Matches(@"^\[PERSON-[0-9]{8}\]$", token);
        Assert.StartsWith($"Later {token} rang.", lines[1], StringComparison.Ordinal);
        Assert.Equal(token + "\n", again);
        Assert.DoesNotContain("Khan", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Pseudonym_without_a_key_file_is_a_usage_error()
    {
        var (exit, output, error) = Run(["redact", "-", "--operator", "pseudonym"], input: "Sarah Jones");
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("peer-challenge redact: --operator pseudonym needs a key: --key-file KEY", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_key_is_a_usage_error()
    {
        var key = WriteBytes("short.key", new byte[15]);
        var (exit, output, error) = Run(["redact", "-", "--operator", "pseudonym", "--key-file", key], input: "Sarah Jones");
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal($"peer-challenge redact: the key file '{key}' holds 15 bytes; a pseudonym key must be at least 16 bytes (32 random bytes recommended).\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_missing_key_file_is_a_usage_error()
    {
        var key = Path.Combine(_directory, "nope.key");
        var (exit, _, error) = Run(["redact", "-", "--operator", "pseudonym", "--key-file", key], input: "Sarah Jones");
        Assert.Equal(2, exit);
        Assert.Equal($"peer-challenge redact: cannot read the key file '{key}': no such file.\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_missing_input_file_is_a_usage_error()
    {
        var missing = Path.Combine(_directory, "missing.txt");
        var (exit, output, error) = Run(["redact", missing]);
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal($"peer-challenge redact: cannot read '{missing}': no such file.\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void An_unknown_operator_is_a_usage_error()
    {
        var (exit, output, error) = Run(["redact", "-", "--operator", "shred"], input: "Sarah Jones");
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("shred", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_argument_is_a_usage_error() =>
        Assert.Equal(2, Run(["redact"]).Exit);

    [Fact]
    public void Applies_the_councils_case_reference_pattern()
    {
        var (exit, output, _) = Run(["redact", "-", "--case-ref-pattern", "CR-######"], input: "Reviewed CR-004512 and CR-998877.");
        Assert.Equal(0, exit);
        Assert.Equal("Reviewed [CASE_REF] and [CASE_REF].", output);
    }

    [Fact]
    public void A_bad_case_reference_pattern_is_a_usage_error()
    {
        var (exit, _, error) = Run(["redact", "-", "--case-ref-pattern", "CR-AAAA"], input: "x");
        Assert.Equal(2, exit);
        Assert.Equal("peer-challenge redact: --case-ref-pattern 'CR-AAAA': A case reference mask must contain at least one '#' (a digit).\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Text_without_personal_data_comes_out_as_it_went_in()
    {
        const string text = "The Team Leader, Member Peer and Health Peer met NHS Rotherham and South Yorkshire Police on 3 October 2011.\r\nLevel 3 training; Working Together.";
        Assert.Equal(text, Run(["redact", "-"], input: text).Output);
    }

    [Fact]
    public void A_line_that_is_not_UTF8_stops_with_its_number_after_the_lines_before_it()
    {
        var bytes = Encoding.Latin1.GetBytes("Sarah Jones rang.\nNothing else.\nCaf\u00E9 meeting with Mr Khan.\nMore.\n");

        var run = ToolRun.WithInput(bytes, "redact", "-");
        var fromFile = ToolRun.Of("redact", WriteBytes("latin1.txt", bytes));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("[PERSON] rang.\nNothing else.\n", run.Output);
        Assert.Equal(
            "peer-challenge redact: line 3 is not UTF-8 text; redact reads UTF-8 only (convert a Latin-1 file first: iconv -f latin1 -t utf-8 FILE). Output stops before line 3.\n",
            run.Error.ReplaceLineEndings("\n"));
        Assert.Equal(run, fromFile);
    }

    [Fact]
    public void A_line_longer_than_1_MiB_stops_with_its_number()
    {
        var input = "Sarah Jones\n" + new string('a', RedactCommand.MaxLineBytes + 1) + "\nMore.\n";

        var run = ToolRun.WithInput(input, "redact", "-");

        Assert.Equal((2, "[PERSON]\n"), (run.ExitCode, run.Output));
        Assert.Equal(
            "peer-challenge redact: line 2 is longer than 1,048,576 bytes; redact reads lines of up to 1 MiB. Output stops before line 2.\n",
            run.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_line_of_exactly_1_MiB_with_a_CRLF_ending_is_redacted()
    {
        var line = new string('a', RedactCommand.MaxLineBytes - 6) + " 12345";
        var input = "Sarah Jones\r\n" + line + "\r\n" + line;

        var run = ToolRun.WithInput(input, "redact", "-");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal("[PERSON]\r\n" + line + "\r\n" + line, run.Output);
    }

    [Fact]
    public void Input_without_any_newline_stops_at_the_line_limit_without_reading_on()
    {
        var zeros = new EndlessStream(0);

        var run = ToolRun.WithInput(() => zeros, "redact", "-");

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
        Assert.Equal(
            "peer-challenge redact: line 1 is longer than 1,048,576 bytes; redact reads lines of up to 1 MiB. Output stops before line 1.\n",
            run.Error.ReplaceLineEndings("\n"));
        Assert.InRange(zeros.BytesRead, RedactCommand.MaxLineBytes + 2, RedactCommand.MaxLineBytes + (128 * 1024));
    }

    [Fact]
    public void Long_input_comes_out_line_for_line_byte_for_byte_apart_from_the_redactions()
    {
        var builder = new StringBuilder("\uFEFF");
        var expected = new StringBuilder("\uFEFF");
        for (var i = 0; i < 5000; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"Line {i}: Sarah Jones (07700 900123), caf\u00E9 \u00FCber \U0001F600\t end\r\n");
            expected.Append(CultureInfo.InvariantCulture, $"Line {i}: [PERSON] ([PHONE]), caf\u00E9 \u00FCber \U0001F600\t end\r\n");
        }

        builder.Append("no newline at the end");
        expected.Append("no newline at the end");

        var run = ToolRun.WithInput(builder.ToString(), "redact", "-");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal(expected.ToString(), run.Output);
    }

    [Fact]
    public void A_key_file_longer_than_4096_bytes_is_a_usage_error_and_4096_bytes_are_taken()
    {
        var tooLong = WriteBytes("long.key", new byte[KeyFile.MaxBytes + 1]);
        var longest = WriteBytes("longest.key", Enumerable.Range(0, KeyFile.MaxBytes).Select(i => (byte)i).ToArray());

        var (exit, output, error) = Run(["redact", "-", "--operator", "pseudonym", "--key-file", tooLong], input: "Sarah Jones");
        var accepted = Run(["redact", "-", "--operator", "pseudonym", "--key-file", longest], input: "Sarah Jones");

        Assert.Equal((2, string.Empty), (exit, output));
        Assert.Equal(
            $"peer-challenge redact: the key file '{tooLong}' is longer than 4096 bytes; a pseudonym key is 16 to 4096 bytes (32 random bytes recommended, e.g. head -c 32 /dev/urandom > redact.key).\n",
            error.ReplaceLineEndings("\n"));
        Assert.Equal(0, accepted.Exit);
        Assert.Matches(@"^\[PERSON-[0-9]{8}\]$", accepted.Output);
    }

    [Fact]
    public void An_endless_key_file_is_refused_without_reading_it_all()
    {
        Assert.SkipUnless(File.Exists("/dev/urandom"), "needs /dev/urandom");

        var (exit, output, error) = Run(["redact", "-", "--operator", "pseudonym", "--key-file", "/dev/urandom"], input: "Sarah Jones");

        Assert.Equal((2, string.Empty), (exit, output));
        Assert.StartsWith("peer-challenge redact: the key file '/dev/urandom' is longer than 4096 bytes;", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_as_key_file_is_a_usage_error()
    {
        var (exit, _, error) = Run(["redact", "-", "--operator", "pseudonym", "--key-file", _directory], input: "Sarah Jones");

        Assert.Equal(2, exit);
        Assert.Equal($"peer-challenge redact: cannot read the key file '{_directory}': it is a directory, not a file.\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void File_names_in_messages_are_escaped()
    {
        var missing = Path.Combine(_directory, "no\u001B[31m\nsuch.txt");

        var (exit, _, error) = Run(["redact", missing]);

        Assert.Equal(2, exit);
        Assert.Equal($"peer-challenge redact: cannot read '{Path.Combine(_directory, "no\\u001B[31m\\nsuch.txt")}': no such file.\n", error.ReplaceLineEndings("\n"));
    }

    private static (int Exit, string Output, string Error) Run(string[] args, string input = "")
    {
        var run = ToolRun.WithInput(input, args);
        return (run.ExitCode, run.Output, run.Error);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    private string WriteBytes(string name, byte[] content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllBytes(path, content);
        return path;
    }
}
