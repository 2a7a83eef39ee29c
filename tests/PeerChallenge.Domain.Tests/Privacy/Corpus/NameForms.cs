using PeerChallenge.Domain.Privacy;

namespace PeerChallenge.Domain.Tests.Privacy.Corpus;

/// <summary>
/// People's names in the forms real case notes write them, each with a label of its form, drawn from the corpus's
/// own name lists (<see cref="CorpusNames"/>), not from the lists the scanner ships, and one name in four made up
/// from syllables so that it is in no list at all: those measure what context alone finds.
/// </summary>
internal sealed class NameForms(Random random)
{
    private static readonly string[] Particles = ["al-", "el-", "Al-", "El-", "de ", "da ", "van der ", "van ", "bin ", "ul-", "Abu ", "di ", "dos "];

    private static readonly string[] ParticleStems = ["Hassan", "Sayed", "Souza", "Merwe", "Omar", "Haq", "Bakr", "Silva", "Berg", "Amin", "Tamimi", "Masri", "Santos"];

    private static readonly string[] DoubleBarrelled = ["Smith-Okafor", "Ahmed-Khan", "Lakatos-Balog", "Hepworth-Jones", "Warsame-Farah", "Okafor-Williams", "Hussain-Begum"];

    private static readonly string[] Onsets = ["b", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "sh", "ch", "kw", "dr", "br", "th"];

    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "ai", "ei", "ou", "ia", "oa"];

    private static readonly string[] Codas = ["", "", "", "n", "r", "l", "m", "s", "t", "sh", "k", "z"];

    internal string Forename() => random.Next(4) == 0 ? MadeUpName() : Pick(CorpusNames.AllForenames);

    internal string Surname() => random.Next(4) == 0 ? MadeUpName() : Pick(CorpusNames.AllSurnames);

    /// <summary>A name made of two or three syllables that no list holds: not a listed name, an English word or a non-name.</summary>
    internal string MadeUpName()
    {
        while (true)
        {
            var syllables = random.Next(2, 4);
            var name = string.Concat(Enumerable.Range(0, syllables).Select(k => Pick(Onsets) + Pick(Vowels) + (k == syllables - 1 ? Pick(Codas) : string.Empty)));
            name = char.ToUpperInvariant(name[0]) + name[1..];
            if (!NameGazetteer.Default.IsForename(name) && !NameGazetteer.Default.IsSurname(name) && !NameGazetteer.IsCommonWord(name))
            {
                return name;
            }
        }
    }

    /// <summary>A full name in one of the written forms, and the form's label.</summary>
    internal (string Name, string Form) FullName()
    {
        var forename = Forename();
        var surname = Surname();
        return random.Next(11) switch
        {
            0 => ($"{forename.ToUpperInvariant()} {surname.ToUpperInvariant()}", "capitals"),
            1 => ($"{forename} {surname.ToUpperInvariant()}", "Forename SURNAME"),
            2 => ($"{surname.ToUpperInvariant()}, {forename}", "SURNAME, Forename"),
            3 => ($"{forename.ToLowerInvariant()} {surname.ToLowerInvariant()}", "lower case"),
            4 => ($"{forename[0]}. {surname}", "initial and surname"),
            5 => ($"{forename[0]} {surname}", "initial and surname"),
            6 => ($"{Pick(CorpusNames.HyphenatedForenames)} {surname}", "hyphenated forename"),
            7 => ($"{forename} {(random.Next(2) == 0 ? Pick(Particles) + Pick(ParticleStems) : Pick(CorpusNames.CompoundSurnames))}", "particled surname"),
            8 => ($"{forename} {Pick(DoubleBarrelled)}", "compound surname"),
            _ => ($"{forename} {surname}", "Forename Surname"),
        };
    }

    /// <summary>Initials on their own: dotted (J.S.) or not (JS).</summary>
    internal (string Name, string Form) Initials()
    {
        var a = (char)('A' + random.Next(26));
        var b = (char)('A' + random.Next(26));
        return random.Next(2) == 0 ? ($"{a}.{b}.", "initials, dotted") : ($"{a}{b}", "initials, undotted");
    }

    internal string Nickname() => Pick(CorpusNames.ShortForms).Short;

    internal string WordLikeForename() => Pick(CorpusNames.WordLikeForenames);

    internal T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
