using PeerChallenge.Domain.Privacy;

namespace PeerChallenge.Domain.Tests.Privacy.Recognisers;

public sealed class KnownNameRecogniserTests
{
    private static readonly PersonalDataScanner Scanner = new(PersonalDataScannerOptions.Default with
    {
        EnabledKinds = [PersonalDataKind.Person],
        KnownNames = ["# the team", "Zygmunt Wiśniewski", "OKAFOR, Chidinma Grace", "", "Mohammed-Ali Qureshi", "Bartholomew Quigg"],
    });

    private static string[] Found(string text) => Scanner.Scan(text).Select(h => text.Substring(h.Start, h.Length)).ToArray();

    [Theory]
    [InlineData("We met Zygmunt Wiśniewski today.", "Zygmunt Wiśniewski")]
    [InlineData("we met zygmunt wiśniewski today.", "zygmunt wiśniewski")]
    [InlineData("CHIDINMA OKAFOR attended.", "CHIDINMA OKAFOR")]
    [InlineData("Attendee: OKAFOR, Chidinma (TM)", "OKAFOR, Chidinma")]
    [InlineData("seen by Z. Wiśniewski on Monday", "Z. Wiśniewski")]
    [InlineData("seen by Z Wiśniewski on Monday", "Z Wiśniewski")]
    [InlineData("Chidinma Okafor chaired.", "Chidinma Okafor")]
    [InlineData("Chidinma Grace Okafor chaired.", "Chidinma Grace Okafor")]
    [InlineData("c/o OKAFOR, C.G. please", "OKAFOR, C.G.")]
    [InlineData("Mohammed Ali Qureshi rang", "Mohammed Ali Qureshi")]
    [InlineData("Mohammed-Ali rang", "Mohammed-Ali")]
    public void Finds_a_known_name_in_any_case_order_and_with_initials(string text, string expected) =>
        Assert.Contains(expected, Found(text));

    [Theory]
    [InlineData("Quigg said the plan was late.", "Quigg")]
    [InlineData("spoke to quigg about it", "quigg")]
    [InlineData("QUIGG's view", "QUIGG")]
    [InlineData("Bartholomew's view", "Bartholomew")]
    public void Finds_one_word_of_a_known_name_on_its_own(string text, string expected) =>
        Assert.Equal([expected], Found(text));

    [Theory]
    [InlineData("by grace of the court")] // an ordinary word in lower case, though Grace is one of Chidinma's names
    [InlineData("The Q. report")]
    [InlineData("Z. was absent")]
    public void Leaves_ordinary_words_and_lone_initials(string text) => Assert.Empty(Found(text));

    [Fact]
    public void A_line_without_letters_is_refused_with_its_number()
    {
        var error = Assert.Throws<ArgumentException>(() => new PersonalDataScanner(PersonalDataScannerOptions.Default with { KnownNames = ["Jane Smith", "12345"] }));
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Known_names_are_not_looked_for_when_names_are_off()
    {
        var scanner = new PersonalDataScanner(PersonalDataScannerOptions.Default with { EnabledKinds = [PersonalDataKind.Email], KnownNames = ["Quigg"] });
        Assert.Empty(scanner.Scan("Quigg said so"));
    }
}
