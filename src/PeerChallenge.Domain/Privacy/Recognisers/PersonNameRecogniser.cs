using static PeerChallenge.Domain.Privacy.TextScan;

namespace PeerChallenge.Domain.Privacy.Recognisers;

/// <summary>
/// People's names, strongest first:
/// a title (Mr, Mrs, Ms, Miss, Mx, Dr, Cllr, Councillor, Prof, Sir, Dame, police ranks...) before capitalised names
/// or initials (<c>Mrs J. Smith</c>, <c>Cllr Ahmed</c>, <c>Mrs Hove</c>);
/// a forename from the <see cref="NameGazetteer"/> followed by up to three capitalised surname-like words
/// (<c>Sarah Louise Jones</c>, <c>Ahmed al-Hassan</c>), or on its own (<c>Jack</c>);
/// an unknown capitalised word followed by a listed surname (<c>Oluwaseun Taylor</c>);
/// capitalised words in a cue: before "said", "told", "explained" and similar, or after "according to",
/// "spoke to", "met with", "interviewed", "stays with", "scared of" and similar, a first name as the subject of a
/// sentence or in a list of names (<see cref="InListOfNames"/>);
/// and, in the <c>Forms</c> part, names in capitals and record layouts (<c>SMITH, Jane</c>), initials, and names in
/// lower case.
/// A capitalised word in the not-a-name list (themes, roles, agencies, months, places such as Rotherham) is never
/// a surname or a cued name except after a title, an initial, a listed forename or a person cue; all-capital words
/// in the acronym list (LSCB, CAF, SW, GP) are never names; an ordinary English word is never a guessed name; and a
/// name followed by Street, Road, House and similar, or by 's Law, is a place or a thing, as is one after St or Saint.
/// </summary>
internal sealed partial class PersonNameRecogniser : IRecogniser
{
    private static readonly WordSet NotNames = new(NameGazetteer.Names(NameGazetteer.ReadResource("not-names.txt")));

    private static readonly WordSet PlaceWords = new(
    [
        "Street", "St", "Road", "Rd", "Avenue", "Lane", "House", "Hospital", "School", "Academy", "College", "Centre",
        "Center", "Park", "Close", "Drive", "Way", "Square", "Gardens", "Crescent", "Court", "Hall", "Building", "Unit",
        "Ward", "Trust", "Foundation", "Primary", "Infant", "Infants", "Junior", "Juniors", "Nursery", "Surgery",
        "Medical", "University", "Church", "Estate", "Terrace", "Grove", "Place", "Row", "Walk", "Green", "Hill",
        "Children's", "Health", "Community", "Hub", "Clinic", "Station", "Library", "Bridge", "Lodge",
    ]);

    /// <summary>What is named after a person: "Sarah's Law", "Down's Syndrome", "Clare's Law", "St John's Ambulance".</summary>
    private static readonly WordSet NamedAfterPeople = new(
    [
        "Law", "Act", "Syndrome", "Disease", "Principle", "Rule", "Review", "Report", "Inquiry", "Day", "Trust",
        "Foundation", "Fund", "Ambulance", "Hospice", "Hospital", "House", "Centre", "Center", "Place", "Project",
        "Appeal", "Award", "Awards", "Scheme", "Programme", "Way", "Wood", "Well", "Cross", "Gate", "College", "School",
    ]);

    private static readonly WordSet PlaceBefore = new(["St", "Saint", "King", "Queen", "Prince", "Princess", "Lord", "Lady", "Mount", "Fort", "Port"]);

    private static readonly WordSet SpeechVerbs = new(
    [
        "said", "says", "told", "tells", "explained", "explains", "reported", "reports", "stated", "states", "commented",
        "noted", "added", "described", "describes", "confirmed", "mentioned", "felt", "feels", "thinks", "thought",
        "believes", "believed", "stressed", "emphasised", "emphasized", "acknowledged", "agreed", "disagreed", "replied",
        "suggested", "argued", "recalled", "admitted", "claimed", "highlighted", "indicated", "observed", "remarked",
        "wrote", "shared", "disclosed", "alleged", "asked", "complained", "insisted", "recounted", "revealed",
    ]);

