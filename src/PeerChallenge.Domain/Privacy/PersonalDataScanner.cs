using System.Buffers;
using PeerChallenge.Domain.Privacy.Recognisers;
using static PeerChallenge.Domain.Privacy.TextScan;

namespace PeerChallenge.Domain.Privacy;

/// <summary>
/// Finds personal data in English free text written in the UK: email addresses, telephone numbers, NHS numbers,
/// National Insurance numbers, Unique Pupil Numbers, postcodes, dates of birth and ages, case references and
/// people's names (see <see cref="PersonalDataKind"/> for what each kind covers).
/// </summary>
/// <remarks>
/// <para>
/// One pass over the text: the scanner jumps (with a vectorised search) to the characters where personal data can
/// start (digits, capital letters, <c>@</c>, <c>+</c>, <c>(</c>, <c>[</c>) and runs the recognisers for that character
/// there; a second vectorised search, in step with the first, finds the lower-case " at " of written-out email addresses.
/// Overlapping hits are resolved deterministically into one hit over their joint span, so that no part of any of
/// them is left behind: its kind is that of the longer hit, then the more confident one, then the kind declared
/// first in <see cref="PersonalDataKind.All"/>. Hits never span a line break.
/// </para>
/// <para>Immutable and safe to share between threads. Make one per configuration and reuse it.</para>
/// </remarks>
public sealed class PersonalDataScanner
{
    /// <summary>Where personal data can start: digits, capital letters (accented ones too), @, +, ( and [.</summary>
    private const string CandidateCharacters =
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ@+(["
        + "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽƁƂƄƆƇƉƊƋƎƏƐƑƓƔƖƗƘƜƝƟƠƢƤƦƧƩƬƮƯƱƲƳƵƷƸƼǄǇǊǍǏǑǓǕǗǙǛǞǠǢǤǦǨǪǬǮǱǴǶǷǸǺǼǾȀȂȄ"
        + "ȆȈȊȌȎȐȒȔȖȘȚȜȞȠȢȤȦȨȪȬȮȰȲȺȻȽȾɁɃɄɅɆɈɊɌɎḀḂḄḆḈḊḌḎḐḒḔḖḘḚḜḞḠḢḤḦḨḪḬḮḰḲḴḶḸḺḼḾṀṂṄṆṈṊṌṎṐṒṔṖṘṚṜṞṠṢṤṦṨṪṬṮṰṲṴṶṸṺṼṾẀẂẄẆẈẊẌẎẐẒẔẞẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸỺỼỾ";

    private static readonly SearchValues<char> Candidates = SearchValues.Create(CandidateCharacters);

    private readonly IRecogniser[] _atDigit;
    private readonly IRecogniser[] _atLetterBeforeDigit;
    private readonly IRecogniser[] _atCapital;
    private readonly IRecogniser[] _atOtherCapital;
    /// <summary>The candidates and every lower-case letter, for names written in lower case.</summary>
    private static readonly SearchValues<char> CandidatesAndLowerCase = SearchValues.Create(CandidateCharacters + CandidateCharacters.ToLowerInvariant());

    private readonly IRecogniser[] _atSign;
    private readonly IRecogniser[] _atPlusOrBracket;
    private readonly IRecogniser[] _atLower;
    private readonly IRecogniser[] _atBareAt;
    private readonly SearchValues<char> _candidates;
    private readonly KnownNameRecogniser? _knownNames;
    private readonly AllowedTerms? _allowed;

    /// <summary>Initializes a new instance of the <see cref="PersonalDataScanner"/> class.</summary>
    /// <param name="options">The options; see <see cref="PersonalDataScannerOptions"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or one of its lists is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="PersonalDataScannerOptions.MinimumConfidence"/> is not between 0 and 1.</exception>
    /// <exception cref="ArgumentException">A line of <see cref="PersonalDataScannerOptions.KnownNames"/> is null or has no letters, or one of <see cref="PersonalDataScannerOptions.AllowedTerms"/> is null.</exception>
    public PersonalDataScanner(PersonalDataScannerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.CaseReferencePatterns, nameof(options.CaseReferencePatterns));
        ArgumentNullException.ThrowIfNull(options.EnabledKinds, nameof(options.EnabledKinds));
        ArgumentNullException.ThrowIfNull(options.Names, nameof(options.Names));
        ArgumentNullException.ThrowIfNull(options.KnownNames, nameof(options.KnownNames));
        ArgumentNullException.ThrowIfNull(options.AllowedTerms, nameof(options.AllowedTerms));
        ArgumentNullException.ThrowIfNull(options.CaseSystemNames, nameof(options.CaseSystemNames));
        if (options.CaseSystemNames.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Every case-system name must have a letter or digit; one is null or blank.", nameof(options));
        }

        if (options.MinimumConfidence is < 0 or > 1 || double.IsNaN(options.MinimumConfidence))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MinimumConfidence, "MinimumConfidence must be between 0 and 1.");
        }

