namespace PeerChallenge.Domain.Privacy.Recognisers;

/// <summary>
/// The ITU-T E.164 country calling codes in use, and the length of the national number after them where it is
/// fixed or well known (the rest are allowed 6 to 12 digits). Codes are prefix-free, so at most one starts a number.
/// </summary>
internal static class CountryCallingCodes
{
    private static readonly HashSet<int> Codes =
    [
        1, 7, 20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46, 47, 48, 49, 51, 52, 53, 54, 55, 56, 57, 58,
        60, 61, 62, 63, 64, 65, 66, 81, 82, 84, 86, 90, 91, 92, 93, 94, 95, 98,
        211, 212, 213, 216, 218, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236,
        237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 248, 249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 260,
        261, 262, 263, 264, 265, 266, 267, 268, 269, 290, 291, 297, 298, 299,
        350, 351, 352, 353, 354, 355, 356, 357, 358, 359, 370, 371, 372, 373, 374, 375, 376, 377, 378, 380, 381, 382,
        383, 385, 386, 387, 389, 420, 421, 423,
        500, 501, 502, 503, 504, 505, 506, 507, 508, 509, 590, 591, 592, 593, 594, 595, 596, 597, 598, 599,
        670, 672, 673, 674, 675, 676, 677, 678, 679, 680, 681, 682, 683, 685, 686, 687, 688, 689, 690, 691, 692,
        850, 852, 853, 855, 856, 880, 886,
        960, 961, 962, 963, 964, 965, 966, 967, 968, 970, 971, 972, 973, 974, 975, 976, 977, 992, 993, 994, 995, 996, 998,
    ];

    /// <summary>The country code at the start of <paramref name="digits"/>: its length (1 to 3), or 0 when none is valid.</summary>
    internal static int CodeLength(ReadOnlySpan<char> digits)
    {
        var code = 0;
        for (var length = 1; length <= 3 && length <= digits.Length; length++)
        {
            code = (code * 10) + (digits[length - 1] - '0');
            if (code != 0 && Codes.Contains(code))
            {
                return length;
            }
        }

        return 0;
    }

    /// <summary>The shortest and longest national number after <paramref name="code"/>.</summary>
    internal static (int Min, int Max) NationalLength(ReadOnlySpan<char> code) => int.Parse(code, provider: System.Globalization.CultureInfo.InvariantCulture) switch
    {
        1 => (10, 10), // North America
        7 => (10, 10), // Russia, Kazakhstan
        33 or 34 or 351 or 40 or 48 or 420 or 421 or 995 => (9, 9), // France, Spain, Portugal, Romania, Poland, Czechia, Slovakia, Georgia
        90 or 91 or 92 or 98 or 880 or 964 => (10, 10), // Turkey, India, Pakistan, Iran, Bangladesh, Iraq
        86 => (11, 11), // China mobiles
        353 => (7, 9), // Ireland
        370 or 371 => (8, 8), // Lithuania, Latvia
        234 => (8, 10), // Nigeria
        252 => (7, 9), // Somalia
        36 or 359 => (8, 9), // Hungary, Bulgaria
        _ => (6, 12),
    };
}
