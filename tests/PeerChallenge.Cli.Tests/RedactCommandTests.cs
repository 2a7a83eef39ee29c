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
    [InlineData("##")]
    [InlineData("")]
    [InlineData("\t")]
    public void A_mask_character_that_is_not_one_printable_character_is_a_usage_error(string mask)
    {
        var (exit, output, error) = Run(["redact", "-", "--operator", "mask", "--mask-char", mask], input: "tel 0114 273 4567\n");
        Assert.Equal((2, string.Empty), (exit, output));
        Assert.Equal($"peer-challenge redact: --mask-char '{mask}' must be one printable character.\n", error.ReplaceLineEndings("\n"));
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