        Options = options;
        var enabled = new HashSet<PersonalDataKind>(options.EnabledKinds);
        var caseReferences = new CaseReferenceRecogniser(options.CaseReferencePatterns, options.CaseSystemNames);
        var names = new PersonNameRecogniser(options.Names);
        _knownNames = enabled.Contains(PersonalDataKind.Person) ? KnownNameRecogniser.Create(options.KnownNames, options.Names) : null;
        _allowed = AllowedTerms.Create(options.AllowedTerms);

        IRecogniser[] Enabled(params IRecogniser?[] recognisers) => recognisers.OfType<IRecogniser>().Where(r => enabled.Contains(r.Kind)).ToArray();

        // Identifiers that start with letters (NI numbers, UPNs, postcodes, most case references) have a digit within
        // their first five characters, so they are only tried there; a council's mask may not, so it is tried everywhere.
        var masks = options.CaseReferencePatterns.Count > 0;
        _atDigit = Enabled(PhoneRecogniser.Instance, NhsNumberRecogniser.Instance, DateOfBirthRecogniser.Instance, caseReferences, AddressRecogniser.Instance);
        _atLetterBeforeDigit = masks
            ? Enabled(NiNumberRecogniser.Instance, UpnRecogniser.Instance, PostcodeRecogniser.Instance)
            : Enabled(NiNumberRecogniser.Instance, UpnRecogniser.Instance, PostcodeRecogniser.Instance, caseReferences);
        _atCapital = masks
            ? Enabled(DateOfBirthRecogniser.Instance, caseReferences, names, _knownNames, WrittenEmailRecogniser.Instance)
            : Enabled(DateOfBirthRecogniser.Instance, names, _knownNames, WrittenEmailRecogniser.Instance);
        _atOtherCapital = Enabled(names, _knownNames);
        _atSign = Enabled(EmailRecogniser.Instance);
        _atPlusOrBracket = Enabled(PhoneRecogniser.Instance, WrittenEmailRecogniser.Instance);
        _atBareAt = Enabled(WrittenEmailRecogniser.Instance);
        _atLower = Enabled(names, _knownNames);
        _candidates = _atLower.Length > 0 ? CandidatesAndLowerCase : Candidates;
    }

    /// <summary>Gets a scanner with <see cref="PersonalDataScannerOptions.Default"/>.</summary>
    public static PersonalDataScanner Default { get; } = new(PersonalDataScannerOptions.Default);

    /// <summary>Gets the options this scanner was made with.</summary>
    public PersonalDataScannerOptions Options { get; }

    /// <summary>Finds the personal data in <paramref name="text"/>.</summary>
    /// <param name="text">The text (a string converts implicitly; null is treated as empty).</param>
    /// <returns>The hits, in order of position, none overlapping another; empty when there is none.</returns>
    public IReadOnlyList<PersonalDataHit> Scan(ReadOnlySpan<char> text)
    {
        var hits = new HitBuffer(16);
        try
        {
            ScanInto(text, ref hits);
            return hits.Count == 0 ? [] : hits.Items.ToArray();
        }
        finally
        {
            hits.Dispose();
        }
    }

    /// <summary>Returns whether <paramref name="text"/> contains any personal data.</summary>
    /// <param name="text">The text.</param>
    /// <returns>True when <see cref="Scan"/> would find at least one hit.</returns>
    public bool ContainsPersonalData(ReadOnlySpan<char> text)
    {
        var hits = new HitBuffer(16);
        try
        {
            ScanInto(text, ref hits);
            return hits.Count > 0;
        }
        finally
        {
            hits.Dispose();
        }
    }

    /// <summary>Scans into <paramref name="hits"/>: resolved, ordered by start, filtered by the minimum confidence.</summary>
    internal void ScanInto(ReadOnlySpan<char> text, ref HitBuffer hits)
    {
        var position = 0;

        // A written-out email's " at " has no candidate character: a second vectorised search, kept in step with the
        // first, finds each lower-case " at " once.
        var bareAt = _atBareAt.Length > 0 ? NextBareAt(text, 0) : -1;
        while (position < text.Length)
        {
            var offset = text[position..].IndexOfAny(_candidates);
            var candidate = offset < 0 ? text.Length : position + offset;
            // At or before the next candidate (the "a" of "at" is one when lower-case words are candidates too).
            if (bareAt >= 0 && bareAt <= candidate)
            {
                if (bareAt >= position)
                {
                    position = Math.Max(position, Run(_atBareAt, text, bareAt, ref hits));
                }

                bareAt = NextBareAt(text, Math.Max(bareAt + 1, position));
                continue;
            }

            if (offset < 0)
            {
                break;
            }

            var c = text[candidate];
            if (c == '@')
            {
                position = Math.Max(candidate + 1, Run(_atSign, text, candidate, ref hits));
                continue;
            }

            if (c is '+' or '(' or '[')
            {
                position = Math.Max(candidate + 1, Run(_atPlusOrBracket, text, candidate, ref hits));
                continue;
            }

            // Every other candidate is a letter or digit: work from the start of its word.
            var start = candidate;
            while (start > position && IsWordChar(text[start - 1]))
            {
                start--;
            }

            var wordEnd = WordEnd(text, candidate);
            if (!StartsWord(text, start))
            {
                position = wordEnd;
                continue;
            }

            var first = text[start];
            var end = wordEnd;
            if (IsDigit(first))
            {
                // An identifier written in lower case and in groups (ni ab 12 34 56 c) starts with a word of letters
                // the candidate search skipped: try it from there too.
                if (LowerCasePrefixBefore(text, start, position) is var prefix and >= 0)
                {
                    end = Math.Max(end, Run(_atLetterBeforeDigit, text, prefix, ref hits));
                }

                end = Math.Max(end, Run(_atDigit, text, start, ref hits));
            }
            else if (IsUpper(first) || IsLower(first))
            {
                if (HasDigitNear(text, start))
                {
                    end = Run(_atLetterBeforeDigit, text, start, ref hits);
                }

                if (IsUpper(first))
                {
                    end = Math.Max(end, Run(_atCapital, text, start, ref hits));
                }
                else if (_atLower.Length > 0)
                {
                    end = Math.Max(end, Run(_atLower, text, start, ref hits));
                }
            }
            else if (char.IsUpper(first))
            {
                end = Run(_atOtherCapital, text, start, ref hits);
            }
            else if (_atLower.Length > 0 && char.IsLower(first))
            {
                end = Run(_atLower, text, start, ref hits);
            }

            position = Math.Max(wordEnd, end);
        }

        Resolve(ref hits, Options.MinimumConfidence);
    }

    /// <summary>
    /// The start of a word of one or two lower-case letters just before <paramref name="digits"/>, joined to it by a group
    /// separator (the <c>ab</c> of <c>ab 12 34 56 c</c>, the <c>a</c> of <c>a 1234 ...</c>), not before
    /// <paramref name="scanned"/>; -1 when there is none.
    /// </summary>
    private static int LowerCasePrefixBefore(ReadOnlySpan<char> text, int digits, int scanned)
    {
        for (var separator = 1; separator <= 3; separator++)
        {
            var wordEnd = digits - separator;
            if (wordEnd - 1 < scanned || GroupedIdentifier.SeparatorAt(text, wordEnd) != separator)
            {
                continue;
            }

            var wordStart = wordEnd;
            while (wordStart > scanned && wordEnd - wordStart < 3 && IsLower(text[wordStart - 1]))
            {
                wordStart--;
            }

            return wordEnd - wordStart is 1 or 2 && StartsWord(text, wordStart) ? wordStart : -1;
        }

        return -1;
    }

    /// <summary>The index of the "a" of the next " at " at or after <paramref name="from"/>; -1 when there is none.</summary>
    private static int NextBareAt(ReadOnlySpan<char> text, int from)
    {
        var start = Math.Max(0, from - 1);
        var found = text[start..].IndexOf(" at ", StringComparison.Ordinal);
        return found < 0 ? -1 : start + found + 1;
    }

    private static bool HasDigitNear(ReadOnlySpan<char> text, int start)
    {
        var end = Math.Min(text.Length, start + 6);
        for (var i = start + 1; i < end; i++)
        {
            if (IsDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Runs the recognisers at <paramref name="position"/> and adds their hits, except those inside an allowed term
    /// (a known name is added even there); returns the end of the furthest hit.
    /// </summary>
    private int Run(IRecogniser[] recognisers, ReadOnlySpan<char> text, int position, ref HitBuffer hits)
    {
        var end = position;
        foreach (var recogniser in recognisers)
        {
            if (recogniser.TryRecognise(text, position, out var hit) && hit.Length > 0
                && text.Slice(hit.Start, hit.Length).IndexOfAny('\n', '\r') < 0
                && (_allowed is null || ReferenceEquals(recogniser, _knownNames) || !_allowed.Covers(text, hit.Start, hit.End)))
            {
                hits.Add(hit);
                end = Math.Max(end, hit.End);
            }
        }

        return end;
    }

    /// <summary>Drops hits under the minimum confidence, sorts by start and resolves each group of overlapping hits.</summary>
    private static void Resolve(ref HitBuffer hits, double minimumConfidence)
    {
        var items = hits.Items;
        var kept = 0;
        foreach (var hit in items)
        {
            if (hit.Confidence >= minimumConfidence)
            {
                items[kept++] = hit;
            }
        }

        items = items[..kept];
        items.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));

        var written = 0;
        var i = 0;
        while (i < items.Length)
        {
            // A group: hits chained by overlap.
            var groupEnd = items[i].End;
            var j = i + 1;
            while (j < items.Length && items[j].Start < groupEnd)
            {
                groupEnd = Math.Max(groupEnd, items[j].End);
                j++;
            }

            if (j == i + 1)
            {
                items[written++] = items[i];
            }
            else
            {
                written += ResolveGroup(items[i..j], items[written..]);
            }

            i = j;
        }

        hits.Truncate(written);
    }

    /// <summary>
    /// One group of overlapping hits becomes one hit: the kind and confidence of the strongest (longest, then most
    /// confident, then first kind), over the union of the group's spans, so no part of any hit is left in the text.
    /// </summary>
    private static int ResolveGroup(Span<PersonalDataHit> group, Span<PersonalDataHit> output)
    {
        var best = group[0];
        var start = group[0].Start;
        var end = group[0].End;
        foreach (var hit in group)
        {
            start = Math.Min(start, hit.Start);
            end = Math.Max(end, hit.End);
            if (Outranks(hit, best))
            {
                best = hit;
            }
        }

        output[0] = best with { Start = start, Length = end - start };
        return 1;
    }

    private static bool Outranks(PersonalDataHit a, PersonalDataHit b)
    {
        if (a.Length != b.Length)
        {
            return a.Length > b.Length;
        }

        if (a.Confidence != b.Confidence)
        {
            return a.Confidence > b.Confidence;
        }

        return a.Kind.Value < b.Kind.Value;
    }
}