    private static readonly WordSet CueVerbsBeforePreposition = new(
    [
        "spoke", "speaking", "spoken", "talked", "talking", "talk", "speak", "according", "met", "meeting", "meet",
        "interview", "interviews", "conversation", "conversations", "discussion", "discussions", "discussed", "email",
        "emails", "emailed", "letter", "call", "calls", "message", "messages", "sent", "wrote", "written",
        "belonging", "introduced", "allocated", "lives", "living", "lived", "live", "stays", "staying", "stayed", "resides",
        "visit", "visits", "visited", "placed", "moved", "seen", "session", "sessions", "work", "worked", "working",
        "attended", "arrived", "came", "left", "went", "goes", "argues", "argued", "fights", "fought", "plays", "played",
        "playing", "shares", "sharing", "scared", "afraid", "frightened", "terrified", "worried", "concerns", "concerned",
        "known", "nicknamed", "close", "friends", "contact", "relationship", "along", "sleeps", "slept", "sleeping",
        "jealous", "bullied", "hit", "hurt", "threatened", "care", "looked", "collected", "picked", "upset", "concern",
        "disclosure", "disclosures", "allegation", "allegations", "statement",
    ]);

    private static readonly WordSet DirectCueVerbs = new(
    [
        "interviewed", "met", "contacted", "emailed", "phoned", "rang", "thanked", "asked", "told", "accompanied",
        "shadowed", "cc", "dear", "regards", "thanks", "attn", "saw", "visited", "called", "aka",
        "a.k.a.", "misses", "loves", "hates", "hit", "kicked", "punched", "bullied", "bullies", "joined", "joins",
    ]);

    private static readonly WordSet FamilyWords = new(
    [
        "son", "daughter", "brother", "sister", "sibling", "siblings", "child", "baby", "mother", "father", "mum", "mom",
        "dad", "stepfather", "stepmother", "stepdad", "stepmum", "grandmother", "grandfather", "grandma", "grandad", "nan",
        "uncle", "aunt", "auntie", "cousin", "partner", "boyfriend", "girlfriend", "husband", "wife", "carer", "nephew",
        "niece", "twin", "half-brother", "half-sister", "pupil", "friend", "neighbour", "brothers", "sisters", "children",
        "sons", "daughters", "cousins", "twins", "half-siblings", "step-siblings", "stepbrother", "stepsister", "kids",
        "grandchildren", "grandson", "granddaughter", "nana", "grandpa", "granny", "mam", "mummy", "daddy", "baby's",
        "friends", "classmate", "classmates",
    ]);

    private static readonly WordSet PersonVerbs = new(
    [
        "lives", "lived", "attends", "attended", "went", "goes", "wants", "wanted", "likes", "liked", "enjoys", "stays",
        "stayed", "cried", "disclosed", "ran", "refused", "misses", "missed", "sleeps", "slept", "plays", "played",
        "loves", "loved", "hates", "hated", "shouted", "screamed", "hit", "kicked", "spoke", "smiled", "laughed", "arrived",
        "left", "came", "returned", "absconded", "self-harmed", "seemed", "appeared", "looked", "drew", "showed", "asked",
    ]);

    /// <summary>What follows "is" or "was" after a person's name: "Tegan was seen", "Junaid is scared".</summary>
    private static readonly WordSet PersonPredicates = new(
    [
        "scared", "frightened", "afraid", "terrified", "happy", "sad", "upset", "seen", "worried", "excluded", "missing",
        "living", "attending", "settled", "placed", "pregnant", "crying", "refusing", "reluctant", "withdrawn", "angry",
        "anxious", "staying", "sleeping", "eating", "doing", "smiling", "quiet", "tearful", "born", "subject", "aged",
        "bullied", "hurt", "injured", "known", "being", "described", "reported",
    ]);

    /// <summary>What a person has: "Amber's behaviour", "Kian's school".</summary>
    private static readonly WordSet PersonalNouns = new(
    [
        "behaviour", "behavior", "attendance", "school", "plan", "needs", "safety", "wellbeing", "views", "wishes",
        "feelings", "bedroom", "room", "teacher", "worker", "health", "development", "weight", "injuries", "injury",
        "bruising", "presentation", "mood", "speech", "education", "placement", "contact", "birthday", "friends", "carer",
        "carers", "parents", "family", "home", "house", "phone", "diet", "sleep", "hygiene", "clothes", "voice",
    ]);

