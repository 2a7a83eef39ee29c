using System.Globalization;
using System.Text;

namespace PeerChallenge.Domain.Tests.Privacy.Corpus;

/// <summary>
/// Makes valid UK personal data of every kind, in the many ways people write it, from a seeded random source.
/// Written from the public format rules (NHS modulus 11, HMRC prefixes, DfE UPN check letter, Royal Mail postcode
/// formats, Ofcom number ranges), not from the recognisers.
/// </summary>
internal sealed class PersonalDataValues(Random random)
{
    internal static readonly string[] Forenames =
    [
        "Sarah", "James", "Emma", "Mohammed", "Jack", "Olivia", "Daniel", "Sophie", "Liam", "Aisha", "Thomas", "Chloe",
        "Ryan", "Megan", "Kyle", "Jade", "Callum", "Priya", "Adam", "Fatima", "Lewis", "Hannah", "Connor", "Bethany",
        "Michael", "Karen", "David", "Susan", "Paul", "Julie", "Mark", "Tracey", "Gary", "Nicola", "Stephen", "Helen",
        "Amir", "Zainab", "Oscar", "Ruby", "Harvey", "Grace", "Tyler", "Amelia", "Kacper", "Maryam", "Dylan", "Leah",
        // not in the shipped list: the corpus must also measure names the gazetteer does not know
        "Kayden", "Tobias", "Esther", "Bushra", "Kamil", "Ifeoma", "Rhys-Owen", "Tegan", "Ellis", "Keira",
    ];

    internal static readonly string[] Surnames =
    [
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Wright", "Khan", "Hussain",
        "Walker", "Robinson", "Thompson", "White", "Hughes", "Edwards", "Green", "Lewis", "Wood", "Harris", "Martin",
        "Jackson", "Clarke", "Begum", "Ali", "Kowalczyk", "Okonkwo", "Sutcliffe", "Greenwood", "Hepworth", "Lockwood",
        "Ackroyd", "Haworth", "Pickersgill", "Schofield", "Crowther", "Hirst", "Oldroyd", "O'Brien", "McDonald",
        "Smith-Jones", "Adeyemi", "Nowak", "Rahman", "Mahmood", "Shaw", "Fletcher", "Barker",
    ];

