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

    [Theory]
    [InlineData("Łukasz", "Lukasz")]
    [InlineData("ŁUKASZ", "lukasz")]
    [InlineData("Şükrü", "Sukru")]
    [InlineData("Ștefan", "Stefan")]
    [InlineData("Ştefan", "STEFAN")]
    [InlineData("Zoë", "Zoe")]
    [InlineData("Siobhán", "Siobhan")]
    [InlineData("Nguyễn", "Nguyen")]
    [InlineData("Bjørn", "Bjorn")]
    [InlineData("Đorđe", "Dorde")]
    [InlineData("Iı̇ıl", "IIIL")]
    [InlineData("Straße", "Strasse")]
    [InlineData("O’Brien", "O'Brien")]
    [InlineData("Zoe\u0308", "Zoe")]
    public void Lookups_ignore_diacritics_as_well_as_case(string stored, string lookedUp)
    {
        var gazetteer = NameGazetteer.Create([stored], [stored]);
        Assert.True(gazetteer.IsForename(lookedUp), lookedUp);
        Assert.True(gazetteer.IsSurname(stored.ToLowerInvariant()), stored);
        var reverse = NameGazetteer.Create([lookedUp], []);
        Assert.True(reverse.IsForename(stored), stored);
        Assert.Equal(1, reverse.ForenameCount);
    }

    [Fact]
    public void Accented_and_plain_spellings_count_as_one_name() =>
        Assert.Equal(1, NameGazetteer.Create(["Zoë", "Zoe", "ZOE"], []).ForenameCount);

    [Fact]
    public void Folding_does_not_make_different_names_equal()
    {
        var gazetteer = NameGazetteer.Create(["Ana"], ["Lee"]);
        Assert.False(gazetteer.IsForename("Anna"));
        Assert.False(gazetteer.IsSurname("Le"));
        Assert.False(gazetteer.IsSurname("Lée-"));
    }

    [Fact]
    public void Ascii_lookups_do_not_allocate()
    {
        var gazetteer = NameGazetteer.Default;
        gazetteer.IsForename("Sarah");
        gazetteer.IsSurname("Nguyễn");
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            gazetteer.IsForename("Sarah");
            gazetteer.IsSurname("Wiśniewski");
            gazetteer.IsForename("Łukasz");
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

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