    private static readonly WordSet Labels = new(
    [
        "name", "names", "child", "children", "mother", "father", "carer", "carers", "parent", "parents", "pupil",
        "contact", "client", "interviewee", "interviewees", "worker", "sw", "attendees", "present", "author", "from",
        "to", "cc", "signed", "reviewer", "auditor", "practitioner", "manager", "iro", "chair", "subject", "sibling", "siblings",
    ]);

    private static readonly WordSet AmbiguousBlockers = new(
    [
        "in", "on", "since", "during", "until", "till", "by", "from", "of", "early", "late", "mid", "last", "next", "this",
        "each", "every", "the", "a", "an", "to", "for", "before", "after", "between", "through", "throughout",
    ]);

    private readonly NameGazetteer _gazetteer;

    internal PersonNameRecogniser(NameGazetteer gazetteer) => _gazetteer = gazetteer;

    public PersonalDataKind Kind => PersonalDataKind.Person;

    public bool TryRecognise(ReadOnlySpan<char> text, int position, out PersonalDataHit hit)
    {
        hit = default;
        if (!StartsWord(text, position))
        {
            return false;
        }

        if (char.IsLower(text[position]))
        {
            return TryLowerCase(text, position, out hit);
        }

        if (!char.IsUpper(text[position]))
        {
            return false;
        }

        var firstEnd = NameTokenEnd(text, position);
        if (firstEnd < 0)
        {
            return false;
        }

        var first = text[position..firstEnd];
        if (PersonTitles.Words.Contains(first) && (first.Length > 2 || !IsUpper(first[1]) || first is "DC" or "DS" or "DI" or "PC"))
        {
            return TryTitled(text, position, firstEnd, out hit);
        }

        if (first.Length < 2)
        {
            return TryInitials(text, position, out hit);
        }

        if (IsAcronym(first))
        {
            return TryCapitals(text, position, firstEnd, out hit);
        }

        // Most capitalised words are sentence openers, domain words or places: settle those first.
        var isForename = IsForenameWord(first);
        if (FamilyWords.Contains(first))
        {
            // "Mum said", "Nan told us": a relation, not a name.
            return false;
        }

        if (!isForename && IsNotName(first))
        {
            // A place that is also a forename, in a person cue before a surname: "we spoke to Beverley Khoshnaw".
            return TryPlaceNamedPerson(text, position, firstEnd, out hit);
        }

        if (TryPreviousWord(text, position, ".", out var ps, out var pe) && PlaceBefore.Contains(text[ps..pe]) && char.IsUpper(text[ps]))
        {
            return false;
        }

        // After a listed forename the surname may also be a place ("Kayla Hove", "Amir Bolton").
        var end = SurnamesEnd(text, firstEnd, allowInitials: false, out var tokens, out var lastStart, placeSurname: (isForename && !_gazetteer.IsAmbiguousForename(first)) || PrecededByPersonCue(text, position));
        if (NextWordIs(text, end, PlaceWords, capitalised: true) || NamesSomethingAfterThem(text, end)
            || (tokens > 0 && !isForename && PlaceWords.Contains(text[lastStart..end])))
        {
            // "Sarah Street", "Sarah's Law", and an unknown word before Grove, Road or House: a place.
            return false;
        }

        if (isForename)
        {
            var ambiguous = _gazetteer.IsAmbiguousForename(first);
            if (tokens > 0)
            {
                if (ambiguous && PreviousWordIs(text, position, AmbiguousBlockers) && !HasCue(text, position, end))
                {
                    return false;
                }

                hit = new PersonalDataHit(Kind, position, end - position, ambiguous ? 0.7 : 0.85);
                return true;
            }

            if (HasCue(text, position, firstEnd))
            {
                hit = new PersonalDataHit(Kind, position, firstEnd - position, 0.75);
                return true;
            }

            // "Ruby attends", "Grace lives with", "Mark was seen": a marked forename before what only a person does.
            if (ambiguous && !IsSentenceStartOfCommonPhrase(text, position) && FollowedByPersonPredicate(text, firstEnd))
            {
                hit = new PersonalDataHit(Kind, position, firstEnd - position, 0.6);
                return true;
            }

            if (ambiguous || IsNotName(first))
            {
                // "her children Amina, Grace and Will": a marked forename in a list of names is one too.
                if (ambiguous && !FollowedByNumber(text, firstEnd) && InListOfNames(text, position))
                {
                    hit = new PersonalDataHit(Kind, position, firstEnd - position, 0.6);
                    return true;
                }

                return false;
            }

            hit = new PersonalDataHit(Kind, position, firstEnd - position, 0.6);
            return true;
        }

        var second = tokens > 0 ? text[(firstEnd + 1)..Math.Max(firstEnd + 1, NameTokenEnd(text, firstEnd + 1))] : default;
        if (tokens > 0 && _gazetteer.IsForename(second) && !_gazetteer.IsSurname(second) && IsEnglishWord(first))
        {
            // "Later Sarah Jones": the name starts at the forename, which the scanner tries next.
            return false;
        }

        if (tokens > 0 && IsSurnameWord(text[lastStart..end]))
        {
            hit = new PersonalDataHit(Kind, position, end - position, 0.7);
            return true;
        }

        // Inside a longer proper noun ("Children in Need noted", "Sheffield Teaching Hospitals said", "spoke to
        // Maltby Academy") a capitalised word is part of an organisation's or a place's name, not a person's.
        if (PrecededByProperNoun(text, position) || (TryNextWord(text, end, string.Empty, out var ns, out var ne) && char.IsUpper(text[ns]) && IsNotName(text[ns..ne])))
        {
            return false;
        }

        // A word that is also an ordinary English word ("River", "Storm", "Bright") counts only in a cue in mid-sentence,
        // where its capital says it is a name.
        if (HasCue(text, position, end) && !(tokens == 0 && IsEnglishWord(first) && IsSentenceStart(text, position)))
        {
            var plainPlural = tokens == 0 && LooksPlural(first) && IsSentenceStart(text, position) && !_gazetteer.IsSurname(first);
            if (!plainPlural)
            {
                hit = new PersonalDataHit(Kind, position, end - position, 0.65);
                return true;
            }
        }

        // A first name alone as the subject of a sentence ("Tegan was seen alone", "Dawit attends"), or in a list
        // with other names ("her brothers Bartek, Dawid and Kacper").
        if (tokens == 0
            && ((!LooksLikeNoun(first) && !IsEnglishWord(first) && IsSentenceStartOrAnd(text, position) && FollowedByPersonPredicate(text, end))
                || InListOfNames(text, position)))
        {
            hit = new PersonalDataHit(Kind, position, end - position, 0.6);
            return true;
        }

        if (tokens > 0 && !PlaceBefore.Contains(first) && InListOfNames(text, position))
        {
            hit = new PersonalDataHit(Kind, position, end - position, 0.6);
            return true;
        }

        // Two or more capitalised words in mid-sentence, none of them a known non-name: most often a person. At the
        // start of a sentence only two such words before a lower-case word, neither shaped like a common noun
        // ("Sinead Gallagher attended", not "Return Interviews are").
        var sentenceStart = IsSentenceStart(text, position);
        if (tokens > 0 && !_gazetteer.IsForename(second) && !IsEnglishWord(first) && !IsEnglishWord(second)
            && (!sentenceStart || (tokens == 1 && !LooksLikeNoun(first) && !LooksLikeNoun(second) && NextWordIsLowerCase(text, end))))
        {
            hit = new PersonalDataHit(Kind, position, end - position, 0.55);
            return true;
        }

        return false;
    }

