using static PeerChallenge.Domain.Privacy.TextScan;

namespace PeerChallenge.Domain.Privacy.Recognisers;

/// <summary>
/// Case references: any word matching one of the council's <see cref="CaseReferencePattern"/>s, and, whatever the
/// patterns, an identifier with at least three digits (slashes and dashes allowed: <c>SC/2011/12345</c>,
/// <c>CRI/06RR/123456/19</c>) right after a cue such as "case ref", "ref:", "reference", "case no.", "case number",
/// "child ID", "file no", "referral", or a police cue ("crime ref", "crime number", "CRN", "police ref",
/// "incident no.", "log", "URN", "occurrence", "PNC ID"); or one with at least four digits right after a case-system
/// name (<c>Mosaic 1234567</c>, <c>SystmOne no. 12345</c>). A date written after the number
/// (<c>log 0456 of 12/03/2019</c>) is part of the reference. Years and year ranges ("ref 2011/12") and dates are not
/// identifiers.
/// </summary>
internal sealed class CaseReferenceRecogniser : IRecogniser
{
    private static readonly WordSet DirectCues = new(
    [
        "ref", "refs", "reference", "case", "referral", "caseref", "casenote", "id", "identifier",
        "crn", "urn", "log", "incident", "occurrence", "occ", "pnc", "cad", "crimeref",
    ]);

    private static readonly WordSet NumberWords = new(["no", "nos", "number", "num", "nr", "id", "identifier"]);

    private static readonly WordSet NumberOwners = new(
    [
        "case", "ref", "reference", "file", "child", "client", "person", "record", "referral", "family", "pupil",
        "lcs", "mosaic", "liquidlogic", "eclipse", "carefirst", "frameworki", "icaseid", "system", "crime", "incident",
        "log", "occurrence", "police", "pnc", "urn", "storm",
    ]);

    private readonly CaseReferencePattern[] _patterns;
    private readonly string[] _systemNames;
    private readonly WordSet _systemNameLastWords;

    internal CaseReferenceRecogniser(IEnumerable<CaseReferencePattern> patterns, IEnumerable<string> systemNames)
    {
        _patterns = patterns.ToArray();
        _systemNames = systemNames.Select(n => string.Join(' ', n.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
        _systemNameLastWords = new WordSet(_systemNames.Select(n => n[(n.LastIndexOf(' ') + 1)..]));
    }

    public PersonalDataKind Kind => PersonalDataKind.CaseReference;

    public bool TryRecognise(ReadOnlySpan<char> text, int position, out PersonalDataHit hit)
    {
        hit = default;
        if (!IsWordChar(text[position]))
        {
            return false;
        }

        var tokenStart = position;
        while (tokenStart > 0 && (IsWordChar(text[tokenStart - 1]) || text[tokenStart - 1] is '-' or '/' or '_'))
        {
            tokenStart--;
        }

        foreach (var pattern in _patterns)
        {
            if (pattern.MatchesAt(text, tokenStart))
            {
                hit = new PersonalDataHit(Kind, tokenStart, pattern.Mask.Length, 0.9);
                return true;
            }

            if (tokenStart != position && pattern.MatchesAt(text, position))
            {
                hit = new PersonalDataHit(Kind, position, pattern.Mask.Length, 0.9);
                return true;
            }
        }

        if (tokenStart != position)
        {
            return false;
        }

        // A number with a date after it ("log 1998 of 12/03/2019") is a log number, not a year.
        var end = IdentifierEnd(text, position, out var digits);
        var referenceEnd = DateAfterEnd(text, end);
        if (digits < 3 || end - position > 30 || (referenceEnd == end && IsYearOrDate(text, position, end))
            || !(FollowsCue(text, position) || (digits >= 4 && FollowsSystemName(text, position))))
        {
            return false;
        }

        hit = new PersonalDataHit(Kind, position, referenceEnd - position, 0.75);
        return true;
    }

    /// <summary>The end of " of 12/03/2019" or " of 12th March" after a log or incident number; <paramref name="end"/> when there is none.</summary>
    private static int DateAfterEnd(ReadOnlySpan<char> text, int end)
    {
        if (!text[end..].StartsWith(" of ", StringComparison.OrdinalIgnoreCase) || end + 4 >= text.Length || !IsDigit(text[end + 4]))
        {
            return end;
        }

        var date = end + 4;
        var dateEnd = Math.Max(DateOfBirthRecogniser.NumericDateEnd(text, date), DateOfBirthRecogniser.DayFirstDateEnd(text, date));
        return dateEnd > date ? dateEnd : end;
    }

    /// <summary>Whether a case-system name comes just before <paramref name="position"/>, maybe with "no.", "number" or "ID" between.</summary>
    private bool FollowsSystemName(ReadOnlySpan<char> text, int position)
    {
        if (!TryPreviousWord(text, position, ":#.(-=", out var s1, out var e1))
        {
            return false;
        }

        if (NumberWords.Contains(text[s1..e1]) && !TryPreviousWord(text, s1, ".", out s1, out e1))
        {
            return false;
        }

        if (!_systemNameLastWords.Contains(text[s1..e1]))
        {
            return false;
        }

        foreach (var name in _systemNames)
        {
            var start = e1 - name.Length;
            if (start >= 0 && StartsWord(text, start) && text[start..e1].Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static int IdentifierEnd(ReadOnlySpan<char> text, int position, out int digits)
    {
        digits = 0;
        var i = position;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsDigit(c))
            {
                digits++;
            }
            else if (!IsAsciiLetter(c) && !(c is '-' or '/' or '_' or '.' && i + 1 < text.Length && IsWordChar(text[i + 1]) && IsWordChar(text[i - 1])))
            {
                break;
            }

            i++;
        }

        return i;
    }

    private static bool IsYearOrDate(ReadOnlySpan<char> text, int start, int end)
    {
        var token = text[start..end];
        if (token.Length == 4 && int.TryParse(token, out var year) && year is >= 1900 and <= 2100)
        {
            return true;
        }

        // 2011/12, 2011-12, 2011/2012
        if (token.Length is 7 or 9 && token[4] is '/' or '-' && int.TryParse(token[..4], out year) && year is >= 1900 and <= 2100 && int.TryParse(token[5..], out _))
        {
            return true;
        }

        return DateOfBirthRecogniser.NumericDateEnd(text, start) == end;
    }

    private static bool FollowsCue(ReadOnlySpan<char> text, int position)
    {
        if (!TryPreviousWord(text, position, ":#.(-=", out var s1, out var e1))
        {
            return false;
        }

        var word = text[s1..e1];
        if (DirectCues.Contains(word))
        {
            return true;
        }

        return NumberWords.Contains(word)
            && TryPreviousWord(text, s1, ".", out var s2, out var e2)
            && NumberOwners.Contains(text[s2..e2]);
    }
}
