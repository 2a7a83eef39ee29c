using System.Globalization;

namespace PeerChallenge.Domain.Tests.Privacy.Corpus;

/// <summary>
/// Makes the written forms of issue #13 item 4 and the addresses of item 5, each with a form label: case references
/// with slashes, police references, numbers after a case-system name, overseas numbers, written-out email addresses,
/// street addresses. Written from the public formats (E.164, police force reference styles, Royal Mail street
/// naming), with word lists of its own, not from the recognisers.
/// </summary>
internal sealed class StructuredValues(Random random)
{
    private static readonly string[] LocalNames =
    [
        "wiktoria", "bilal", "chiamaka", "ionut", "saoirse", "tariq", "lucja", "shabana", "emeka", "roxana", "dara",
        "nasrin", "kerry", "dean", "shannon", "jordan", "amina", "farhan", "zuzana", "mirela", "kieran", "lacey",
    ];

    private static readonly string[] LocalSurnames =
    [
        "kaminska", "iqbal", "obi", "popescu", "nic", "akhtar", "zielinska", "begum", "eze", "dumitru", "ward",
        "hussain", "bailey", "rooney", "oconnor", "mahmood", "horvath", "stoica", "doherty", "price",
    ];

    private static readonly string[] StreetNames =
    [
        "Ashwood", "Oak", "Church", "High", "Victoria", "Station", "Mill", "Wath", "Kimberworth", "Herringthorpe", "Broom",
        "Moorgate", "Clifton", "Wellgate", "Badsley Moor", "Far", "St John's", "Bishop's", "Cross", "Sitwell", "Canklow",
        "East Herringthorpe", "Greasbrough", "Thrybergh", "Dalton", "Eastwood", "Ferham", "Masbrough", "Blackburn",
    ];

    private static readonly string[] StreetTypes =
    [
        "Road", "Rd", "Street", "St", "Avenue", "Ave", "Lane", "Close", "Drive", "Grove", "Way", "Crescent", "Court",
        "Gardens", "Place", "Terrace", "Walk", "Mews", "View", "Rise", "Hill", "Green", "Square", "Row", "Parade", "Bank",
        "Fold", "Croft", "Gate", "Vale",
    ];

    private static readonly string[] PlainStreetTypes = ["road", "street", "avenue", "lane", "grove", "crescent", "gardens", "terrace", "mews", "croft", "vale"];

    private static readonly string[] Buildings = ["Smith House", "Beech Court", "Kelham Island", "Wharncliffe House", "Norfolk Park", "Chantry Bridge", "Elm Tower"];

