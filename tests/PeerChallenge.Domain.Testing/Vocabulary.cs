namespace PeerChallenge.Domain.Testing;

/// <summary>The words the generator builds records from: invented people and places, job titles and statements written as a council would.</summary>
internal static class Vocabulary
{
    /// <summary>Forenames; combined with the invented surnames below they name nobody real.</summary>
    internal static readonly string[] Forenames =
    [
        "Alex", "Jordan", "Sam", "Chris", "Robin", "Taylor", "Morgan", "Casey", "Jamie", "Riley",
        "Avery", "Rowan", "Quinn", "Harper", "Elliot", "Frankie", "Charlie", "Drew", "Hayden", "Kit",
    ];

    /// <summary>Invented surnames.</summary>
    internal static readonly string[] Surnames =
    [
        "Ashdown", "Brackley", "Calloway", "Densmore", "Ellingham", "Fairclough", "Garside", "Hartwell",
        "Ingleby", "Jessop", "Kettlewell", "Lindqvist", "Marchbank", "Northcott", "Oakshott", "Pennington",
        "Quarmby", "Ravensworth", "Stainthorpe", "Thackray", "Umpleby", "Verity", "Wolstenholme", "Yardley",
    ];

    /// <summary>Beginnings of invented place names.</summary>
    internal static readonly string[] PlaceStems =
    [
        "Ash", "Brook", "Cold", "Dun", "Elm", "Fern", "Glen", "Holm", "Ivy", "Kings",
        "Lark", "Mill", "Nether", "Oak", "Pen", "Red", "Stone", "Thorn", "Wold", "Yew",
    ];

    /// <summary>Ends of invented place names.</summary>
    internal static readonly string[] PlaceEnds = ["ford", "ley", "ton", "field", "bridge", "wick", "dale", "by", "ham", "worth"];

    /// <summary>Kinds of English local authority.</summary>
    internal static readonly string[] CouncilKinds = ["Metropolitan Borough Council", "City Council", "County Council", "Borough Council", "Council"];

    internal static readonly string[] OfficerPeerTitles =
    [
        "Head of Safeguarding and Quality Assurance", "Assistant Director, Children's Social Care", "Head of Early Help",
        "Service Manager, Children in Need", "Principal Social Worker", "Head of Looked After Children",
    ];

    internal static readonly string[] HealthPeerTitles =
    [
        "Designated Nurse for Safeguarding Children", "Named Nurse for Safeguarding Children", "Designated Doctor for Safeguarding Children",
        "Head of Safeguarding, Community Health Services",
    ];

    internal static readonly string[] OffSitePeerTitles = ["Performance and Information Manager", "Business Intelligence Manager", "Quality Assurance Officer"];

    internal static readonly string[] AnalystPeerTitles = ["Senior Data Analyst", "Performance Analyst", "Research and Intelligence Officer"];

    internal static readonly string[] SchoolKinds = ["Primary School", "Academy", "Community College", "Infant School", "Junior School", "High School"];

    internal static readonly string[] CharityKinds = ["Family Support", "Young Carers", "Youth Trust", "Parenting Network", "Domestic Abuse Service"];

    /// <summary>How statements begin.</summary>
    internal static readonly string[] Openings =
    [
        "The effectiveness of", "How well the council and its partners understand", "An independent view of",
        "The quality and consistency of", "The impact on children and families of", "How senior leaders know about",
        "Whether partners have a shared view of", "The progress made since the last inspection in",
    ];

    /// <summary>What statements are about, each with the kind of theme it belongs to.</summary>
    internal static readonly (string Text, ThemeKind[] Kinds)[] Subjects =
    [
        ("early help and the use of the common assessment framework", [ThemeKind.Practice, ThemeKind.WorkingTogether]),
        ("thresholds for referral to children's social care", [ThemeKind.Practice, ThemeKind.WorkingTogether]),
        ("the multi-agency arrangements at the front door, including the sharing of information with police and health", [ThemeKind.WorkingTogether]),
        ("supervision, caseloads and the stability of the social work workforce", [ThemeKind.Resources, ThemeKind.Leadership]),
        ("the voice of the child in child protection plans and reviews", [ThemeKind.Practice, ThemeKind.Outcomes]),
        ("placement sufficiency and the value for money of out of authority placements", [ThemeKind.Resources]),
        ("the safeguarding board's quality assurance of multi-agency practice", [ThemeKind.WorkingTogether, ThemeKind.Leadership]),
        ("performance management and the use of data by senior managers and elected members", [ThemeKind.Leadership]),
        ("educational outcomes for looked after children at key stage 2 and key stage 4", [ThemeKind.Outcomes]),
        ("the timeliness of initial and core assessments", [ThemeKind.Practice, ThemeKind.Outcomes]),
        ("the response to children missing from home, care or education", [ThemeKind.Practice, ThemeKind.WorkingTogether]),
        ("the commissioning of family support services from the voluntary sector", [ThemeKind.Resources, ThemeKind.WorkingTogether]),
        ("learning from serious case reviews and how it reaches front-line staff", [ThemeKind.WorkingTogether, ThemeKind.Leadership]),
        ("the transition of young people from children's to adult services", [ThemeKind.Practice, ThemeKind.Outcomes]),
    ];

    /// <summary>How statements end.</summary>
    internal static readonly string[] Qualifiers =
    [
        ", and what difference it makes", " across the borough", ", compared with similar authorities",
        ", given the savings the council must make over the next three years", " since the restructure of the service",
        ", as seen in case files and by staff", " in the context of rising demand",
    ];

    /// <summary>Notes of a planning tool's evidence log (a local field, x-evidence): no personal data.</summary>
    internal static readonly string[] EvidenceNotes =
    [
        "Audit of a sample of case files against the practice standards.",
        "Questionnaire returns from front-line staff and managers.",
        "Performance data for the last three quarters, with the comparator group.",
        "Minutes of the board and its sub-groups for the last year.",
        "Focus group with partner agency staff working in the locality teams.",
    ];

    internal static readonly string[] EvidenceKinds = ["case-audit", "questionnaire", "performance-data", "document", "focus-group"];
}

/// <summary>The kinds of theme every built-in edition has, in a common order.</summary>
internal enum ThemeKind
{
    Outcomes,
    Leadership,
    WorkingTogether,
    Practice,
    Resources,
}
