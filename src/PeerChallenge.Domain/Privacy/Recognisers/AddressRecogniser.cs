using static PeerChallenge.Domain.Privacy.TextScan;

namespace PeerChallenge.Domain.Privacy.Recognisers;

/// <summary>
/// Street addresses, found from the house or flat number: a number (<c>14</c>, <c>22a</c>, <c>3-5</c>) followed by one
/// to four name words and a street word (<c>14 Ashwood Grove</c>, <c>3-5 High Street</c>), the words all capitalised
/// or, with the plainer street words only, all in lower case (<c>14 ashwood grove</c>); with "Flat", "Apartment" or
/// "Apt" and its number before it (<c>Flat 3, 22 Oak Road</c>, <c>flat 2b 7 Victoria Street</c>), or a flat in a named
/// building (<c>Flat 3 Smith House</c>, <c>Apartment 12, Kelham Island</c>). The town after it is left.
/// A street name alone (<c>Victoria Road</c>), building and organisation names (<c>Rotherham Town Hall</c>), and numbers
/// after "Level", "Year", "Ward", "Section", "Stage" are not addresses.
/// </summary>
internal sealed class AddressRecogniser : IRecogniser
{
    internal static readonly AddressRecogniser Instance = new();

    /// <summary>Street words. Those that are also ordinary words (way, walk, view, close) only count with capitals.</summary>
    private static readonly WordSet StreetWords = new(
    [
        "road", "rd", "street", "st", "avenue", "ave", "lane", "ln", "close", "drive", "dr", "grove", "way", "crescent",
        "cres", "court", "ct", "gardens", "gdns", "place", "pl", "terrace", "walk", "mews", "view", "rise", "hill",
        "green", "square", "sq", "row", "parade", "bank", "fold", "croft", "gate", "vale", "park", "wynd", "chase",
        "boulevard", "approach", "brow", "causeway", "common", "dale", "garth", "glade", "heights", "lea", "meadow",
        "meadows", "mount", "nook", "orchard", "path", "side", "top", "wharf", "yard", "end",
    ]);

    private static readonly WordSet PlainStreetWords = new(
    [
        "road", "rd", "street", "avenue", "ave", "lane", "grove", "crescent", "gardens", "terrace", "mews", "croft", "vale",
    ]);

    private static readonly WordSet FlatWords = new(["flat", "apartment", "apt", "flats"]);

    /// <summary>Words before a number that make it something other than a house number.</summary>
    private static readonly WordSet NotHouseNumberBefore = new(
    [
        "level", "year", "years", "ward", "section", "stage", "tier", "page", "step", "room", "bed", "unit", "band",
        "grade", "phase", "week", "day", "ref", "case", "item", "para", "paragraph", "chapter", "appendix",
        "table", "figure", "question", "standard", "criterion", "priority", "recommendation", "rule", "part", "article",
    ]);

    /// <summary>Words that end a lower-case street name: "14 referrals in church lane" is not an address.</summary>
    private static readonly WordSet LowerCaseStops = new(
    [
        "in", "at", "on", "of", "the", "to", "from", "near", "and", "or", "for", "with", "by", "off", "into", "a", "an",
        "was", "were", "is", "are", "had", "have", "has", "per", "our", "their", "his", "her", "new", "more", "other",
    ]);

