using PeerChallenge.Domain.Privacy;

namespace PeerChallenge.Domain.Tests.Privacy;

public sealed class NameGazetteerTests
{
    [Fact]
    public void Shipped_list_covers_both_sexes_and_many_communities()
    {
        foreach (var name in new[] { "Sarah", "James", "Mohammed", "Aisha", "Priya", "Kacper", "Zainab", "Olivia", "Jack", "Chloe" })
        {
            Assert.True(NameGazetteer.Default.IsForename(name), name);
        }
    }

    [Fact]
    public void Lookups_ignore_case() =>
        Assert.True(NameGazetteer.Default.IsForename("sArAh") && NameGazetteer.Default.IsSurname("SMITH"));

    [Fact]
    public void A_marked_forename_counts_only_before_a_surname_or_in_a_cue()
    {
        var gazetteer = NameGazetteer.Create(["# comment", "Hope*", "Tobiah"], ["Ackroyd"]);
        var scanner = new PersonalDataScanner(PersonalDataScannerOptions.Default with { Names = gazetteer, EnabledKinds = [PersonalDataKind.Person] });

        Assert.Equal(2, gazetteer.ForenameCount);
        Assert.Empty(scanner.Scan("Hope is what the team offered."));
        Assert.Single(scanner.Scan("Hope Ackroyd attended."));
        Assert.Single(scanner.Scan("Tobiah attended."));
    }

    [Fact]
    public void Names_must_be_single_words()
    {
        var error = Assert.Throws<ArgumentException>(() => NameGazetteer.Create(["Mary Ann"], []));
        Assert.StartsWith("A name must be one word: 'Mary Ann' contains white space.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_names_leaves_the_original_unchanged()
    {
        var extended = NameGazetteer.Default.WithSurnames(["Pickersgill"]);
        Assert.True(extended.IsSurname("Pickersgill"));
        Assert.False(NameGazetteer.Default.IsSurname("Pickersgill"));
    }

    [Fact]
    public void Kinds_are_found_by_code()
    {
        Assert.Same(PersonalDataKind.NhsNumber, PersonalDataKind.FromCode("NHS_NUMBER"));
        Assert.False(PersonalDataKind.TryFromCode("nhs_number", out _));
        Assert.Throws<ArgumentException>(() => PersonalDataKind.FromCode("SSN"));
    }
}
