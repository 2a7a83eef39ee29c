using static PeerChallenge.Domain.Privacy.TextScan;

namespace PeerChallenge.Domain.Privacy.Recognisers;

/// <summary>
/// Case references: any word matching one of the council's <see cref="CaseReferencePattern"/>s, and, whatever the
/// patterns, an identifier with at least three digits right after a cue such as "case ref", "ref:", "reference",
/// "case no.", "case number", "child ID", "file no" or "referral". Years and year ranges ("ref 2011/12") and dates
/// are not identifiers.
/// </summary>
internal sealed class CaseReferenceRecogniser : IRecogniser
{
    private static readonly WordSet DirectCues = new(["ref", "refs", "reference", "case", "referral", "caseref", "casenote", "id", "identifier"]);

    private static readonly WordSet NumberWords = new(["no", "nos", "number", "num", "nr", "id", "identifier"]);

    private static readonly WordSet NumberOwners = new(
    [
        "case", "ref", "reference", "file", "child", "client", "person", "record", "referral", "family", "pupil",
        "lcs", "mosaic", "liquidlogic", "eclipse", "carefirst", "frameworki", "icaseid", "system", "crime", "incident",
    ]);

    private readonly CaseReferencePattern[] _patterns;

    internal CaseReferenceRecogniser(IEnumerable<CaseReferencePattern> patterns) => _patterns = patterns.ToArray();

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

        var end = IdentifierEnd(text, position, out var digits);
        if (digits < 3 || end - position > 30 || IsYearOrDate(text, position, end) || !FollowsCue(text, position))
        {
            return false;
        }

        hit = new PersonalDataHit(Kind, position, end - position, 0.75);
        return true;
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
