namespace PeerChallenge.Domain.Privacy;

/// <summary>
/// Folds a word for comparison: upper case, without diacritics, and letters that do not decompose written as
/// their base letter (<c>Ł</c> as <c>L</c>, <c>Ø</c> as <c>O</c>, <c>Đ</c> as <c>D</c>, dotless <c>ı</c> as
/// <c>I</c>), so that <c>Łukasz</c>, <c>Şükrü</c>, <c>Ștefan</c>, <c>Zoë</c>, <c>Siobhán</c> and <c>Nguyễn</c> read
/// as <c>LUKASZ</c>, <c>SUKRU</c>, <c>STEFAN</c>, <c>ZOE</c>, <c>SIOBHAN</c> and <c>NGUYEN</c>.
/// </summary>
/// <remarks>
/// Covers Latin-1, Latin Extended-A and -B and Latin Extended Additional (Vietnamese) through fixed tables made
/// from the Unicode decompositions, so it needs no globalisation data and works the same trimmed or in invariant
/// mode. Combining marks (text already decomposed) are dropped; <c>ß</c>, <c>Æ</c>, <c>Œ</c>, <c>Þ</c> and
/// <c>Ĳ</c> become two letters; curly apostrophes become <c>'</c>. Other characters are upper-cased as they are.
/// </remarks>
internal static class LetterFold
{
    /// <summary>The most characters one input character folds to.</summary>
    internal const int MaxExpansion = 2;

    // The base letter of U+00C0 to U+024F, '.' where there is none (handled below or upper-cased as it is).
    private const string Latin =
        "AAAAAA.CEEEEIIIIDNOOOOO.OUUUUY..AAAAAA.CEEEEIIIIDNOOOOO.OUUUUY.YAAAAAACCCCCCCCDDDDEEEEEEEEEEGGGGGGGG"
        + "HHHHIIIIIIIIII..JJKKKLLLLLLLLLLNNNNNN...OOOOOO..RRRRRRSSSSSSSSTTTTTTUUUUUUUUUUUUWWYYYZZZZZZ.BB....O."
        + "..D.....E.F....IKKLL...OOO.............UU..YYZZ......................AAIIOOUUUUUUUUUU.AAAA....GGKKOO"
        + "OO..J...GG..NNAA....AAAAEEEEIIIIOOOORRRRUUUUSSTT..HH....ZZAAEEOOOOOOOOYY...............BU...JJ..RR..";

    // The base letter of U+1E00 to U+1EFF.
    private const string LatinAdditional =
        "AABBBBBBCCDDDDDDDDDDEEEEEEEEEEFFGGHHHHHHHHHHIIIIKKKKKKLLLLLLLLMMMMMMNNNNNNNNOOOOOOOOPPPPRRRRRRRRSSSS"
        + "SSSSSSTTTTTTTTUUUUUUUUUUVVVVWWWWWWWWWWXXXXYYZZZZZZHTWY......AAAAAAAAAAAAAAAAAAAAAAAAEEEEEEEEEEEEEEEE"
        + "IIIIOOOOOOOOOOOOOOOOOOOOOOOOUUUUUUUUUUUUUUYYYYYYYY......";

    /// <summary>Folds <paramref name="word"/> into a new string.</summary>
    internal static string Fold(string word)
    {
        Span<char> buffer = word.Length <= 64 ? stackalloc char[64 * MaxExpansion] : new char[word.Length * MaxExpansion];
        return new string(buffer[..Fold(word, buffer)]);
    }

    /// <summary>Folds <paramref name="word"/> into <paramref name="destination"/>, which must hold <see cref="MaxExpansion"/> characters for each one.</summary>
    /// <returns>The number of characters written.</returns>
    internal static int Fold(ReadOnlySpan<char> word, Span<char> destination)
    {
        var n = 0;
        foreach (var c in word)
        {
            if (c < 0x80)
            {
                destination[n++] = c is >= 'a' and <= 'z' ? (char)(c - 32) : c;
                continue;
            }

            if (c is >= '\u0300' and <= '\u036F')
            {
                continue;
            }

            var mapped = c switch
            {
                >= '\u00C0' and <= '\u024F' => Latin[c - 0xC0],
                >= '\u1E00' and <= '\u1EFF' => LatinAdditional[c - 0x1E00],
                '\u2018' or '\u2019' or '\u02BC' => '\'',
                _ => '.',
            };

            if (mapped != '.')
            {
                destination[n++] = mapped;
                continue;
            }

            var pair = c switch
            {
                'ß' or 'ẞ' => "SS",
                'Æ' or 'æ' => "AE",
                'Œ' or 'œ' => "OE",
                'Þ' or 'þ' => "TH",
                'Ĳ' or 'ĳ' => "IJ",
                _ => null,
            };

            if (pair is null)
            {
                destination[n++] = char.ToUpperInvariant(c);
            }
            else
            {
                destination[n++] = pair[0];
                destination[n++] = pair[1];
            }
        }

        return n;
    }
}
