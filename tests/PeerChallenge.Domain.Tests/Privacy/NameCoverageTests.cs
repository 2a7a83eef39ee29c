using PeerChallenge.Domain.Privacy;
using PeerChallenge.Domain.Tests.Privacy.Corpus;

namespace PeerChallenge.Domain.Tests.Privacy;

/// <summary>
/// How much of a real caseload's names the shipped gazetteer knows, measured on <see cref="CorpusNames"/> (written
/// independently of the shipped lists), and the consistency of the shipped lists with each other.
/// </summary>
public sealed class NameCoverageTests(ITestOutputHelper output)
{
    private const double MinimumForenameShare = 0.70;
    private const double MinimumSurnameShare = 0.60;

    private static readonly NameGazetteer Gazetteer = NameGazetteer.Default;

    [Fact]
    public void Knows_most_forenames_and_surnames_of_every_community()
    {
        var shortfalls = new List<string>();
        output.WriteLine($"{"Community",-58} {"Forenames",10} {"Surnames",10}");
        foreach (var community in CorpusNames.Communities)
        {
            var forenames = Share(community.Forenames, IsForename, out var missingForenames);
            var surnames = Share(community.Surnames, IsSurname, out var missingSurnames);
            output.WriteLine($"{community.Name,-58} {forenames,10:P0} {surnames,10:P0}");
            output.WriteLine($"    unknown forenames: {string.Join(' ', missingForenames)}");
            output.WriteLine($"    unknown surnames: {string.Join(' ', missingSurnames)}");
            if (forenames < MinimumForenameShare || surnames < MinimumSurnameShare)
            {
                shortfalls.Add($"{community.Name}: forenames {forenames:P0}, surnames {surnames:P0}");
            }
        }

        var english = Share(CorpusNames.EnglishForenames, IsForename, out _);
        var wordLike = Share(CorpusNames.WordLikeForenames, IsForename, out _);
        var shortForms = Share(CorpusNames.ShortForms.Select(s => s.Short), IsForename, out var missingShort);
        var hyphenated = Share(CorpusNames.HyphenatedForenames, w => AllParts(w, IsForename), out _);
        var compound = Share(CorpusNames.CompoundSurnames, w => LastPart(w, IsSurname), out _);
        output.WriteLine($"English forenames {english:P0}; word-like forenames {wordLike:P0}; short forms {shortForms:P0} (unknown: {string.Join(' ', missingShort)})");
        output.WriteLine($"hyphenated forenames, every part known {hyphenated:P0}; compound surnames, last part known {compound:P0}");
        Assert.True(shortfalls.Count == 0, string.Join(Environment.NewLine, shortfalls));
    }

    [Fact]
    public void Accented_and_plain_spellings_are_one_name()
    {
        foreach (var (accented, plain) in CorpusNames.Accented)
        {
            var known = Gazetteer.IsForename(accented) || Gazetteer.IsSurname(accented);
            Assert.Equal(known, Gazetteer.IsForename(plain) || Gazetteer.IsSurname(plain));
            Assert.Equal(known, Gazetteer.IsForename(accented.ToUpperInvariant()) || Gazetteer.IsSurname(accented.ToUpperInvariant()));
        }

        foreach (var name in (string[])["Łukasz", "Lukasz", "ŁUKASZ", "Ștefan", "Stefan", "Zoë", "Zoe", "Siobhán", "Siobhan"])
        {
            Assert.True(Gazetteer.IsForename(name), name);
        }

        foreach (var name in (string[])["Nguyễn", "Nguyen", "NGUYỄN", "Wiśniewski", "Wisniewski", "Yıldız", "Yildiz"])
        {
            Assert.True(Gazetteer.IsSurname(name), name);
        }
    }

    [Fact]
    public void Common_words_are_lower_case_and_no_surname_is_one()
    {
        var words = NameGazetteer.Names(NameGazetteer.ReadResource("common-words.txt")).ToList();
        Assert.InRange(words.Count, 500, 1500);
        Assert.All(words, w => Assert.Equal(w.ToLowerInvariant(), w));
        Assert.Equal([], ShippedSurnames().Where(s => NameGazetteer.IsCommonWord(s)).ToArray());
        Assert.True(NameGazetteer.IsCommonWord("Will") && NameGazetteer.IsCommonWord("hunter") && !NameGazetteer.IsCommonWord("Ali"));
    }

    [Fact]
    public void A_forename_that_is_a_common_word_is_marked_unless_it_was_always_a_plain_name()
    {
        // The original list keeps a few names that are words but far more often names when capitalised.
        string[] plainByDesign = ["Carol", "Jack", "Mason", "Jay", "Nick", "Ray", "Sue"];
        var unmarked = ShippedForenames()
            .Where(n => !n.EndsWith('*') && NameGazetteer.IsCommonWord(n) && !plainByDesign.Contains(n, StringComparer.Ordinal))
            .ToList();
        Assert.Empty(unmarked);
    }

    [Fact]
    public void No_surname_or_plain_forename_is_a_not_name()
    {
        var notNames = NameGazetteer.Names(NameGazetteer.ReadResource("not-names.txt")).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.Equal([], ShippedSurnames().Where(notNames.Contains).ToArray());

        // A marked forename (May, June, April, Summer) may also be a not-name: it only counts next to a surname or a cue.
        Assert.Equal([], ShippedForenames().Where(n => !n.EndsWith('*') && notNames.Contains(n)).ToArray());
    }

    [Fact]
    public void Shipped_lists_are_within_the_size_budget()
    {
        var bytes = typeof(NameGazetteer).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("PeerChallenge.Domain.Privacy.Data.", StringComparison.Ordinal))
            .Sum(n => typeof(NameGazetteer).Assembly.GetManifestResourceStream(n)!.Length);
        Assert.InRange(bytes, 1, 300 * 1024);
    }

    private static bool IsForename(string name) => Gazetteer.IsForename(name);

    private static bool IsSurname(string name) => Gazetteer.IsSurname(name);

    private static IEnumerable<string> ShippedForenames() => NameGazetteer.Names(NameGazetteer.ReadResources("forenames"));

    private static IEnumerable<string> ShippedSurnames() => NameGazetteer.Names(NameGazetteer.ReadResources("surnames"));

    private static double Share(IEnumerable<string> names, Func<string, bool> known, out List<string> missing)
    {
        var all = names.ToList();
        missing = [.. all.Where(n => !known(n))];
        return all.Count == 0 ? 1 : (all.Count - missing.Count) / (double)all.Count;
    }

    private static bool AllParts(string name, Func<string, bool> known) =>
        name.Split('-').All(p => known(p));

    private static bool LastPart(string name, Func<string, bool> known) =>
        known(name) || known(name.Split(' ', '-')[^1]);
}