    private static readonly string[] Titles = ["Mr", "Mrs", "Ms", "Miss", "Dr", "Cllr", "Councillor", "Mr.", "Mrs."];
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];
    private static readonly string[] EmailDomains = ["rotherham.gov.uk", "nhs.net", "gmail.com", "hotmail.co.uk", "yahoo.co.uk", "school.sch.uk", "southyorks.pnn.police.uk", "btinternet.com"];
    private static readonly string[] PostcodeAreas = ["S", "DN", "LS", "M", "B", "SW", "EC", "W", "NW", "BD", "HD", "WF", "YO", "HU", "L", "NG", "LE", "SE", "E", "N", "CR", "OX", "CB", "HX", "BS"];
    private const string InwardLetters = "ABDEFGHJLNPQRSTUWXYZ";
    private const string UpnLetters = "ABCDEFGHJKLMNPQRTUVWXYZ";

    /// <summary>Gets the random source, for generators that share it.</summary>
    internal Random Random => random;

    internal string Forename() => Pick(Forenames);

    internal string Surname() => Pick(Surnames);

    /// <summary>A person's name the way notes write it.</summary>
    internal string PersonName() => random.Next(6) switch
    {
        0 => $"{Pick(Titles)} {Surname()}",
        1 => $"{Pick(Titles)} {Forename()} {Surname()}",
        2 => $"{Pick(["Mr", "Mrs", "Dr"])} {(char)('A' + random.Next(26))}. {Surname()}",
        _ => $"{Forename()} {Surname()}",
    };

    internal string Email()
    {
        var local = random.Next(4) switch
        {
            0 => $"{Forename()}.{Surname()}",
            1 => $"{Forename()[0]}.{Surname()}",
            2 => $"{Forename().ToLowerInvariant()}{random.Next(1, 99)}",
            _ => $"{Forename().ToLowerInvariant()}_{Surname().ToLowerInvariant()}",
        };
        return $"{local.Replace("'", string.Empty, StringComparison.Ordinal)}@{Pick(EmailDomains)}";
    }

    internal string Phone() => random.Next(9) switch
    {
        0 => $"0114 {random.Next(200, 499)} {random.Next(1000, 9999)}",
        1 => $"07{random.Next(100, 999)} {random.Next(100000, 999999)}",
        2 => $"+44 7{random.Next(100, 999)} {random.Next(100000, 999999)}",
        3 => $"(01709) {random.Next(200000, 899999)}",
        4 => $"020 {random.Next(7000, 8999)} {random.Next(1000, 9999)}",
        5 => $"01709 {random.Next(200000, 899999)}",
        6 => $"0300 {random.Next(100, 999)} {random.Next(1000, 9999)}",
        7 => $"07{random.Next(100000000, 999999999)}",
        _ => $"+44 (0)113 {random.Next(200, 499)} {random.Next(1000, 9999)}",
    };

    internal string NhsNumber()
    {
        while (true)
        {
            var digits = new int[10];
            digits[0] = random.Next(3, 8);
            for (var k = 1; k < 9; k++)
            {
                digits[k] = random.Next(10);
            }

            var check = 11 - (digits.Take(9).Select((d, k) => d * (10 - k)).Sum() % 11);
            if (check == 10)
            {
                continue;
            }

            digits[9] = check == 11 ? 0 : check;
            var s = string.Concat(digits);
            return random.Next(10) switch
            {
                0 => s,
                1 => $"{s[..3]} {s[3..6]} {s[6..]}",
                2 => $"{s[..3]}-{s[3..6]}-{s[6..]}",
                3 => $"{s[..3]} {s[3..6]} {s[6..8]} {s[8..]}", // 3-3-2-2
                4 => $"{s[..4]} {s[4..7]} {s[7..]}", // 4-3-3
                5 => $"{s[..3]}.{s[3..6]}.{s[6..]}",
                6 => $"{s[..3]}/{s[3..6]}/{s[6..]}",
                7 => $"{s[..3]}  {s[3..6]}  {s[6..]}",
                8 => $"{s[..3]} - {s[3..6]} - {s[6..]}",
                _ => $"{s[..5]} {s[5..]}",
            };
        }
    }

    internal string NiNumber()
    {
        const string firsts = "ABCEGHJKLMNOPRSTWXYZ";
        const string seconds = "ABCEGHJKLMNPRSTWXYZ";
        string prefix;
        do
        {
            prefix = $"{Pick(firsts)}{Pick(seconds)}";
        }
        while (prefix is "BG" or "GB" or "KN" or "NK" or "NT" or "TN" or "ZZ");

        var digits = random.Next(0, 1000000).ToString("D6", CultureInfo.InvariantCulture);
        var suffix = "ABCD"[random.Next(4)];
        return random.Next(3) switch
        {
            0 => $"{prefix}{digits}{suffix}",
            1 => $"{prefix} {digits[..2]} {digits[2..4]} {digits[4..]} {suffix}",
            2 => $"{prefix}-{digits[..2]}-{digits[2..4]}-{digits[4..]}-{suffix}",
            3 => $"{prefix} {digits[..2]} {digits[2..4]} {digits[4..]} {suffix}".ToLowerInvariant(),
            4 => $"{prefix}{digits}{suffix}".ToLowerInvariant(),
            _ => $"{prefix} {digits} {suffix}",
        };
    }

    internal string Upn()
    {
        var body = new StringBuilder();
        body.Append(Pick(["372", "373", "370", "371", "350", "201", "888"]));
        body.Append(random.Next(1000, 9999));
        body.Append(random.Next(5, 15).ToString("D2", CultureInfo.InvariantCulture));
        body.Append(random.Next(0, 999).ToString("D3", CultureInfo.InvariantCulture));
        if (random.Next(5) == 0)
        {
            body[^1] = UpnLetters[random.Next(UpnLetters.Length)];
        }

        var sum = 0;
        for (var k = 0; k < 12; k++)
        {
            var c = body[k];
            sum += (char.IsDigit(c) ? c - '0' : UpnLetters.IndexOf(c, StringComparison.Ordinal)) * (k + 2);
        }

        var upn = UpnLetters[sum % 23] + body.ToString();
        return random.Next(4) switch
        {
            0 => $"{upn[..4]} {upn[4..8]} {upn[8..12]} {upn[12..]}",
            1 => upn.ToLowerInvariant(),
            _ => upn,
        };
    }

    internal string Postcode()
    {
        var area = Pick(PostcodeAreas);
        var outward = random.Next(3) switch
        {
            0 when area.Length == 1 => $"{area}{random.Next(1, 9)}{"ABCDEFGHJKPSTUW"[random.Next(15)]}",
            0 when area is "EC" or "SW" or "NW" or "SE" => $"{area}{random.Next(1, 9)}{"ABEHMNPRVWXY"[random.Next(12)]}", // AANA: London districts only
            1 => $"{area}{random.Next(1, 99)}",
            _ => $"{area}{random.Next(1, 9)}",
        };
        var inward = $"{random.Next(10)}{InwardLetters[random.Next(InwardLetters.Length)]}{InwardLetters[random.Next(InwardLetters.Length)]}";

        // An inward code that reads as an ordinal in lower case (1ST, 2ND, 3RD, 9TH) is left alone by design when written
        // in lower case ("Y6 2nd"), so it is only written in capitals here.
        var ordinal = inward[1..] is "ST" or "ND" or "RD" or "TH";
        var form = random.Next(12);
        return (ordinal && form is 1 or 3 or 4 ? 5 : form) switch
        {
            0 => outward + inward,
            1 => $"{outward} {inward}".ToLowerInvariant(),
            2 => $"{outward}  {inward}", // two spaces
            3 => $"{outward} {inward.ToLowerInvariant()}", // mixed case
            4 => $"{outward[0]}{outward[1..].ToLowerInvariant()} {inward.ToLowerInvariant()}",
            _ => $"{outward} {inward}",
        };
    }

    /// <summary>A date of birth and the cue written before it.</summary>
    internal (string Cue, string Date) DateOfBirth()
    {
        var year = random.Next(1975, 2012);
        var month = random.Next(1, 13);
        var day = random.Next(1, 29);
        var date = random.Next(9) switch
        {
            7 => $"{day:D2}{month:D2}{year}", // eight digits, day first
            8 => $"{year}{month:D2}{day:D2}", // eight digits, year first
            0 => $"{day:D2}/{month:D2}/{year}",
            1 => $"{day}/{month}/{year % 100:D2}",
            2 => $"{day:D2}-{month:D2}-{year}",
            3 => $"{day} {MonthNames[month - 1]} {year}",
            4 => $"{day}{Ordinal(day)} {MonthNames[month - 1]} {year}",
            5 => $"{MonthNames[month - 1]} {day}, {year}",
            _ => $"{year}-{month:D2}-{day:D2}",
        };
        var cue = Pick(["DOB", "DOB:", "D.O.B.", "date of birth", "date of birth:", "born on", "born", "was born on", "(DOB", "(b.", "b."]);
        return (cue, date);
    }

    internal string Age() => random.Next(4) switch
    {
        0 => $"aged {random.Next(1, 18)}",
        1 => $"age {random.Next(1, 18)}",
        2 => $"{random.Next(2, 18)} years old",
        _ => $"{random.Next(2, 18)}-year-old",
    };

    /// <summary>An age written as an adjective, after "a": "7-year-old", "7 year old".</summary>
    internal string AgeAdjective() => random.Next(2) == 0 ? $"{random.Next(2, 18)}-year-old" : $"{random.Next(2, 18)} year old";

    /// <summary>A case reference and the cue written before it.</summary>
    internal (string Cue, string Reference) CaseReference()
    {
        var reference = random.Next(4) switch
        {
            0 => random.Next(100000, 99999999).ToString(CultureInfo.InvariantCulture),
            1 => $"CR-{random.Next(1000, 999999):D6}",
            2 => $"SC/{random.Next(2008, 2013)}/{random.Next(1000, 9999)}",
            _ => $"{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}{random.Next(10000, 999999)}",
        };
        return (Pick(["case ref", "Case ref:", "ref.", "Ref:", "case no.", "case number", "child ID", "reference"]), reference);
    }

    internal T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private char Pick(string letters) => letters[random.Next(letters.Length)];

    private static string Ordinal(int day) => (day % 10, day / 10) switch
    {
        (_, 1) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
}
