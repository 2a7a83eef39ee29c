using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Privacy;

/// <summary>
/// The shape of a council's case references, written as a simple mask so that it is fast to match and needs no
/// regular expression: <c>#</c> is a digit, <c>@</c> a letter, <c>?</c> a letter or a digit, and any other
/// character stands for itself (letters ignoring case). For example <c>CR-######</c> matches <c>CR-004512</c>, and
/// <c>LCS/####/####</c> matches <c>LCS/2011/0457</c>. A match must be a whole word: no letter or digit directly
/// before or after it.
/// </summary>
/// <remarks>Equality is by value of <see cref="Mask"/>, ordinal.</remarks>
public sealed record CaseReferencePattern
{
    private CaseReferencePattern(string mask) => Mask = mask;

    /// <summary>Gets the mask, for example <c>CR-######</c>.</summary>
    public string Mask { get; }

    /// <summary>Makes a pattern from its mask.</summary>
    /// <param name="mask">The mask: <c>#</c> digit, <c>@</c> letter, <c>?</c> letter or digit, anything else literal.</param>
    /// <returns>The pattern.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mask"/> is null.</exception>
    /// <exception cref="ArgumentException">The mask is blank, contains white space, or has no <c>#</c> (a case reference always has digits).</exception>
    public static CaseReferencePattern Parse(string mask)
    {
        Preconditions.CheckNotBlank(mask, nameof(mask));
        Preconditions.CheckArgument(!mask.AsSpan().ContainsAny(" \t\r\n"), nameof(mask), "A case reference mask must not contain white space.");
        Preconditions.CheckArgument(mask.Contains('#', StringComparison.Ordinal), nameof(mask), "A case reference mask must contain at least one '#' (a digit).");
        return new CaseReferencePattern(mask);
    }

    /// <summary>Returns whether the pattern matches <paramref name="text"/> from <paramref name="start"/> as a whole word.</summary>
    internal bool MatchesAt(ReadOnlySpan<char> text, int start)
    {
        var end = start + Mask.Length;
        if (end > text.Length || !TextScan.StartsWord(text, start) || !TextScan.EndsWord(text, end))
        {
            return false;
        }

        for (var k = 0; k < Mask.Length; k++)
        {
            var c = text[start + k];
            var ok = Mask[k] switch
            {
                '#' => TextScan.IsDigit(c),
                '@' => TextScan.IsAsciiLetter(c),
                '?' => TextScan.IsDigit(c) || TextScan.IsAsciiLetter(c),
                var literal => TextScan.ToUpper(c) == TextScan.ToUpper(literal),
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns the mask.</summary>
    /// <returns>The mask.</returns>
    public override string ToString() => Mask;
}
