using static PeerChallenge.Domain.Privacy.TextScan;

namespace PeerChallenge.Domain.Privacy.Recognisers;

/// <summary>The context that makes an unknown word a person's name: a predicate after it, a list of names it is in.</summary>
internal sealed partial class PersonNameRecogniser
{
    private static readonly WordSet Auxiliaries = new(
    [
        "is", "was", "has", "had", "will", "would", "can", "could", "should", "might", "does", "did", "isn't", "wasn't",
        "doesn't", "didn't", "hasn't", "won't", "can't", "seems", "seemed", "appears", "appeared", "wants", "wanted",
    ]);

    private static readonly WordSet BeVerbs = new(["is", "was", "has", "had", "seems", "seemed", "appears", "appeared", "became", "becomes", "felt", "feels", "looked", "looks"]);

    /// <summary>
    /// An ordinary English word (<see cref="NameGazetteer.IsCommonWord"/>), written as English writes it: a word with a
    /// diacritic (Ján, Zoë) is a name's spelling, not the English word its letters fold to.
    /// </summary>
    private static bool IsEnglishWord(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c > '\u007f' && char.IsLetter(c))
            {
                return false;
            }
        }

        return NameGazetteer.IsCommonWord(word);
    }

    /// <summary>A forename in the gazetteer, as it is or as the parts of a hyphenated name (Lily-Mae, Mohammed-Ali).</summary>
    private bool IsForenameWord(ReadOnlySpan<char> word)
    {
        if (_gazetteer.IsForename(word))
        {
            return true;
        }

        var hyphen = word.IndexOf('-');
        return hyphen > 1 && _gazetteer.IsForename(word[..hyphen]) && word.Length - hyphen > 2
            && (_gazetteer.IsForename(word[(hyphen + 1)..]) || char.IsUpper(word[hyphen + 1]));
    }

    /// <summary>A surname in the gazetteer, as it is or as any part of a double-barrelled or particled one (Ahmed-Khan, al-Hassan).</summary>
    private bool IsSurnameWord(ReadOnlySpan<char> word)
    {
        if (_gazetteer.IsSurname(word))
        {
            return true;
        }

        var hyphen = word.IndexOf('-');
        return hyphen > 0 && hyphen < word.Length - 1 && (IsSurnameWord(word[..hyphen]) || IsSurnameWord(word[(hyphen + 1)..]));
    }

    /// <summary>"Tegan was seen", "Dawit attends", "Kacper said": what follows a word that makes it a person.</summary>
    private static bool FollowedByPersonPredicate(ReadOnlySpan<char> text, int end)
    {
        if (!TryNextWord(text, end, string.Empty, out var s, out var e) || !IsLower(text[s]))
        {
            return false;
        }

        var next = text[s..e];
        if (SpeechVerbs.Contains(next) || PersonVerbs.Contains(next))
        {
            return true;
        }

        if (!BeVerbs.Contains(next) || !TryNextWord(text, e, string.Empty, out var s2, out var e2))
        {
            return false;
        }

        var predicate = text[s2..e2];
        if (predicate is "not" or "also" or "still" or "now" or "very" or "been" && TryNextWord(text, e2, string.Empty, out var s3, out var e3))
        {
            predicate = text[s3..e3];
        }

        return PersonPredicates.Contains(predicate);
    }

    /// <summary>At the start of a sentence or a clause ("... and Dawit said").</summary>
    private static bool IsSentenceStartOrAnd(ReadOnlySpan<char> text, int position) =>
        IsSentenceStart(text, position)
        || (TryPreviousWord(text, position, ",", out var s, out var e) && text[s..e] is "and" or "but" or "so" or "then" or "when" or "because" or "while");

    /// <summary>
    /// In a list of names: "Bartek, Dawid and Kacper", "Amina (7), Yusuf (4)", after a family word ("her brothers")
    /// or a label ("Attendees: ... ; ..."), or next to a listed forename.
    /// </summary>
    private bool InListOfNames(ReadOnlySpan<char> text, int position)
    {
        var i = position;
        for (var items = 0; items < 5; items++)
        {
            // The separator before this item: ", ", " and ", " & ", "; ".
            var j = i - 1;
            while (j >= 0 && text[j] == ' ')
            {
                j--;
            }

            if (j < 0)
            {
                return false;
            }

            int itemEnd;
            if (text[j] is ',' or ';')
            {
                itemEnd = j;
            }
            else if (j >= 2 && text[(j - 2)..(j + 1)] is "and" && (j < 3 || text[j - 3] == ' '))
            {
                itemEnd = j - 3;
            }
            else if (text[j] == '&')
            {
                itemEnd = j;
            }
            else
            {
                return items > 0 && PreviousWordIsFamilyOrLabel(text, i);
            }

            // Skip an age in brackets: "Amina (7), Yusuf (4)".
            var k = itemEnd - 1;
            while (k >= 0 && text[k] == ' ')
            {
                k--;
            }

            if (k >= 0 && text[k] == ')')
            {
                var open = text[..k].LastIndexOf('(');
                if (open < 0 || k - open > 12)
                {
                    return false;
                }

                k = open - 1;
                while (k >= 0 && text[k] == ' ')
                {
                    k--;
                }
            }

            if (k < 0 || !char.IsLetter(text[k]))
            {
                return false;
            }

            var wordStart = k;
            while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] is '-' or '\'' or '’'))
            {
                wordStart--;
            }

            // The item's words, last first: "Kayla Leung", "KIAN HEPWORTH", "Dominik al-Hassan", "SMITH, Jane".
            for (var words = 0; ; words++)
            {
                var word = text[wordStart..(k + 1)];
                var particle = words > 0 && Particles.Contains(word);
                if (!particle && (!char.IsUpper(word[0]) || IsNotName(word) || (IsAcronym(word) && !LooksLikeNameInCapitals(word))))
                {
                    return false;
                }

                if (IsForenameWord(word) && !_gazetteer.IsAmbiguousForename(word))
                {
                    return true;
                }

                if (words >= 3 || wordStart < 2 || text[wordStart - 1] != ' ' || !char.IsLetter(text[wordStart - 2]))
                {
                    break;
                }

                // The word before belongs to this item only when it is capitalised or a particle.
                var previousEnd = wordStart - 2;
                var previousStart = previousEnd;
                while (previousStart > 0 && (char.IsLetter(text[previousStart - 1]) || text[previousStart - 1] is '-' or '\'' or '’'))
                {
                    previousStart--;
                }

                var previous = text[previousStart..(previousEnd + 1)];
                if (!char.IsUpper(previous[0]) && !Particles.Contains(previous))
                {
                    break;
                }

                k = previousEnd;
                wordStart = previousStart;
            }

            i = wordStart;
        }

        return false;
    }

    /// <summary>"X Y (social worker)", "X (IRO)": a role or relation in brackets right after the name.</summary>
    private static bool FollowedByRoleInBrackets(ReadOnlySpan<char> text, int end)
    {
        if (end + 3 >= text.Length || text[end] != ' ' || text[end + 1] != '(')
        {
            return false;
        }

        var close = text[(end + 2)..].IndexOf(')');
        if (close is < 2 or > 40 || !TryNextWord(text, end + 2, string.Empty, out var s, out var e) || s != end + 2)
        {
            return false;
        }

        var word = text[s..e];
        return IsLower(word[0]) ? !AmbiguousBlockers.Contains(word) && !IsDigit(word[^1]) : Acronyms.Contains(word) && word.Length >= 2;
    }

    private static bool PreviousWordIsFamilyOrLabel(ReadOnlySpan<char> text, int start) =>
        TryPreviousWord(text, start, ":", out var s, out var e) && (FamilyWords.Contains(text[s..e]) || Labels.Contains(text[s..e]));
}
