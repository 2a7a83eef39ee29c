using PeerChallenge.Domain.Privacy;

namespace PeerChallenge.Domain.Tests.Privacy;

public sealed class PersonalDataScannerTests
{
    [Fact]
    public void Finds_every_kind_in_one_note_in_order()
    {
        const string note = "Met Mrs Smith (DOB 12/03/1980), tel 07700 900123, email k.smith@example.org, NHS 943 476 5919, NI AB 12 34 56 C, UPN B801200005001, S60 2TQ, case ref 12345678.";

        Assert.Equal(
            [
                "PERSON:Mrs Smith", "DATE_OF_BIRTH:12/03/1980", "PHONE:07700 900123", "EMAIL:k.smith@example.org",
                "NHS_NUMBER:943 476 5919", "NI_NUMBER:AB 12 34 56 C", "UPN:B801200005001", "POSTCODE:S60 2TQ", "CASE_REF:12345678",
            ],
            Found.In(note));
    }

    [Fact]
    public void Text_without_personal_data_has_no_hits() =>
        Assert.Empty(PersonalDataScanner.Default.Scan("The Team Leader met the LSCB on 3 October 2011; 45% of referrals in 2011/12 were repeats."));

    [Fact]
    public void Overlapping_hits_keep_the_longest()
    {
        // "Sarah" alone is a lone forename; the email that contains it is longer and wins.
        Assert.Equal(["EMAIL:Sarah.Jones@example.org"], Found.In("Sarah.Jones@example.org"));
    }

    [Fact]
    public void Hits_never_overlap_and_are_ordered()
    {
        var hits = PersonalDataScanner.Default.Scan("Dr Sarah Jones Sarah.Jones@nhs.net 0114 273 4567 Mr J Smith aged 7");
        for (var k = 1; k < hits.Count; k++)
        {
            Assert.True(hits[k - 1].End <= hits[k].Start);
        }

        Assert.Equal(4, hits.Count);
    }

    [Fact]
    public void Overlapping_hits_are_joined_so_nothing_of_either_is_left()
    {
        // The titled name runs into the email address: one hit covers both.
        Assert.Equal("[PERSON] rang.", PersonalDataRedactor.Default.Redact("Dr Sarah Jones Sarah.Jones@nhs.net rang."));
    }

    [Fact]
    public void Disabled_kinds_are_not_reported()
    {
        var scanner = new PersonalDataScanner(PersonalDataScannerOptions.Default with { EnabledKinds = [PersonalDataKind.Email] });
        Assert.Empty(scanner.Scan("Mrs Smith, 0114 273 4567"));
    }

    [Fact]
    public void Minimum_confidence_drops_lone_forenames_but_keeps_full_names()
    {
        var scanner = new PersonalDataScanner(PersonalDataScannerOptions.Default with { MinimumConfidence = 0.7 });
        var hits = scanner.Scan("Jack met Sarah Jones");
        var hit = Assert.Single(hits);
        Assert.Equal(9, hit.Start);
    }

    [Fact]
    public void Rejects_a_minimum_confidence_outside_0_to_1() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PersonalDataScanner(PersonalDataScannerOptions.Default with { MinimumConfidence = 1.5 }));

    [Fact]
    public void A_council_can_add_local_forenames()
    {
        var scanner = new PersonalDataScanner(PersonalDataScannerOptions.Default with { Names = NameGazetteer.Default.WithForenames(["Tobiah"]) });
        // No cue: only the list can tell that Tobiah is a name.
        Assert.Single(scanner.Scan("The plan for Tobiah is late."));
        Assert.Empty(PersonalDataScanner.Default.Scan("The plan for Tobiah is late."));
    }

    [Fact]
    public void Shipped_gazetteer_has_several_hundred_forenames() =>
        Assert.InRange(NameGazetteer.Default.ForenameCount, 400, 10000);

    [Fact]
    public void Hits_never_span_a_line_break()
    {
        const string text = "Sarah\nJones and 0114\n273 4567";
        Assert.All(PersonalDataScanner.Default.Scan(text), h => Assert.DoesNotContain('\n', text.Substring(h.Start, h.Length)));
    }

    [Fact]
    public void Kinds_have_the_documented_codes() =>
        Assert.Equal(
            ["EMAIL", "PHONE", "NHS_NUMBER", "NI_NUMBER", "UPN", "POSTCODE", "DATE_OF_BIRTH", "CASE_REF", "PERSON", "ADDRESS"],
            PersonalDataKind.All.Select(k => k.Code));
}
