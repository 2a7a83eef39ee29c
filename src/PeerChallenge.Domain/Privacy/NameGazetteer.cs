using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Privacy;

/// <summary>
/// The lists of forenames and surnames the <see cref="PersonalDataScanner"/> uses to find people's names.
/// <see cref="Default"/> is the list shipped in the package: about 7,600 forenames and 6,500 surnames of the
/// communities of a northern English council's caseload (English, Irish and Irish Traveller, South Asian,
/// Central and Eastern European and Roma, Somali, Kurdish, Turkish, Arabic, Afghan, Iranian, Eritrean and
/// Ethiopian, West African, Zimbabwean, Caribbean, Chinese, Vietnamese) and common short forms; see
/// <c>docs/privacy.md</c> for where each list comes from and its licence. A council can add the names its own
/// notes use with <see cref="WithForenames"/> and <see cref="WithSurnames"/>.
/// </summary>
/// <remarks>
/// Lists are given as lines: one name a line, <c>#</c> starts a comment line, and a trailing <c>*</c> marks a
/// forename that is also a common word or place (Will, May, Grace): such a name counts only when a surname-like
/// word follows it or a cue such as "said" is next to it. Lookups ignore case and diacritics (<c>Łukasz</c>,
/// <c>LUKASZ</c> and <c>Lukasz</c> are one name; so are <c>Nguyễn</c> and <c>Nguyen</c>). Instances are immutable.
/// </remarks>
public sealed class NameGazetteer
{
    private const string ResourcePrefix = "PeerChallenge.Domain.Privacy.Data.";

    private readonly string[] _forenameLines;
    private readonly string[] _surnameLines;
    private readonly WordSet _forenames;
    private readonly WordSet _ambiguousForenames;
    private readonly WordSet _surnames;

    private NameGazetteer(string[] forenameLines, string[] surnameLines)
    {
        _forenameLines = forenameLines;
        _surnameLines = surnameLines;
        var forenames = Names(forenameLines).ToList();
        _forenames = new WordSet(forenames.Select(n => n.TrimEnd('*')));
        _ambiguousForenames = new WordSet(forenames.Where(n => n.EndsWith('*')).Select(n => n.TrimEnd('*')));
        _surnames = new WordSet(Names(surnameLines).Select(n => n.TrimEnd('*')));
    }

    private static readonly WordSet CommonWords = new(Names(ReadResource("common-words.txt")));

    /// <summary>Gets the gazetteer shipped in the package: every embedded <c>forenames*.txt</c> and <c>surnames*.txt</c> list.</summary>
    public static NameGazetteer Default { get; } = new(ReadResources("forenames"), ReadResources("surnames"));

    /// <summary>Gets the number of distinct forenames.</summary>
    public int ForenameCount => _forenames.Count;

    /// <summary>Gets the number of distinct surnames.</summary>
    public int SurnameCount => _surnames.Count;

    /// <summary>Makes a gazetteer from lists of lines in the format described on <see cref="NameGazetteer"/>.</summary>
    /// <param name="forenameLines">The forenames, one a line; a trailing <c>*</c> marks a forename that is also a common word.</param>
    /// <param name="surnameLines">The surnames, one a line.</param>
    /// <returns>The gazetteer.</returns>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">A name contains white space.</exception>
    public static NameGazetteer Create(IEnumerable<string> forenameLines, IEnumerable<string> surnameLines)
    {
        ArgumentNullException.ThrowIfNull(forenameLines);
        ArgumentNullException.ThrowIfNull(surnameLines);
        var forenames = forenameLines.ToArray();
        var surnames = surnameLines.ToArray();
        foreach (var name in Names(forenames).Concat(Names(surnames)))
        {
            Preconditions.CheckArgument(!name.AsSpan().ContainsAny(" \t"), nameof(forenameLines), $"A name must be one word: '{name}' contains white space.");
        }

        return new NameGazetteer(forenames, surnames);
    }

    /// <summary>Returns a gazetteer with these forenames added to this one's.</summary>
    /// <param name="forenameLines">The forenames to add, in the same line format.</param>
    /// <returns>The new gazetteer; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="forenameLines"/> is null.</exception>
    /// <exception cref="ArgumentException">A name contains white space.</exception>
    public NameGazetteer WithForenames(IEnumerable<string> forenameLines) =>
        Create(_forenameLines.Concat(forenameLines ?? throw new ArgumentNullException(nameof(forenameLines))), _surnameLines);

    /// <summary>Returns a gazetteer with these surnames added to this one's.</summary>
    /// <param name="surnameLines">The surnames to add, one a line.</param>
    /// <returns>The new gazetteer; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="surnameLines"/> is null.</exception>
    /// <exception cref="ArgumentException">A name contains white space.</exception>
    public NameGazetteer WithSurnames(IEnumerable<string> surnameLines) =>
        Create(_forenameLines, _surnameLines.Concat(surnameLines ?? throw new ArgumentNullException(nameof(surnameLines))));

    /// <summary>Returns whether <paramref name="word"/> is a forename in the list (ignoring case).</summary>
    /// <param name="word">The word.</param>
    /// <returns>True for a listed forename, ambiguous or not.</returns>
    public bool IsForename(ReadOnlySpan<char> word) => _forenames.Contains(word);

    /// <summary>Returns whether <paramref name="word"/> is a surname in the list (ignoring case).</summary>
    /// <param name="word">The word.</param>
    /// <returns>True for a listed surname.</returns>
    public bool IsSurname(ReadOnlySpan<char> word) => _surnames.Contains(word);

    /// <summary>Returns whether <paramref name="word"/> is a forename marked as also being a common word (Will, May, Grace).</summary>
    internal bool IsAmbiguousForename(ReadOnlySpan<char> word) => _ambiguousForenames.Contains(word);

    /// <summary>
    /// Returns whether <paramref name="word"/> is a common English word (ignoring case and diacritics), from the
    /// shipped <c>common-words.txt</c>: function words, frequent content words and the ordinary words that are also
    /// names (will, may, grace, hunter, green). A lower-case word in this list is the word, not a name.
    /// </summary>
    internal static bool IsCommonWord(ReadOnlySpan<char> word) => CommonWords.Contains(word);

    /// <summary>Reads every embedded word list whose file name starts with <paramref name="stem"/>, in ordinal order of file name.</summary>
    internal static string[] ReadResources(string stem) =>
        [.. typeof(NameGazetteer).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix + stem, StringComparison.Ordinal) && n.EndsWith(".txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .SelectMany(n => ReadResource(n[ResourcePrefix.Length..]))];

    /// <summary>Reads one of the word lists embedded in the package.</summary>
    internal static string[] ReadResource(string fileName)
    {
        using var stream = typeof(NameGazetteer).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"The embedded word list '{fileName}' is missing from the package.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return [.. lines];
    }

    /// <summary>The names in a list of lines: trimmed, comment and blank lines left out.</summary>
    internal static IEnumerable<string> Names(IEnumerable<string> lines) =>
        lines.Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#');
}