    /// <summary>
    /// "Managers", "Partners": a word ending in s, but not in -us, -is, -as, -os or -ss (Tobias, Marcus, Curtis) and
    /// without a hyphen or apostrophe (Smith-Jones, O'Reillys).
    /// </summary>
    private static bool LooksPlural(ReadOnlySpan<char> word) =>
        word.Length > 3 && word[^1] == 's' && word[^2] is not ('u' or 'i' or 'a' or 'o' or 's')
        && word.IndexOfAny('-', '\'', '’') < 0;

    /// <summary>In the not-a-name list, as it is, without a plural s, or in any part of a hyphenated word (Multi-Agency).</summary>
    private static bool IsNotName(ReadOnlySpan<char> word)
    {
        if (NotNames.Contains(word) || (word.Length > 3 && word[^1] == 's' && NotNames.Contains(word[..^1])))
        {
            return true;
        }

        var hyphen = word.IndexOf('-');
        return hyphen > 0 && (IsNotName(word[..hyphen]) || IsNotName(word[(hyphen + 1)..]));
    }

    /// <summary>Endings of English nouns and adjectives that are rare in names: -tion, -ment, -ness, -ity, -ance, -ence, -ship, -ism, -ary, -ory, -ive, -ings, -ions.</summary>
    private static bool LooksLikeNoun(ReadOnlySpan<char> word)
    {
        foreach (var ending in (ReadOnlySpan<string>)["tion", "tions", "ment", "ments", "ness", "ity", "ities", "ance", "ence", "ship", "ism", "ary", "ory", "ive", "ives", "ings", "ions", "ews", "ies"])
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return LooksPlural(word);
    }