    private static readonly string[] CaseSystems = ["Mosaic", "LCS", "LCS:", "SystmOne no.", "Liquidlogic ID", "CareFirst", "EMIS", "RiO", "Capita One", "SIMS", "Niche", "Frameworki", "EHM"];

    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    /// <summary>A case reference with slashes after a cue, a police reference, or a number after a case-system name.</summary>
    internal (string Form, string Cue, string Reference) CaseReference()
    {
        var year = random.Next(8, 20).ToString("D2", CultureInfo.InvariantCulture);
        switch (random.Next(6))
        {
            case 0:
                return ("slashes after a cue", Pick(["case ref", "Ref:", "ref.", "reference", "case no."]), random.Next(3) switch
                {
                    0 => $"SC/20{year}/{random.Next(10000, 99999)}",
                    1 => $"{random.Next(10, 99)}/{random.Next(1000, 9999)}/{Letters(2)}",
                    _ => $"{Letters(2)}/{year}/{random.Next(100, 9999):D4}",
                });
            case 1:
                return ("crime reference", Pick(["crime ref", "Crime ref:", "crime reference", "crime number", "crime no.", "CRN", "CRN:", "police ref", "Police reference"]), random.Next(3) switch
                {
                    0 => $"{random.Next(10, 99)}/{random.Next(100000, 999999)}/{year}",
                    1 => $"{Pick(["SY", "GM", "WY", "MP"])}/{random.Next(10000, 99999)}/{year}",
                    _ => $"CRI/{random.Next(1, 20):D2}{Letters(2)}/{random.Next(100000, 999999)}/{year}",
                });
            case 2:
                {
                    var day = random.Next(1, 29);
                    var month = random.Next(1, 13);
                    var date = random.Next(3) switch
                    {
                        0 => $"{day:D2}/{month:D2}/20{year}",
                        1 => $"{day}/{month}/{year}",
                        _ => $"{day}{(day is 1 or 21 ? "st" : day is 2 or 22 ? "nd" : day is 3 or 23 ? "rd" : "th")} {MonthNames[month - 1]}",
                    };
                    return ("log or incident of a date", Pick(["log", "police log", "STORM log", "incident", "Incident", "log no.", "incident no."]), $"{random.Next(1, 2000):D4} of {date}");
                }

            case 3:
                return ("URN or occurrence", Pick(["URN", "URN:", "occurrence", "Occurrence no."]), random.Next(2) == 0
                    ? $"{random.Next(10, 99)}{Letters(2)}{random.Next(1000000, 9999999)}"
                    : $"{random.Next(10, 25)}{random.Next(1000000, 9999999)}");
            case 4:
                return ("PNC ID", Pick(["PNC ID", "PNC ID:", "PNC"]), $"{random.Next(10, 99)}/{random.Next(100000, 999999)}{Letters(1)}");
            default:
                return ("after a case-system name", Pick(CaseSystems), random.Next(10000, 99999999).ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>An overseas number in international form.</summary>
    internal (string Form, string Number) OverseasPhone()
    {
        var (code, national) = random.Next(11) switch
        {
            0 => ("48", $"{random.Next(500, 899)} {random.Next(100, 999)} {random.Next(100, 999)}"),
            1 => ("92", $"3{random.Next(0, 49):D2} {random.Next(1000000, 9999999)}"),
            2 => ("234", $"{Pick(["803", "806", "813", "703", "905"])} {random.Next(100, 999)} {random.Next(1000, 9999)}"),
            3 => ("40", $"7{random.Next(10, 99)} {random.Next(100, 999)} {random.Next(100, 999)}"),
            4 => ("353", $"8{random.Next(3, 9)} {random.Next(100, 999)} {random.Next(1000, 9999)}"),
            5 => ("1", $"({random.Next(201, 989)}) {random.Next(200, 999)}-{random.Next(1000, 9999)}"),
            6 => ("880", $"1{random.Next(300, 999)}-{random.Next(100000, 999999)}"),
            7 => ("964", $"7{random.Next(50, 90)} {random.Next(100, 999)} {random.Next(1000, 9999)}"),
            8 => ("370", $"6{random.Next(10, 99)} {random.Next(10000, 99999)}"),
            9 => ("421", $"9{random.Next(10, 49)} {random.Next(100, 999)} {random.Next(100, 999)}"),
            _ => ("36", $"{Pick(["20", "30", "70"])} {random.Next(100, 999)} {random.Next(1000, 9999)}"),
        };
        return random.Next(5) switch
        {
            0 => ("00 and country code", $"00{code} {national}"),
            1 => ("00, space, country code", $"00 {code} {national}"),
            2 when !national.Contains('(', StringComparison.Ordinal) => ("+ and digits together", $"+{code}{national.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal)}"),
            _ => ("+ and country code", $"+{code} {national}"),
        };
    }

    /// <summary>An email address written out with "at" and "dot".</summary>
    internal (string Form, string Address) WrittenEmail()
    {
        var name = Pick(LocalNames);
        var surname = Pick(LocalSurnames);
        var (domain, domainWords) = random.Next(6) switch
        {
            0 => ("gmail.com", "gmail dot com"),
            1 => ("hotmail.co.uk", "hotmail dot co dot uk"),
            2 => ("yahoo.com", "yahoo dot com"),
            3 => ("outlook.com", "outlook dot com"),
            4 => ("wp.pl", "wp dot pl"),
            _ => ("nhs.net", "nhs dot net"),
        };
        return random.Next(6) switch
        {
            0 => ("words: dot and at", $"{name} dot {surname} at {domainWords}"),
            1 => ("dotted name at dotted domain", $"{name}.{surname} at {domain}"),
            2 => ("(at) and (dot)", $"{name}(at){domain.Replace(".", "(dot)", StringComparison.Ordinal)}"),
            3 => ("[at] and [dot]", $"{name} [at] {domain.Replace(".", " [dot] ", StringComparison.Ordinal)}"),
            4 => ("AT and DOT in capitals", $"{name[0]}.{surname} AT {domainWords.Replace("dot", "DOT", StringComparison.Ordinal)}"),
            _ => ("underscore at dot", $"{name}_{surname} at {domainWords}"),
        };
    }

    /// <summary>A street address: a house number or flat with a street, or a flat in a named building.</summary>
    internal (string Form, string Address) Address()
    {
        var street = $"{Pick(StreetNames)} {Pick(StreetTypes)}";
        var number = random.Next(1, 240);
        return random.Next(9) switch
        {
            0 => ("flat, number and street", $"Flat {random.Next(1, 30)}, {number} {street}"),
            1 => ("flat with a letter, lower case", $"flat {random.Next(1, 9)}{"abcd"[random.Next(4)]} {number} {street}"),
            2 => ("number with a letter", $"{number}{"abc"[random.Next(3)]} {street}"),
            3 => ("range of numbers", $"{number}-{number + 2} {street}"),
            4 => ("flat in a named building", $"{Pick(["Flat", "Apartment", "flat"])} {random.Next(1, 40)}{(random.Next(2) == 0 ? "," : string.Empty)} {Pick(Buildings)}"),
            5 => ("lower case", $"{number} {Pick(StreetNames).ToLowerInvariant()} {Pick(PlainStreetTypes)}"),
            6 => ("capitals", $"{number} {street.ToUpperInvariant()}"),
            _ => ("number and street", $"{number} {street}"),
        };
    }

    internal T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private string Letters(int count)
    {
        Span<char> letters = stackalloc char[count];
        for (var k = 0; k < count; k++)
        {
            letters[k] = (char)('A' + random.Next(26));
        }

        return new string(letters);
    }
}
