using static PeerChallenge.Domain.Privacy.TextScan;

namespace PeerChallenge.Domain.Privacy.Recognisers;

/// <summary>
/// Names written in other forms: in capitals (<c>SMITH, Jane</c>, <c>JANE SMITH</c>, <c>Jane SMITH</c>), as initials
/// (<c>J. Smith</c>, <c>J.S.</c>, <c>JS said</c>), with particles (<c>al-Hassan</c>, <c>van der Merwe</c>) and in lower
/// case (<c>sarah jones</c>, <c>mrs khan</c>, <c>saw jayden</c>).
/// </summary>
internal sealed partial class PersonNameRecogniser
{
    private static readonly WordSet Acronyms = new(NameGazetteer.Names(NameGazetteer.ReadResource("acronyms.txt")));

    private static readonly WordSet Particles = new(
    [
        "al", "el", "de", "da", "di", "du", "van", "von", "der", "den", "ter", "la", "le", "bin", "binti", "bint", "ibn",
        "abu", "dos", "das", "del", "della", "ul", "ud", "ur", "ap", "mac", "nic", "ni", "ó", "o",
    ]);

    private static readonly WordSet MonthsAndDays = new(
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Monday",
        "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ]);

    private static readonly WordSet LowerCaseTitles = new(["mr", "mrs", "ms", "mx", "dr", "cllr"]);

    /// <summary>Dotted letters that are abbreviations, not initials.</summary>
    private static readonly WordSet DottedAbbreviations = new(
    [
        "U.K.", "U.S.", "A.M.", "P.M.", "N.B.", "I.E.", "E.G.", "D.O.B.", "P.S.", "R.E.", "C.C.", "Q.C.", "B.A.", "M.A.",
        "B.SC.", "PH.D.", "A.K.A.", "R.I.P.", "E.T.A.", "N.H.S.", "G.P.", "S.W.", "D.V.", "A.S.A.P.", "V.S.", "O.K.",
        "U.K", "U.S", "A.M", "P.M", "N.B", "I.E", "E.G", "D.O.B", "P.S", "D.V", "G.P", "S.W",
    ]);

    /// <summary>
    /// A word in capitals that can be a name: letters only, a vowel or Y in it, not an acronym, heading or non-name
    /// word, and three letters or more unless the gazetteer knows it (NG, LI, WU).
    /// </summary>
    private bool LooksLikeNameInCapitals(ReadOnlySpan<char> word)
    {
        var vowel = false;
        foreach (var c in word)
        {
            if (!char.IsUpper(c) && c is not ('\'' or '’' or '-'))
            {
                return false;
            }

            vowel |= c is 'A' or 'E' or 'I' or 'O' or 'U' or 'Y' || (c > 127 && char.IsLetter(c));
        }

        if (Acronyms.Contains(word) || IsNotName(word) || PersonTitles.Words.Contains(word))
        {
            return false;
        }

        // NG, LI, WU: short surnames, some without a vowel, when the gazetteer knows them.
        return (vowel && word.Length >= 3) || IsForenameWord(word) || IsSurnameWord(word);
    }

    /// <summary>A word in capitals first: <c>SMITH, Jane</c>, <c>JANE SMITH</c>, <c>KHAN Aisha</c>, or initials in a cue (<c>JS said</c>).</summary>
    private bool TryCapitals(ReadOnlySpan<char> text, int position, int firstEnd, out PersonalDataHit hit)
    {
        hit = default;
        var first = text[position..firstEnd];
        if (!LooksLikeNameInCapitals(first)
            && (Acronyms.Contains(first) || PersonTitles.Words.Contains(first)
                || !(IsRecordLayoutWithKnownForename(text, firstEnd) || (IsNotName(first) && first.Length >= 3 && PrecededByPersonCue(text, position) && NextIsNameInCapitals(text, firstEnd)))))
        {
            return TryUndottedInitials(text, position, firstEnd, out hit);
        }

        var known = IsForenameWord(first) || IsSurnameWord(first);

        // The record layout: SURNAME, Forename(s) or SURNAME, J.
        if (firstEnd + 2 < text.Length && text[firstEnd] == ',' && text[firstEnd + 1] == ' ' && char.IsUpper(text[firstEnd + 2]))
        {
            var forenameEnd = NameTokenEnd(text, firstEnd + 2);
            var forename = forenameEnd > 0 ? text[(firstEnd + 2)..forenameEnd] : default;
            var isInitial = forename.Length == 1 && (forenameEnd >= text.Length || text[forenameEnd] is '.' or ' ' or ',' or ';' or ')');
            if (isInitial || (forename.Length >= 2 && !IsAcronym(forename) && !IsNotName(forename) && !PersonTitles.Words.Contains(forename)))
            {
                var end = SurnamesEnd(text, firstEnd + 1, allowInitials: true, out _, out _);
                if (isInitial)
                {
                    end = Math.Max(end, forenameEnd < text.Length && text[forenameEnd] == '.' ? forenameEnd + 1 : forenameEnd);
                }

                hit = new PersonalDataHit(Kind, position, end - position, known || IsForenameWord(forename) ? 0.85 : 0.75);
                return true;
            }
        }

        // Two or three words in capitals (JANE SMITH), or a surname in capitals before a forename (KHAN Aisha).
        var words = 1;
        var last = firstEnd;
        var i = firstEnd;
        while (words < 4 && i + 1 < text.Length && text[i] == ' ' && char.IsUpper(text[i + 1]))
        {
            var wordEnd = NameTokenEnd(text, i + 1);
            if (wordEnd < 0)
            {
                break;
            }

            var word = text[(i + 1)..wordEnd];
            if (IsAcronym(word))
            {
                if (!LooksLikeNameInCapitals(word))
                {
                    break;
                }

                known |= IsForenameWord(word) || IsSurnameWord(word);
            }
            else if (!(words == 1 && IsSurnameWord(first) && IsForenameWord(word)))
            {
                break;
            }

            words++;
            last = wordEnd;
            i = wordEnd;
        }

        // Four or more words in capitals are a heading.
        if (words is 2 or 3 && (known || HasCue(text, position, last) || text[last..].StartsWith(" (") || InListOfNames(text, position)))
        {
            hit = new PersonalDataHit(Kind, position, last - position, known ? 0.8 : 0.65);
            return true;
        }

        // A known name in capitals on its own, in a cue: "SMITH said", "spoke to KHAN".
        if (words == 1 && known && HasCue(text, position, firstEnd))
        {
            hit = new PersonalDataHit(Kind, position, firstEnd - position, 0.7);
            return true;
        }

        return false;
    }

    /// <summary>A space and a word in capitals that can be a name: the NWOSU of "BEVERLEY NWOSU".</summary>
    private bool NextIsNameInCapitals(ReadOnlySpan<char> text, int end)
    {
        if (end + 2 >= text.Length || text[end] != ' ' || !char.IsUpper(text[end + 1]))
        {
            return false;
        }

        var wordEnd = NameTokenEnd(text, end + 1);
        return wordEnd > end + 2 && IsAcronym(text[(end + 1)..wordEnd]) && LooksLikeNameInCapitals(text[(end + 1)..wordEnd]);
    }

    /// <summary>"HOVE, Emeka": a word in capitals (even a place) before a comma and a listed forename is a surname.</summary>
    private bool IsRecordLayoutWithKnownForename(ReadOnlySpan<char> text, int firstEnd)
    {
        if (firstEnd + 3 >= text.Length || text[firstEnd] != ',' || text[firstEnd + 1] != ' ' || !char.IsUpper(text[firstEnd + 2]))
        {
            return false;
        }

        var end = NameTokenEnd(text, firstEnd + 2);
        return end > firstEnd + 3 && !IsAcronym(text[(firstEnd + 2)..end]) && IsForenameWord(text[(firstEnd + 2)..end])
            && !_gazetteer.IsAmbiguousForename(text[(firstEnd + 2)..end]);
    }

    /// <summary>Two or three capitals that are not an acronym, in a person cue: "JS said", "spoke to KS", "mum (TW)".</summary>
    private bool TryUndottedInitials(ReadOnlySpan<char> text, int position, int end, out PersonalDataHit hit)
    {
        hit = default;
        var word = text[position..end];
        if (word.Length is < 2 or > 3 || Acronyms.Contains(word) || PersonTitles.Words.Contains(word) || IsNotName(word))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!IsUpper(c))
            {
                return false;
            }
        }

