using PeerChallenge.Domain.Privacy;

namespace PeerChallenge.Domain.Tests.Privacy;

public sealed class PersonalDataRedactorTests
{
    private static readonly byte[] Key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    [Fact]
    public void Replaces_with_the_kind_in_brackets_by_default() =>
        Assert.Equal(
            "[PERSON] (NHS [NHS_NUMBER]) rang from [PHONE] about [POSTCODE].",
            PersonalDataRedactor.Default.Redact("Mrs Smith (NHS 943 476 5919) rang from 0114 273 4567 about S60 2TQ."));

    [Fact]
    public void Keeps_line_structure_and_everything_else()
    {
        const string text = "Interview 1\r\nSarah Jones said the LSCB met on 3 October 2011.\n\n  Key Stage 2: 45%\n";
        Assert.Equal("Interview 1\r\n[PERSON] said the LSCB met on 3 October 2011.\n\n  Key Stage 2: 45%\n", PersonalDataRedactor.Default.Redact(text));
    }

    [Fact]
    public void Returns_the_same_string_when_nothing_is_found()
    {
        const string text = "The Team Leader and the Health Peer met partners in Rotherham.";
        Assert.Same(text, PersonalDataRedactor.Default.Redact(text));
    }

    [Fact]
    public void Mask_keeps_the_length()
    {
        var redactor = new PersonalDataRedactor(PersonalDataScanner.Default, RedactionOperator.Mask());
        Assert.Equal("Call ************* now", redactor.Redact("Call 0114 273 4567 now"));
    }

    [Fact]
    public void Mask_character_is_configurable() =>
        Assert.Equal("NI #############", new PersonalDataRedactor(PersonalDataScanner.Default, RedactionOperator.Mask('#')).Redact("NI AB 12 34 56 C"));

    [Fact]
    public void Mask_character_cannot_be_a_line_break() =>
        Assert.Throws<ArgumentException>(() => RedactionOperator.Mask('\n'));

    [Fact]
    public void Pseudonym_is_the_same_for_the_same_value_and_differs_between_values()
    {
        var redactor = new PersonalDataRedactor(PersonalDataScanner.Default, RedactionOperator.Pseudonym(Key));
        var output = redactor.Redact("Sarah Jones met Mr Ahmed. Later Sarah Jones rang Mr Ahmed.");
        var tokens = System.Text.RegularExpressions.Regex.Matches(output, @"\[PERSON-[0-9]{8}\]").Select(m => m.Value).ToArray();
        Assert.Equal(4, tokens.Length);
        Assert.Equal(tokens[0], tokens[2]);
        Assert.Equal(tokens[1], tokens[3]);
        Assert.NotEqual(tokens[0], tokens[1]);
    }

    [Fact]
    public void Pseudonym_is_stable_across_documents_under_one_key_and_differs_under_another()
    {
        var first = new PersonalDataRedactor(PersonalDataScanner.Default, RedactionOperator.Pseudonym(Key)).Redact("Sarah Jones");
        var again = new PersonalDataRedactor(PersonalDataScanner.Default, RedactionOperator.Pseudonym(Key.ToArray())).Redact("Notes: Sarah Jones");
        var otherKey = new PersonalDataRedactor(PersonalDataScanner.Default, RedactionOperator.Pseudonym(new byte[32])).Redact("Sarah Jones");
        Assert.Equal(first, again[7..]);
        Assert.NotEqual(first, otherKey);
    }

    [Fact]
    public void Pseudonym_ignores_a_title_and_spacing()
    {
        var op = RedactionOperator.Pseudonym(Key);
        Assert.Equal(op.Apply(PersonalDataKind.Person, "John Smith"), op.Apply(PersonalDataKind.Person, "Mr John Smith"));
        Assert.Equal(op.Apply(PersonalDataKind.NhsNumber, "9434765919"), op.Apply(PersonalDataKind.NhsNumber, "943 476 5919"));
        Assert.NotEqual(op.Apply(PersonalDataKind.NhsNumber, "9434765919"), op.Apply(PersonalDataKind.CaseReference, "9434765919"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(15)]
    public void Pseudonym_rejects_a_short_key(int length)
    {
        var error = Assert.Throws<ArgumentException>(() => RedactionOperator.Pseudonym(new byte[length]));
        Assert.Equal("key", error.ParamName);
        Assert.StartsWith("A pseudonym key must be at least 16 bytes long", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Operators_have_their_command_line_names() =>
        Assert.Equal(["replace", "mask", "pseudonym"], [RedactionOperator.Replace.Name, RedactionOperator.Mask().Name, RedactionOperator.Pseudonym(Key).Name]);
}
