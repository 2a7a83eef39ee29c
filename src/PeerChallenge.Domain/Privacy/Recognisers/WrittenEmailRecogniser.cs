using static PeerChallenge.Domain.Privacy.TextScan;

namespace PeerChallenge.Domain.Privacy.Recognisers;

/// <summary>
/// Email addresses written out so that they are not links: <c>sarah dot jones at gmail dot com</c>,
/// <c>sarah.jones at gmail.com</c>, <c>sarah(at)gmail(dot)com</c>, <c>sarah [at] gmail [dot] com</c>,
/// <c>s.jones AT nhs DOT net</c>. Found from the "at": at the <c>(</c> or <c>[</c> of <c>(at)</c> and <c>[at]</c>,
/// at a capital <c>AT</c> or <c>At</c>, and at a lower-case <c>at</c> the scanner finds with its own vectorised search.
/// The domain must have two labels or more and end in a known top-level domain (com, net, org, uk, nhs, pl, ro ...).
/// A bare word before a bare " at " and a domain written with dots (<c>look at gov.uk</c>) counts only when the
/// domain is a known mail provider (gmail.com, hotmail.co.uk ...) and the word is not an ordinary one.
/// </summary>
internal sealed class WrittenEmailRecogniser : IRecogniser
{
    internal static readonly WrittenEmailRecogniser Instance = new();

    private static readonly WordSet TopLevelDomains = new(
    [
        "com", "net", "org", "uk", "gov", "nhs", "sch", "ac", "edu", "info", "biz", "co", "pnn", "police", "mod", "ltd",
        "plc", "eu", "pl", "ro", "ie", "de", "fr", "es", "pt", "nl", "lt", "lv", "sk", "cz", "hu", "bg", "pk", "bd", "ng",
        "tr", "iq", "ir", "cn", "ca", "au", "nz", "za", "ke", "gh", "ae", "sa", "ua", "ru", "gr", "se", "dk", "fi",
    ]);

    private static readonly WordSet MailProviders = new(
    [
        "gmail", "googlemail", "hotmail", "outlook", "live", "msn", "yahoo", "ymail", "icloud", "aol", "btinternet",
        "sky", "virginmedia", "talktalk", "protonmail", "proton", "mail", "gmx", "wp", "onet", "interia", "o2", "yandex",
    ]);

    /// <summary>Words before " at " that are never the local part of an address.</summary>
    private static readonly WordSet OrdinaryWords = new(
    [
        "her", "him", "them", "us", "me", "you", "it", "we", "they", "look", "looked", "looking", "is", "are", "was",
        "were", "be", "been", "available", "found", "online", "email", "emailed", "contact", "contacted", "write",
        "written", "details", "information", "here", "there", "this", "that", "and", "or", "but", "seen", "held", "met",
        "at", "dot", "arrived", "published", "posted", "see", "visit", "go", "went",
    ]);

    public PersonalDataKind Kind => PersonalDataKind.Email;

    public bool TryRecognise(ReadOnlySpan<char> text, int position, out PersonalDataHit hit)
    {
        hit = default;
        var atEnd = AtSeparatorEnd(text, position, out var atStart, out var bare);
        if (atEnd < 0)
        {
            return false;
        }

        var localStart = LocalPartStart(text, atStart, out var marked);
        if (localStart < 0)
        {
            return false;
        }

        var domainEnd = DomainEnd(text, atEnd, out var firstLabelEnd, out var writtenDots);
        if (domainEnd < 0)
        {
            return false;
        }

        var word = text[localStart..atStart].Trim();
        if (!marked && (OrdinaryWords.Contains(word) || (bare && !writtenDots && !MailProviders.Contains(text[atEnd..firstLabelEnd]))))
        {
            return false;
        }

        hit = new PersonalDataHit(Kind, localStart, domainEnd - localStart, marked || writtenDots ? 0.9 : 0.8);
        return true;
    }

    /// <summary>
    /// The end of the "at" at <paramref name="position"/> (<c> at </c>, <c> AT </c>, <c>(at)</c>, <c> [at] </c>),
    /// spaces included; <paramref name="atStart"/> is where it starts, spaces included; -1 when there is none.
    /// </summary>
    private static int AtSeparatorEnd(ReadOnlySpan<char> text, int position, out int atStart, out bool bare)
    {
        atStart = position;
        bare = false;
        if (position + 3 >= text.Length)
        {
            return -1;
        }

        int end;
        if (text[position] is '(' or '[')
        {
            var close = text[position] == '(' ? ')' : ']';
            if (!text.Slice(position + 1, 2).Equals("at", StringComparison.OrdinalIgnoreCase) || text[position + 3] != close)
            {
                return -1;
            }

            end = position + 4;
            if (position > 0 && text[position - 1] == ' ')
            {
                atStart--;
                if (end < text.Length && text[end] == ' ')
                {
                    end++;
                }
            }

            return end;
        }

        // A bare "at" between single spaces, all lower case, all capitals or capitalised.
        if (position == 0 || text[position - 1] != ' ' || text[position + 2] != ' '
            || !(text.Slice(position, 2) is "at" or "AT" or "At"))
        {
            return -1;
        }

        bare = true;
        atStart = position - 1;
        return position + 3;
    }

