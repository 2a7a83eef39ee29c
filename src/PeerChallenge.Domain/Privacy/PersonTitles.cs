namespace PeerChallenge.Domain.Privacy;

/// <summary>
/// The titles that come before a person's name ("Mrs", "Cllr", "DC"): the name recogniser reads them as a cue, and the
/// pseudonym operator drops them so that "Mr John Smith" and "John Smith" get one token.
/// </summary>
internal static class PersonTitles
{
    /// <summary>The titles, as written (case-sensitive).</summary>
    internal static readonly WordSet Words = new(
    [
        "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Cllr", "Councillor", "Prof", "Professor", "Sir", "Dame", "Lord", "Lady",
        "Rev", "Revd", "Reverend", "Judge", "DC", "DS", "DI", "DCI", "PC", "Sgt", "Sergeant", "Insp",
    ]);
}
