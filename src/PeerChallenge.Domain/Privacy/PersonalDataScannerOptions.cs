namespace PeerChallenge.Domain.Privacy;

/// <summary>
/// How a <see cref="PersonalDataScanner"/> is set up: the council's case reference patterns, which kinds of
/// personal data to look for, the name lists, and the lowest confidence reported.
/// </summary>
/// <remarks>
/// Immutable: make a changed copy with <c>with</c>, for example
/// <c>PersonalDataScannerOptions.Default with { CaseReferencePatterns = [CaseReferencePattern.Parse("CR-######")] }</c>.
/// Equality compares the lists by reference, not by content.
/// </remarks>
public sealed record PersonalDataScannerOptions
{
    /// <summary>
    /// Gets the case-management systems used in England that the scanner knows by default: children's social care
    /// (LCS, Liquidlogic, EHM, Mosaic, CareFirst, Frameworki, ICS, Paris, Eclipse, Protocol, CCM, Azeus, Servelec),
    /// health (SystmOne, EMIS, RiO, Lorenzo, Cerner, Medway, Lilie), education (Capita One, ONE, SIMS, Arbor,
    /// Synergy, CPOMS, MyConcern) and police (Niche, Athena, Storm, PNC, PND).
    /// </summary>
    public static IReadOnlyList<string> DefaultCaseSystemNames { get; } =
    [
        "LCS", "Liquidlogic", "Liquid Logic", "EHM", "Mosaic", "CareFirst", "Frameworki", "ICS", "Paris", "Eclipse",
        "Protocol", "CCM", "Azeus", "Servelec", "SystmOne", "EMIS", "EMIS Web", "RiO", "Lorenzo", "Cerner",
        "Medway", "Lilie", "Capita One", "ONE", "SIMS", "Arbor", "Synergy", "CPOMS", "MyConcern", "Niche", "Athena",
        "Storm", "PNC", "PND",
    ];

    /// <summary>Gets the default options: every kind, no case reference patterns, <see cref="DefaultCaseSystemNames"/>, <see cref="NameGazetteer.Default"/>, minimum confidence 0.</summary>
    public static PersonalDataScannerOptions Default { get; } = new();

    /// <summary>
    /// Gets the shapes of the council's case references. The default is none; identifiers right after "case ref",
    /// "case number", "child ID" and similar cues are found as <see cref="PersonalDataKind.CaseReference"/> anyway.
    /// </summary>
    public IReadOnlyList<CaseReferencePattern> CaseReferencePatterns { get; init; } = [];

    /// <summary>
    /// Gets the kinds of personal data to look for. The default is every kind (<see cref="PersonalDataKind.All"/>),
    /// street addresses included; <see cref="WithoutKinds"/> leaves some out.
    /// </summary>
    public IReadOnlyCollection<PersonalDataKind> EnabledKinds { get; init; } = PersonalDataKind.All;

    /// <summary>
    /// Gets the names of the case-management systems whose record numbers appear in notes: a number of at least four
    /// digits right after one of them (<c>Mosaic 1234567</c>, <c>LCS: 987654</c>, <c>SystmOne no. 12345</c>) is a
    /// <see cref="PersonalDataKind.CaseReference"/>. Matched as whole words, ignoring case; a name may have several words
    /// (<c>Capita One</c>), written with single spaces. The default is <see cref="DefaultCaseSystemNames"/>.
    /// </summary>
    /// <remarks>The scanner's constructor throws <see cref="ArgumentException"/> when a name is null or blank.</remarks>
    public IReadOnlyList<string> CaseSystemNames { get; init; } = DefaultCaseSystemNames;


    /// <summary>Gets the forenames and surnames used to find people's names. The default is <see cref="NameGazetteer.Default"/>.</summary>
    public NameGazetteer Names { get; init; } = NameGazetteer.Default;

    /// <summary>
    /// Gets the lowest confidence a hit must have to be reported, from 0 to 1. The default, 0, reports every hit;
    /// 0.7 leaves out lone forenames (0.6) and cued unknown names (0.65) but keeps full names and identifiers.
    /// </summary>
    public double MinimumConfidence { get; init; }

    /// <summary>
    /// Gets the names the council already knows and wants found wherever they appear: the team, contacts, the
    /// people in a deny file. One name a line, its words separated by spaces (<c>Jane Anne Smith</c>) or as
    /// <c>SURNAME, Forenames</c>; blank lines and lines starting with <c>#</c> are left out. Each is found in any case,
    /// in any order of its words, with initials for some of them (<c>J. Smith</c>), and each word on its own when it is
    /// written with a capital (or, in lower case, is three letters or more and not an ordinary word). Found as
    /// <see cref="PersonalDataKind.Person"/> with confidence 0.95 (two or more words), 0.9 or 0.8 (one word).
    /// A known name is reported even inside an <see cref="AllowedTerms">allowed term</see>.
    /// The default is none.
    /// </summary>
    /// <remarks>The scanner's constructor throws <see cref="ArgumentException"/> when a line is null or has no letters.</remarks>
    public IReadOnlyList<string> KnownNames { get; init; } = [];

    /// <summary>
    /// Gets the council's own terms that are never personal data (its places, services, teams, buildings, a
    /// switchboard number): a hit that lies wholly inside one of them, as whole words and ignoring case, is not
    /// reported, so <c>Grace Academy</c> keeps its <c>Grace</c>. One term a line; blank lines and lines starting with
    /// <c>#</c> are left out. A hit that reaches outside the term is still reported whole. The default is none.
    /// </summary>
    /// <remarks>The scanner's constructor throws <see cref="ArgumentException"/> when a line is null.</remarks>
    public IReadOnlyList<string> AllowedTerms { get; init; } = [];

    /// <summary>
    /// Returns a copy that does not look for <paramref name="kinds"/>, for example
    /// <c>PersonalDataScannerOptions.Default.WithoutKinds(PersonalDataKind.Address)</c> to keep street addresses.
    /// </summary>
    /// <param name="kinds">The kinds to leave out of <see cref="EnabledKinds"/>.</param>
    /// <returns>The changed copy; the other settings are kept.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kinds"/> is null.</exception>
    public PersonalDataScannerOptions WithoutKinds(params PersonalDataKind[] kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        return this with { EnabledKinds = EnabledKinds.Except(kinds).ToArray() };
    }
}