        if (!HasCue(text, position, end) && !(position > 0 && text[position - 1] == '(' && end < text.Length && text[end] == ')' && PreviousWordIs(text, position - 1, FamilyWords)))
        {
            return false;
        }

        hit = new PersonalDataHit(Kind, position, end - position, 0.65);
        return true;
    }

    /// <summary>An initial first: <c>J. Smith</c>, <c>J A Smith</c>, or dotted initials alone (<c>J.S.</c>).</summary>
    private bool TryInitials(ReadOnlySpan<char> text, int position, out PersonalDataHit hit)
    {
        hit = default;

        // Inside dotted letters already read (the O.B. of D.O.B.).
        if (position >= 2 && text[position - 1] == '.' && char.IsLetter(text[position - 2]))
        {
            return false;
        }

        var i = position;
        var letters = 0;
        var dotted = false;
        while (i < text.Length && char.IsUpper(text[i]) && letters < 4)
        {
            letters++;
            i++;
            if (i < text.Length && text[i] == '.')
            {
                dotted = true;
                i++;
            }

            // J.S. has no space between initials; J A Smith has.
            if (i + 1 < text.Length && char.IsUpper(text[i]) && (text[i + 1] == '.' || (i + 1 < text.Length && !char.IsLetter(text[i + 1]))) && dotted)
            {
                continue;
            }

            if (i + 2 < text.Length && text[i] == ' ' && char.IsUpper(text[i + 1]) && (text[i + 2] is '.' or ' '))
            {
                i++;
                continue;
            }

            break;
        }

        if (i < text.Length && char.IsLetterOrDigit(text[i]))
        {
            return false;
        }

        // D.O.B., U.K., P.M.: abbreviations, never initials.
        var initials = text[position..i];
        if (DottedAbbreviations.Contains(initials.TrimEnd(' ')))
        {
            return false;
        }

        // Initials before a surname.
        if (i + 1 < text.Length && text[i] == ' ' && char.IsUpper(text[i + 1]))
        {
            var surnameEnd = NameTokenEnd(text, i + 1);
            var surname = surnameEnd > 0 ? text[(i + 1)..surnameEnd] : default;
            var knownSurname = surname.Length >= 2 && IsSurnameWord(surname);
            var plausible = surname.Length >= 2 && (!IsNotName(surname) || (dotted && !PlaceWords.Contains(surname) && !MonthsAndDays.Contains(surname)))
                && !PersonTitles.Words.Contains(surname)
                && (!IsAcronym(surname) || LooksLikeNameInCapitals(surname));
            var pronounOrArticle = letters == 1 && !dotted && text[position] is 'A' or 'I';
            var end = SurnamesEnd(text, i, allowInitials: false, out _, out _, placeSurname: dotted);
            if (knownSurname || (plausible && (!pronounOrArticle || HasCue(text, position, end))))
            {
                if (!NextWordIs(text, end, PlaceWords, capitalised: true))
                {
                    hit = new PersonalDataHit(Kind, position, end - position, knownSurname ? 0.8 : 0.7);
                    return true;
                }
            }
        }

        // Dotted initials on their own: "J.S. said", "spoke to K.M.".
        if (dotted && letters is 2 or 3 && initials.IndexOf(' ') < 0)
        {
            hit = new PersonalDataHit(Kind, position, i - position, 0.7);
            return true;
        }

        return false;
    }

    /// <summary>
    /// The end of a particled surname at <paramref name="start"/> (a lower-case particle: <c>al-Hassan</c>,
    /// <c>de Souza</c>, <c>van der Merwe</c>, <c>bin Omar</c>); -1 when there is none.
    /// </summary>
    private static int ParticledSurnameEnd(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        for (var particles = 0; particles < 2; particles++)
        {
            var wordEnd = LettersEnd(text, i);
            if (wordEnd == i || !Particles.Contains(text[i..wordEnd]) || wordEnd + 1 >= text.Length)
            {
                return -1;
            }

            if (text[wordEnd] is '-' or '\'' or '’' && char.IsLetter(text[wordEnd + 1]))
            {
                var end = NameTokenEnd(text, wordEnd + 1);
                return end > wordEnd + 2 ? end : -1;
            }

            if (text[wordEnd] != ' ')
            {
                return -1;
            }

            if (char.IsUpper(text[wordEnd + 1]))
            {
                var end = NameTokenEnd(text, wordEnd + 1);
                return end > wordEnd + 2 && !IsNotName(text[(wordEnd + 1)..end]) ? end : -1;
            }

            i = wordEnd + 1;
        }

        return -1;
    }

    /// <summary>
    /// A name in lower case: a title and a word (<c>mrs khan</c>), a listed forename and surname
    /// (<c>sarah jones</c>), or a listed forename in a cue (<c>saw jayden at school</c>, <c>jayden said</c>).
    /// </summary>
    private bool TryLowerCase(ReadOnlySpan<char> text, int position, out PersonalDataHit hit)
    {
        hit = default;
        var end = NameWordEnd(text, position);
        if (end - position < 2 || (end < text.Length && char.IsDigit(text[end])) || IsPartOfAddressOrFileName(text, end))
        {
            return false;
        }

        var word = text[position..end];
        if (word.Length <= 4 && LowerCaseTitles.Contains(word))
        {
            var after = end < text.Length && text[end] == '.' ? end + 1 : end;
            if (after + 1 < text.Length && text[after] == ' ' && char.IsLetter(text[after + 1]))
            {
                var nameEnd = NameWordEnd(text, after + 1);
                var name = text[(after + 1)..nameEnd];
                if (name.Length >= 2 && !IsCommonLowerWord(name) && (nameEnd >= text.Length || !char.IsDigit(text[nameEnd])))
                {
                    if (nameEnd + 1 < text.Length && text[nameEnd] == ' ' && IsForenameWord(name))
                    {
                        var surnameEnd = NameWordEnd(text, nameEnd + 1);
                        if (surnameEnd > nameEnd + 2 && IsSurnameWord(text[(nameEnd + 1)..surnameEnd]))
                        {
                            nameEnd = surnameEnd;
                        }
                    }

                    hit = new PersonalDataHit(Kind, position, nameEnd - position, 0.85);
                    return true;
                }
            }

            return false;
        }

        if (!IsForenameWord(word))
        {
            // An unknown word before a listed surname, neither an English word: "shingai othman", "geipiak szalai".
            if (word.Length >= 3 && end + 3 < text.Length && text[end] == ' ' && char.IsLower(text[end + 1]))
            {
                var surnameEnd = NameWordEnd(text, end + 1);
                var surname = text[(end + 1)..surnameEnd];
                if (surname.Length >= 2 && IsSurnameWord(surname) && !IsCommonLowerWord(surname) && !IsCommonLowerWord(word)
                    && !LooksLikeLowerCaseEnglish(word) && !IsPartOfAddressOrFileName(text, surnameEnd))
                {
                    hit = new PersonalDataHit(Kind, position, surnameEnd - position, 0.6);
                    return true;
                }
            }

            // An unknown word in lower case is a name only in a cue, and only when it is not shaped like an English
            // word: "saw tanvir at school", "rokeya said", not "saw bruising", "lives with grandparents".
            // The cue first: most words have none, and it is cheaper than the word lists.
            if (word.Length >= 3 && HasWordCue(text, position, end) && !FollowedByNumber(text, end) && !LooksLikeLowerCaseEnglish(word) && !IsCommonLowerWord(word))
            {
                hit = new PersonalDataHit(Kind, position, end - position, 0.5);
                return true;
            }

            return false;
        }

        if (_gazetteer.IsAmbiguousForename(word) || IsCommonLowerWord(word))
        {
            return false;
        }

        if (end + 1 < text.Length && text[end] == ' ')
        {
            // "sarah jones", and "sunita căldăraru": a listed forename before a word that is not English.
            var surnameEnd = NameWordEnd(text, end + 1);
            var surname = text[(end + 1)..surnameEnd];
            if (surname.Length >= 2 && !IsCommonLowerWord(surname)
                && (IsSurnameWord(surname) || (surname.Length >= 3 && !LooksLikeLowerCaseEnglish(surname))))
            {
                hit = new PersonalDataHit(Kind, position, surnameEnd - position, IsSurnameWord(surname) ? 0.8 : 0.65);
                return true;
            }
        }

        if (HasCue(text, position, end) || FollowedByPersonPredicate(text, end))
        {
            hit = new PersonalDataHit(Kind, position, end - position, 0.6);
            return true;
        }

        return false;
    }

    /// <summary>
    /// The cues in words only, for a word in lower case: a speech verb after it ("rokeya said"), or before it a verb
    /// that takes a person ("saw tanvir"), a relation ("mum shazia"), or a verb and a preposition ("stays with").
    /// </summary>
    private static bool HasWordCue(ReadOnlySpan<char> text, int start, int end)
    {
        var hasPrevious = TryPreviousWord(text, start, string.Empty, out var ps, out var pe);

        // "rokeya said", "then rokeya said", not "the scope agreed".
        if (NextWordIs(text, end, SpeechVerbs, capitalised: false)
            && (!hasPrevious || text[ps..pe] is "and" or "then" or "but" or "so" or "when" or "because" || IsSentenceStart(text, start) || text[..start].TrimEnd().EndsWith(",")))
        {
            return true;
        }

        if (!hasPrevious)
        {
            return false;
        }

        var previous = text[ps..pe];
        if (DirectCueVerbs.Contains(previous) || FamilyWords.Contains(previous))
        {
            return true;
        }

        return IsCuePreposition(previous) && VerbBefore(text, ps);
    }

    /// <summary>"gov.uk", "notes.txt", "sarah_jones": a word joined to the next by a dot, an underscore or an @ is part of something else.</summary>
    private static bool IsPartOfAddressOrFileName(ReadOnlySpan<char> text, int end) =>
        end + 1 < text.Length && text[end] is '.' or '_' or '@' && char.IsLetterOrDigit(text[end + 1]);

    /// <summary>A number next after the word ("aged 16-17", "week 3"): the word is a label, not a name.</summary>
    private static bool FollowedByNumber(ReadOnlySpan<char> text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] is ' ' or ',' or '(' or ':')
        {
            i++;
        }

        return i < text.Length && IsDigit(text[i]);
    }

    /// <summary>Endings of English words that names rarely have: plurals, -ing, -ed, -ly, -tion, -ment, -ness, -ful, -less, -ise, -ize, -able.</summary>
    private static bool LooksLikeLowerCaseEnglish(ReadOnlySpan<char> word)
    {
        if (LooksLikeNoun(word) || word.IndexOfAny('\'', '’') >= 0)
        {
            return true;
        }

        foreach (var ending in (ReadOnlySpan<string>)["ing", "ed", "ly", "ful", "less", "ise", "ize", "able", "ible", "ous", "est", "er", "ers", "ism", "ist"])
        {
            if (word.EndsWith(ending, StringComparison.Ordinal) && word.Length > ending.Length + 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An ordinary English word in lower case, never taken for a name alone: a non-name word, a cue or verb of this recogniser.</summary>
    private bool IsCommonLowerWord(ReadOnlySpan<char> word) =>
        IsEnglishWord(word) || IsNotName(word) || SpeechVerbs.Contains(word) || PersonVerbs.Contains(word) || FamilyWords.Contains(word) || Particles.Contains(word)
        || AmbiguousBlockers.Contains(word) || Labels.Contains(word) || Auxiliaries.Contains(word) || _gazetteer.IsAmbiguousForename(word);
}