    /// <summary>"In May was...", "By Will is meant": a marked forename right after a preposition is the ordinary word.</summary>
    private static bool IsSentenceStartOfCommonPhrase(ReadOnlySpan<char> text, int position) =>
        PreviousWordIs(text, position, AmbiguousBlockers);

    private static bool NextWordIsLowerCase(ReadOnlySpan<char> text, int end) =>
        end < text.Length && text[end] is ' ' or ',' && TryNextWord(text, end, ",(", out var s, out _) && IsLower(text[s]);

    private static bool PrecededByProperNoun(ReadOnlySpan<char> text, int position)
    {
        if (!TryPreviousWord(text, position, string.Empty, out var s, out var e))
        {
            return false;
        }

        var previous = text[s..e];
        if (char.IsUpper(previous[0]) && !PersonTitles.Words.Contains(previous) && !DirectCueVerbs.Contains(previous) && !IsSentenceStart(text, s))
        {
            return true;
        }

        return previous is "of" or "in" or "for" or "on" or "and" or "&"
            && TryPreviousWord(text, s, string.Empty, out var s2, out var e2)
            && char.IsUpper(text[s2]) && IsNotName(text[s2..e2]);
    }

    private bool TryTitled(ReadOnlySpan<char> text, int position, int titleEnd, out PersonalDataHit hit)
    {
        hit = default;
        var i = titleEnd;
        if (i < text.Length && text[i] == '.')
        {
            i++;
        }

        if (i >= text.Length || text[i] != ' ')
        {
            return false;
        }

        var end = SurnamesEnd(text, i, allowInitials: true, out var tokens, out _);
        if (tokens == 0)
        {
            return false;
        }

        hit = new PersonalDataHit(Kind, position, end - position, 0.9);
        return true;
    }

    /// <summary>
    /// The end of up to three capitalised name words (and, with <paramref name="allowInitials"/>, initials) after
    /// <paramref name="from"/>, each after a single space; <paramref name="tokens"/> counts the full words.
    /// </summary>
    private int SurnamesEnd(ReadOnlySpan<char> text, int from, bool allowInitials, out int tokens, out int lastStart, bool placeSurname = false)
    {
        tokens = 0;
        lastStart = from;
        var end = from;
        var i = from;
        var initialsPending = 0;
        for (var taken = 0; taken < 5 && i + 1 < text.Length && text[i] == ' '; taken++)
        {
            var start = i + 1;
            if (!char.IsUpper(text[start]))
            {
                // A particle before a surname: "al-Hassan", "de Souza", "van der Merwe", "bin Omar".
                var particled = tokens < 3 ? ParticledSurnameEnd(text, start) : -1;
                if (particled < 0)
                {
                    break;
                }

                tokens++;
                initialsPending = 0;
                lastStart = start;
                end = particled;
                i = particled;
                continue;
            }

            // An initial: "J", "J.", "J.A." followed by a space.
            if (allowInitials && (start + 1 >= text.Length || text[start + 1] is '.' or ' ') && initialsPending < 3)
            {
                var j = start + 1;
                while (j + 1 < text.Length && text[j] == '.' && char.IsUpper(text[j + 1]) && (j + 2 >= text.Length || text[j + 2] is '.' or ' '))
                {
                    j += 2;
                }

                if (j < text.Length && text[j] == '.')
                {
                    j++;
                }

                initialsPending++;
                i = j;
                continue;
            }

            var tokenEnd = NameTokenEnd(text, start);
            if (tokenEnd < 0 || tokens >= 3)
            {
                break;
            }

            var token = text[start..tokenEnd];
            // After a title the first word is a surname even when it is also a place or a word ("Mrs Hove").
            var afterTitle = (allowInitials || placeSurname) && tokens == 0 && !IsAcronym(token) && !PlaceWords.Contains(token);
            if (token.Length < 2 || (IsAcronym(token) && !LooksLikeNameInCapitals(token)) || (IsNotName(token) && !afterTitle) || PersonTitles.Words.Contains(token))
            {
                break;
            }

            if (tokens > 0 && _gazetteer.IsForename(token) && !_gazetteer.IsSurname(token) && NextWordIs(text, tokenEnd, SpeechVerbs, capitalised: false))
            {
                break;
            }

            tokens++;
            initialsPending = 0;
            lastStart = start;
            end = tokenEnd;
            i = tokenEnd;
        }

        return end;
    }

