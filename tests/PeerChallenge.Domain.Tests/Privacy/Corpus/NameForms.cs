namespace PeerChallenge.Domain.Tests.Privacy.Corpus;

/// <summary>
/// People's names in the forms real case notes write them, each with a label of its form, drawn from the corpus's
/// own name lists (<see cref="CorpusNames"/>), not from the lists the scanner ships.
/// </summary>
internal sealed class NameForms(Random random)
{
    private static readonly string[] Particles = ["al-", "el-", "Al-", "El-", "de ", "da ", "van der ", "van ", "bin ", "ul-", "Abu ", "di ", "dos "];

    private static readonly string[] ParticleStems = ["Hassan", "Sayed", "Souza", "Merwe", "Omar", "Haq", "Bakr", "Silva", "Berg", "Amin", "Tamimi", "Masri", "Santos"];

    private static readonly string[] DoubleBarrelled = ["Smith-Okafor", "Ahmed-Khan", "Lakatos-Balog", "Hepworth-Jones", "Warsame-Farah", "Okafor-Williams", "Hussain-Begum"];

    internal string Forename() => Pick(CorpusNames.AllForenames);

    internal string Surname() => Pick(CorpusNames.AllSurnames);

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
