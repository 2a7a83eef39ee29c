namespace PeerChallenge.Domain.Tests.Privacy.Corpus;

/// <summary>
/// Interim corpus name lists, written for the tests from general knowledge of a northern English caseload
/// (replaced by the per-community lists when they land).
/// </summary>
internal static class CorpusNames
{
    internal static readonly string[] AllForenames =
    [
        "Zainab", "Hamza", "Ayaan", "Haroon", "Rukhsana", "Shazia", "Imran", "Tahira", "Nasreen", "Junaid", "Sumaiya", "Rafiq",
        "Tanvir", "Shirin", "Rokeya", "Mahfuz", "Nazmul", "Kacper", "Szymon", "Zuzanna", "Wiktoria", "Bartosz", "Agnieszka",
        "Mihai", "Ionela", "Florin", "Andreea", "Marius", "Denisa", "Dominik", "Vanesa", "Radek", "Kristýna", "Lukáš",
        "Abdirahman", "Hodan", "Fartun", "Abdiwali", "Ubah", "Shukri", "Rebaz", "Shilan", "Dilan", "Hevi", "Karwan", "Bahar",
        "Yousef", "Noor", "Layla", "Omar", "Hussein", "Rania", "Chidi", "Ngozi", "Emeka", "Funmilayo", "Tunde", "Kwame",
        "Abena", "Kofi", "Wei", "Xiaoming", "Jing", "Ka-Wai", "Siu", "Mingyu", "Bridget", "Paddy", "Kathleen", "Martin",
        "Shannon", "Jaden", "Kayla", "Brooklyn", "Jayden", "Tia", "Kian", "Harley", "Lacey", "Reece", "Demi", "Alfie",
    ];

    internal static readonly string[] AllSurnames =
    [
        "Hussain", "Akhtar", "Mahmood", "Bibi", "Iqbal", "Chaudhry", "Uddin", "Miah", "Begum", "Chowdhury", "Kowalski",
        "Nowakowski", "Wiśniewska", "Zielinski", "Popescu", "Ionescu", "Dumitru", "Lakatos", "Horváth", "Balog", "Dudi",
        "Warsame", "Abdullahi", "Farah", "Jama", "Hersi", "Mohammadi", "Karimi", "Barzani", "Hamid", "Haddad", "Saleh",
        "Okafor", "Adebayo", "Okonjo", "Mensah", "Boateng", "Asante", "Wang", "Zhang", "Chan", "Leung", "Wong", "McDonagh",
        "Joyce", "Maughan", "Stokes", "Connors", "Sutcliffe", "Hepworth", "Ackroyd", "Oldroyd", "Crossley", "Lister",
    ];

    internal static readonly string[] HyphenatedForenames = ["Mohammed-Ali", "Lily-Mae", "Abdul-Rahman", "Mary-Jane", "Ellie-May", "Tia-Rose", "Nur-Hana", "Jean-Paul"];

    internal static readonly string[] ParticleSurnameStems = ["Hassan", "Sayed", "Souza", "Merwe", "Omar", "Haq", "Bakr", "Silva", "Berg", "Amin"];

    internal static readonly string[] DoubleBarrelledSurnames = ["Smith-Okafor", "Ahmed-Khan", "Lakatos-Balog", "Hepworth-Jones", "Warsame-Farah"];

    internal static readonly string[] Nicknames = ["Mo", "Jay", "Kenzie", "Lexi", "Bex", "Danny", "Shaz", "Gaz", "Kaz", "Tommo", "Abdi", "Moha", "Macca", "Izzy", "Liv"];

    internal static readonly string[] WordLikeForenames = ["Will", "May", "Grace", "Rose", "Hope", "Summer", "Amber", "Jack", "Mark", "Sky", "Ivy", "Faith", "Joy", "Dawn", "Frank", "Blessing", "Precious", "Storm", "River", "Autumn"];
}