    private bool HasCue(ReadOnlySpan<char> text, int start, int end)
    {
        if (FollowedByAgeOrFamily(text, end) || FollowedByRoleInBrackets(text, end))
        {
            return true;
        }

        if (TryPreviousWord(text, start, ",", out var fs, out var fe) && FamilyWords.Contains(text[fs..fe]) && IsLower(text[fs]))
        {
            return true;
        }

        // A form label: "Name: X", "Child: X", "Social worker: X".
        if (start >= 2 && text[..start].TrimEnd(' ').EndsWith(":") && TryPreviousWord(text, start, ": ", out var ls, out var le) && Labels.Contains(text[ls..le]))
        {
            return true;
        }

        // "X said", "X, who..., said" is out of reach; "X explained that" and "X has said" are in.
        if (TryNextWord(text, end, ",", out var ns, out var ne))
        {
            var next = text[ns..ne];
            if (SpeechVerbs.Contains(next))
            {
                return true;
            }

            if ((next is "has" or "had" or "also" or "later" or "then") && TryNextWord(text, ne, string.Empty, out var ns2, out var ne2) && SpeechVerbs.Contains(text[ns2..ne2]))
            {
                return true;
            }
        }

        if (!TryPreviousWord(text, start, ",:", out var ps, out var pe))
        {
            return false;
        }

        var previous = text[ps..pe];
        if (DirectCueVerbs.Contains(previous) && (IsLower(previous[0]) || previous is "Dear" or "Regards" or "Thanks"))
        {
            return true;
        }

        // "Mum says Kaz has been", "she said Mo was": a name between a speech verb and an auxiliary.
        if (SpeechVerbs.Contains(previous) && IsLower(previous[0]) && NextWordIs(text, end, Auxiliaries, capitalised: false))
        {
            return true;
        }

        return IsCuePreposition(previous) && VerbBefore(text, ps);
    }

    /// <summary>"X, aged 7", "X (7)", "X, a 7-year-old", "X's mother".</summary>
    private static bool FollowedByAgeOrFamily(ReadOnlySpan<char> text, int end)
    {
        var rest = text[end..];
        if (rest.StartsWith("'s ") || rest.StartsWith("’s "))
        {
            return TryNextWord(text, end + 3, string.Empty, out var ps, out var pe) && (FamilyWords.Contains(text[ps..pe]) || PersonalNouns.Contains(text[ps..pe]));
        }

        var i = end;
        while (i < text.Length && i < end + 3 && text[i] is ',' or ' ' or '(')
        {
            i++;
        }

        if (i == end || i >= text.Length)
        {
            return false;
        }

        if (IsDigit(text[i]))
        {
            var digitsEnd = DigitsEnd(text, i);
            return digitsEnd - i <= 2 && digitsEnd < text.Length && text[digitsEnd] is ')' or '-' or ' ' or ',';
        }

        if (!TryNextWord(text, i, string.Empty, out var ws, out var we))
        {
            return false;
        }

        var word = text[ws..we];
        if (word is "aged" or "age")
        {
            return true;
        }

        return word is "a" or "an" && we + 1 < text.Length && IsDigit(text[we + 1]);
    }

    /// <summary>A word in the not-a-name list before a name-like word, right after a person cue: "spoke to Beverley Khoshnaw".</summary>
    private bool TryPlaceNamedPerson(ReadOnlySpan<char> text, int position, int firstEnd, out PersonalDataHit hit)
    {
        hit = default;
        if (firstEnd + 2 >= text.Length || text[firstEnd] != ' ' || !char.IsUpper(text[firstEnd + 1]))
        {
            return false;
        }

        var secondEnd = NameTokenEnd(text, firstEnd + 1);
        if (!PrecededByPersonCue(text, position) || secondEnd < 0)
        {
            return false;
        }

        var second = text[(firstEnd + 1)..secondEnd];
        if (second.Length < 2 || IsNotName(second) || PlaceWords.Contains(second) || IsEnglishWord(second)
            || (IsAcronym(second) && !LooksLikeNameInCapitals(second)) || NextWordIs(text, secondEnd, PlaceWords, capitalised: true))
        {
            return false;
        }

        hit = new PersonalDataHit(Kind, position, secondEnd - position, 0.65);
        return true;
    }

