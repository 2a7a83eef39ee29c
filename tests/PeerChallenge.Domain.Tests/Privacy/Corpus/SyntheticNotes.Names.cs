using PeerChallenge.Domain.Privacy;

namespace PeerChallenge.Domain.Tests.Privacy.Corpus;

/// <summary>Sentences that write people's names the way real notes do: every case, record layouts, initials, lists, nicknames.</summary>
internal static partial class SyntheticNotes
{
    /// <summary>One sentence in this many is one of the name sentences below.</summary>
    private const int NameSentenceShare = 3;

    private static readonly string[] FamilyPlurals = ["siblings", "brothers", "sisters", "children", "half-siblings", "cousins"];

    private static readonly string[] Places = ["school", "nursery", "the contact centre", "nan's", "the family hub", "college"];

    /// <summary>
    /// Domain phrases that contain a forename or a surname-like word, and places that are also surnames: the ones a
    /// name recogniser is most likely to damage.
    /// </summary>
    internal static readonly string[] HardDomainPhrases =
    [
        "Clare's Law", "Sarah's Law", "the Laming Report", "the Munro Review", "the Victoria Climbié Inquiry",
        "the Lucy Faithfull Foundation", "Action for Children", "Barnardo's", "Childline", "Sure Start",
        "Signs of Safety", "Special Guardianship Order", "Care Order", "Children Act 1989", "Section 20",
        "Wakefield", "Bolton", "Preston", "Lincoln", "Halifax", "Stockport", "Rochdale", "Oldham", "Tameside",
        "Trafford", "Kirklees", "Calderdale", "Bassetlaw", "Salford", "Wigan", "Bury", "Beverley", "Chester",
        "Hope Family Centre", "St Mary's Primary", "Sheffield Hallam University", "Manchester Royal Infirmary",
        "Marie Curie", "Macmillan nurses", "Brook", "Kooth", "Mencap", "Turning Point", "the Troubled Families programme",
        "the Youth Justice Board", "the Prince's Trust", "Women's Aid", "Jigsaw Homes", "Bright Futures", "Early Help Hub",
        "the Harbour Project", "Changing Lives", "Barnsley Hospital", "Rotherham General", "Sheffield Children's Hospital",
    ];

    private static void NameSentence(NoteBuilder b, NameForms n, PersonalDataValues v, Random r)
    {
        var person = PersonalDataKind.Person;
        switch (r.Next(16))
        {
            case 0:
                {
                    var (name, form) = n.FullName();
                    b.Pii(person, name, form).Plain($" ({v.Pick(Roles)}) said that {v.Pick(Views)}.");
                    break;
                }

            case 1:
                {
                    var (a, fa) = n.FullName();
                    var (c, fc) = n.FullName();
                    b.Plain("Attendees: ").Pii(person, a, fa).Plain("; ").Pii(person, c, fc).Plain("; ").Domain(v.Pick(DomainPhrases)).Plain(".");
                    break;
                }

            case 2:
                b.Plain("Child: ").Pii(person, $"{n.Surname().ToUpperInvariant()}, {n.Forename()}", "SURNAME, Forename").Plain(", ").Pii(PersonalDataKind.DateOfBirth, v.Age()).Plain(".");
                break;
            case 3:
                {
                    var (initials, form) = n.Initials();
                    b.Pii(person, initials, form).Plain(r.Next(2) == 0 ? " said " : " told the social worker ").Plain($"{v.Pick(Views)}.");
                    break;
                }

            case 4:
                {
                    var (initials, form) = n.Initials();
                    b.Plain(r.Next(2) == 0 ? "Spoke to " : "Home visit, seen with mum ").Pii(person, initials, form).Plain(" about the plan.");
                    break;
                }

            case 5:
                b.Pii(person, n.Forename(), "first name, subject").Plain(r.Next(2) == 0 ? $" said {v.Pick(Views)}." : $" attends {v.Pick(Places)} and is doing well.");
                break;
            case 6:
                b.Plain($"Her {v.Pick(FamilyPlurals)} ").Pii(person, n.Forename(), "first name, family list").Plain(", ").Pii(person, n.Forename(), "first name, family list")
                    .Plain(" and ").Pii(person, n.Forename(), "first name, family list").Plain(" live with their nan.");
                break;
            case 7:
                b.Pii(person, n.Forename(), "first name, subject").Plain(r.Next(2) == 0 ? " is scared of " : " stays with ").Pii(person, n.WordLikeForename(), "word-like forename")
                    .Plain(r.Next(2) == 0 ? " at weekends." : ".");
                break;
            case 8:
                b.Plain("Mum says ").Pii(person, n.Nickname(), "nickname").Plain(" has been sleeping badly; he is known as ").Pii(person, n.Nickname(), "nickname").Plain(" at school.");
                break;
            case 9:
                {
                    var forename = n.Forename().ToLowerInvariant();
                    b.Plain("saw ").Pii(person, forename, "lower case").Plain($" at {v.Pick(Places)} today, ").Pii(person, forename, "lower case").Plain(" said she was fine.");
                    break;
                }

            case 10:
                b.Pii(person, $"{n.Forename()} {n.Surname()}", "Forename Surname").Plain(" attended with ").Pii(person, n.Forename(), "first name, cued").Plain(".");
                break;
            case 11:
                b.Plain("Concerns about ").Pii(person, n.WordLikeForename(), "word-like forename").Plain("'s behaviour at ").Domain(v.Pick(DomainPhrases)).Plain(".");
                break;
            case 12:
                {
                    var (name, form) = n.FullName();
                    b.Plain("The ").Domain(v.Pick(DomainPhrases)).Plain(" met ").Pii(person, name, form).Plain(" on ").Domain(v.Pick(["3 October 2011", "14 November 2011", "Monday 3 October"])).Plain(".");
                    break;
                }

            case 14:
                b.Plain("The ").Domain(v.Pick(HardDomainPhrases)).Plain(" and ").Domain(v.Pick(HardDomainPhrases)).Plain($" were discussed; {v.Pick(Views)}.");
                break;
            case 15:
                {
                    var (name, form) = n.FullName();
                    b.Plain("Under ").Domain(v.Pick(HardDomainPhrases)).Plain(", ").Pii(person, name, form).Plain(" was referred to ").Domain(v.Pick(HardDomainPhrases)).Plain(".");
                    break;
                }

            default:
                {
                    var (name, form) = n.FullName();
                    b.Plain("Referral from ").Pii(person, name, form).Plain(", ").Pii(person, n.Forename(), "first name, cued").Plain("'s mother, to the ").Domain(v.Pick(DomainPhrases)).Plain(".");
                    break;
                }
        }
    }
}