    private static readonly WordSet NotNameWords = new(
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "and", "or",
    ]);

    public PersonalDataKind Kind => PersonalDataKind.Address;

    public bool TryRecognise(ReadOnlySpan<char> text, int position, out PersonalDataHit hit)
    {
        hit = default;
        var numberEnd = HouseNumberEnd(text, position);
        if (numberEnd < 0)
        {
            return false;
        }

        var flat = TryPreviousWord(text, position, string.Empty, out var cueStart, out var cueEnd) && cueEnd == position - 1
            && text[cueEnd] == ' ' && FlatWords.Contains(text[cueStart..cueEnd]);
        if (!flat)
        {
            if (TryPreviousWord(text, position, ".", out var s, out var e) && NotHouseNumberBefore.Contains(text[s..e]))
            {
                return false;
            }

            var end = StreetEnd(text, numberEnd, out var capitalised);
            if (end < 0)
            {
                return false;
            }

            hit = new PersonalDataHit(Kind, position, end - position, capitalised ? 0.85 : 0.75);
            return true;
        }

        // After "Flat 3": a comma maybe, then a house number and street, or a street, or a named building.
        var next = numberEnd;
        if (next < text.Length && text[next] is ',' or ';')
        {
            next++;
        }

        if (next >= text.Length || text[next] != ' ')
        {
            return false;
        }

        next++;
        var flatEnd = -1;
        var capitals = true;
        if (HouseNumberEnd(text, next) is var houseEnd and >= 0)
        {
            flatEnd = StreetEnd(text, houseEnd, out capitals);
        }
        else if (next < text.Length && IsLetter(text[next]))
        {
            flatEnd = StreetEnd(text, next - 1, out capitals);
            if (flatEnd < 0 && char.IsUpper(text[next]))
            {
                flatEnd = BuildingEnd(text, next);
            }
        }

        if (flatEnd < 0)
        {
            return false;
        }

        hit = new PersonalDataHit(Kind, cueStart, flatEnd - cueStart, capitals ? 0.85 : 0.75);
        return true;
    }

    /// <summary>The end of a house number at <paramref name="position"/>: 1 to 4 digits, maybe a letter, or a range (3-5); -1 when there is none.</summary>
    private static int HouseNumberEnd(ReadOnlySpan<char> text, int position)
    {
        if (position >= text.Length || !IsDigit(text[position]) || text[position] == '0' || !StartsWord(text, position))
        {
            return -1;
        }

        var end = DigitsEnd(text, position);
        if (end - position > 3)
        {
            return -1;
        }

        if (end + 1 < text.Length && text[end] is '-' or '\u2013' && IsDigit(text[end + 1]))
        {
            var rangeEnd = DigitsEnd(text, end + 1);
            if (rangeEnd - end - 1 > 3)
            {
                return -1;
            }

            end = rangeEnd;
        }
        else if (end < text.Length && IsAsciiLetter(text[end]) && EndsWord(text, end + 1))
        {
            end++;
        }

        return EndsWord(text, end) ? end : -1;
    }

    /// <summary>
    /// From the space after a number: up to four name words and a street word, all capitalised, or up to two name words
    /// and a plain street word, all in lower case; returns the end of the street word, or -1.
    /// </summary>
    private static int StreetEnd(ReadOnlySpan<char> text, int numberEnd, out bool capitalised)
    {
        capitalised = false;
        if (numberEnd + 1 >= text.Length || text[numberEnd] != ' ' || !IsLetter(text[numberEnd + 1]))
        {
            return -1;
        }

        capitalised = char.IsUpper(text[numberEnd + 1]);
        var i = numberEnd + 1;
        var best = -1;
        for (var words = 0; words < (capitalised ? 5 : 3); words++)
        {
            if (i >= text.Length || !IsLetter(text[i]) || char.IsUpper(text[i]) != capitalised)
            {
                break;
            }

            var wordEnd = StreetWordEnd(text, i);
            var word = text[i..wordEnd];
            if (words > 0 && (capitalised ? StreetWords : PlainStreetWords).Contains(word) && EndsWord(text, wordEnd))
            {
                best = wordEnd < text.Length && text[wordEnd] == '.' && word.Length <= 3 && EndsAbbreviation(text, wordEnd) ? wordEnd + 1 : wordEnd;
            }

            if (NotNameWords.Contains(word) || (!capitalised && LowerCaseStops.Contains(word)))
            {
                break;
            }

            if (wordEnd >= text.Length || text[wordEnd] != ' ')
            {
                break;
            }

            i = wordEnd + 1;
        }

        return best;
    }

    private static bool EndsAbbreviation(ReadOnlySpan<char> text, int dot) => dot + 1 < text.Length && text[dot + 1] == ' ' && dot + 2 < text.Length && char.IsLower(text[dot + 2]);

    /// <summary>A named building after a flat number: one to three capitalised words (<c>Smith House</c>); -1 when there is none.</summary>
    private static int BuildingEnd(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        var end = -1;
        for (var words = 0; words < 3 && i < text.Length && char.IsUpper(text[i]); words++)
        {
            var wordEnd = StreetWordEnd(text, i);
            if (NotNameWords.Contains(text[i..wordEnd]))
            {
                break;
            }

            end = wordEnd;
            if (wordEnd >= text.Length || text[wordEnd] != ' ')
            {
                break;
            }

            i = wordEnd + 1;
        }

        return end;
    }

    /// <summary>The end of a word of a street name: letters, with an apostrophe or hyphen inside, a possessive kept (<c>St John's</c>, <c>Bishop-Thorpe</c>).</summary>
    private static int StreetWordEnd(ReadOnlySpan<char> text, int start)
    {
        var i = LettersEnd(text, start);
        while (i + 1 < text.Length && text[i] is '\'' or '\u2019' or '-' && IsLetter(text[i + 1]))
        {
            i = LettersEnd(text, i + 1);
        }

        return i;
    }
}