    /// <summary>"to", "with", "from", "by", "of", "about", "as": the prepositions of "spoke to", "scared of", "known as".</summary>
    private static bool IsCuePreposition(ReadOnlySpan<char> word) => word is "to" or "with" or "from" or "by" or "of" or "about" or "as";

    /// <summary>Whether the word before the preposition at <paramref name="prepositionStart"/> is a verb that takes a person through it ("spoke", "stays").</summary>
    private static bool VerbBefore(ReadOnlySpan<char> text, int prepositionStart) =>
        TryPreviousWord(text, prepositionStart, string.Empty, out var s, out var e) && CueVerbsBeforePreposition.Contains(text[s..e]);

    /// <summary>Right after a cue that takes a person: "spoke to", "met", "mum", "Child:".</summary>
    private static bool PrecededByPersonCue(ReadOnlySpan<char> text, int position)
    {
        if (!TryPreviousWord(text, position, ",:", out var ps, out var pe))
        {
            return false;
        }

        var previous = text[ps..pe];
        if (!IsLower(previous[0]))
        {
            return Labels.Contains(previous) && text[..position].TrimEnd().EndsWith(":");
        }

        return DirectCueVerbs.Contains(previous) || FamilyWords.Contains(previous)
            || (previous is "to" or "with" or "by" && VerbBefore(text, ps));
    }

    /// <summary>"Sarah's Law", "Clare's Law", "Martha's Rule": a name followed by 's and what is named after it.</summary>
    private static bool NamesSomethingAfterThem(ReadOnlySpan<char> text, int end) =>
        end + 3 < text.Length && text[end] is '\'' or '’' && text[end + 1] == 's' && text[end + 2] == ' '
        && NextWordIs(text, end + 3, NamedAfterPeople, capitalised: true);

    private static bool NextWordIs(ReadOnlySpan<char> text, int end, WordSet words, bool capitalised) =>
        TryNextWord(text, end, string.Empty, out var s, out var e) && (!capitalised || char.IsUpper(text[s])) && words.Contains(text[s..e]);

    private static bool PreviousWordIs(ReadOnlySpan<char> text, int start, WordSet words) =>
        TryPreviousWord(text, start, string.Empty, out var s, out var e) && words.Contains(text[s..e]);

    private static bool IsSentenceStart(ReadOnlySpan<char> text, int position)
    {
        var i = position - 1;
        while (i >= 0 && text[i] is ' ' or '\t' or '"' or '\'' or '(' or '“' or '‘')
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?' or '\n' or '\r' or ':' or ';' or '-' or '•' or '*';
    }

    /// <summary>All capitals (LSCB, NHS), or a short word with two or more capitals (DfE, DfES).</summary>
    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        var capitals = 0;
        var lower = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                lower++;
            }
            else if (char.IsUpper(c))
            {
                capitals++;
            }
        }

        return lower == 0 || (word.Length <= 4 && capitals >= 2);
    }

    /// <summary>
    /// The end of a capitalised name word at <paramref name="start"/>: letters, with an apostrophe or hyphen inside
    /// (O'Brien, Smith-Jones) but not a possessive 's; -1 when a digit or other word character is glued to it.
    /// </summary>
    internal static int NameTokenEnd(ReadOnlySpan<char> text, int start)
    {
        var j = start + 1;
        while (j < text.Length)
        {
            var c = text[j];
            if (char.IsLetter(c))
            {
                j++;
            }
            else if (c is '\'' or '’' && j + 1 < text.Length && char.IsLetter(text[j + 1])
                && !(text[j + 1] is 's' or 'S' && (j + 2 >= text.Length || !char.IsLetter(text[j + 2]))))
            {
                j++;
            }
            else if (c == '-' && j + 1 < text.Length && char.IsUpper(text[j + 1]))
            {
                j++;
            }
            else
            {
                break;
            }
        }

        return j < text.Length && char.IsDigit(text[j]) ? -1 : j;
    }
}