    /// <summary>
    /// The start of the local part before <paramref name="atStart"/>: tokens of letters, digits and <c>_ % + - '</c>
    /// joined by <c>.</c>, <c> dot </c>, <c>(dot)</c> or <c>[dot]</c>; <paramref name="marked"/> when it has a join,
    /// a digit or an underscore (so it cannot be an ordinary word). -1 when there is none.
    /// </summary>
    private static int LocalPartStart(ReadOnlySpan<char> text, int atStart, out bool marked)
    {
        marked = false;
        var start = -1;
        var i = atStart;
        for (var tokens = 0; tokens < 5; tokens++)
        {
            var tokenEnd = i;
            var special = false;
            while (i > 0 && IsLocalChar(text[i - 1]))
            {
                i--;
                special |= IsDigit(text[i]) || text[i] is '_' or '%' or '+';
            }

            while (i < tokenEnd && text[i] is '-' or '\'' or '+')
            {
                i++;
            }

            if (i == tokenEnd || (i > 0 && IsWordChar(text[i - 1])))
            {
                break;
            }

            start = i;
            marked |= special || tokens > 0;
            var join = JoinLengthBefore(text, i);
            if (join == 0)
            {
                break;
            }

            i -= join;
        }

        return start;
    }

    /// <summary>The length of a dot join ending just before <paramref name="i"/>: <c>.</c>, <c> dot </c>, <c>(dot)</c>, <c> [dot] </c>; 0 when none.</summary>
    private static int JoinLengthBefore(ReadOnlySpan<char> text, int i)
    {
        if (i < 2)
        {
            return 0;
        }

        if (text[i - 1] == '.' && IsLocalChar(text[i - 2]))
        {
            return 1;
        }

        if (i >= 6 && text[i - 1] == ' ' && text[i - 5] == ' ' && IsDot(text.Slice(i - 4, 3)) && IsLocalChar(text[i - 6]))
        {
            return 5;
        }

        var close = text[i - 1] == ' ' ? i - 2 : i - 1;
        if (close >= 5 && text[close] is ')' or ']' && text[close - 4] == (text[close] == ')' ? '(' : '[') && IsDot(text.Slice(close - 3, 3)))
        {
            var begin = text[close - 5] == ' ' ? close - 5 : close - 4;
            return begin > 0 && IsLocalChar(text[begin - 1]) ? i - begin : 0;
        }

        return 0;
    }

    /// <summary>The length of a dot join starting at <paramref name="i"/>; 0 when none.</summary>
    private static int JoinLengthAt(ReadOnlySpan<char> text, int i)
    {
        if (i + 1 < text.Length && text[i] == '.' && IsAsciiLetter(text[i + 1]))
        {
            return 1;
        }

        if (i + 5 < text.Length && text[i] == ' ' && text[i + 4] == ' ' && IsDot(text.Slice(i + 1, 3)))
        {
            return 5;
        }

        var spaced = i < text.Length && text[i] == ' ' ? 1 : 0;
        var open = i + spaced;
        if (open + 5 < text.Length && text[open] is '(' or '[' && text[open + 4] == (text[open] == '(' ? ')' : ']') && IsDot(text.Slice(open + 1, 3)))
        {
            return spaced + 5 + (spaced == 1 && text[open + 5] == ' ' ? 1 : 0);
        }

        return 0;
    }

    /// <summary>
    /// The end of a domain at <paramref name="start"/>: two labels or more joined by dots (written or not), the last a
    /// known top-level domain; -1 when there is none.
    /// </summary>
    private static int DomainEnd(ReadOnlySpan<char> text, int start, out int firstLabelEnd, out bool writtenDots)
    {
        firstLabelEnd = -1;
        writtenDots = false;
        var end = -1;
        var i = start;
        var wrote = false;
        for (var labels = 0; labels < 6; labels++)
        {
            var labelEnd = i;
            while (labelEnd < text.Length && (IsAsciiLetter(text[labelEnd]) || IsDigit(text[labelEnd]) || (text[labelEnd] == '-' && labelEnd > i)))
            {
                labelEnd++;
            }

            if (labelEnd == i || (labelEnd < text.Length && IsWordChar(text[labelEnd])))
            {
                break;
            }

            if (labels == 0)
            {
                firstLabelEnd = labelEnd;
            }
            else if (TopLevelDomains.Contains(text[i..labelEnd]))
            {
                end = labelEnd;
                writtenDots = wrote;
            }

            var join = JoinLengthAt(text, labelEnd);
            if (join == 0)
            {
                break;
            }

            wrote |= join > 1;
            i = labelEnd + join;
        }

        return end;
    }

    private static bool IsDot(ReadOnlySpan<char> word) => word is "dot" or "DOT" or "Dot";

    private static bool IsLocalChar(char c) => IsAsciiLetter(c) || IsDigit(c) || c is '_' or '%' or '+' or '-' or '\'';
}
