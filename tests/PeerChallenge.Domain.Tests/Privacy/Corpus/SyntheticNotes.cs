using PeerChallenge.Domain.Privacy;

namespace PeerChallenge.Domain.Tests.Privacy.Corpus;

/// <summary>
/// Synthetic interview notes, questionnaire comments and case-audit jottings from a children's safeguarding peer
/// challenge, generated from a seed, with every piece of personal data and every domain phrase annotated.
/// Sentences are assembled from many small fragments in random order so no recogniser can be fitted to them.
/// </summary>
internal static partial class SyntheticNotes
{
    internal static readonly string[] DomainPhrases =
    [
        "Key Stage 2", "Key Stage 4", "LSCB", "CAF", "Working Together", "Team Leader", "Member Peer", "Officer Peer",
        "Health Peer", "Off-site Peer", "Challenge Manager", "Outcomes", "Vision Strategy and Leadership",
        "Managing Resources", "Service Delivery and Effective Practice", "Level 3", "3 October 2011", "2011/12",
        "45%", "Rotherham", "Sheffield", "NHS Rotherham", "South Yorkshire Police", "Early Help", "MASH",
        "Children's Social Care", "Ofsted", "Section 47", "Child Protection Plan", "Looked After Children",
        "Independent Reviewing Officer", "Director of Children's Services", "Lead Member", "Serious Case Review",
        "Multi-Agency Safeguarding Hub", "Barnsley", "Doncaster", "14 November 2011", "Monday 3 October",
        "2010/11", "12%", "Level 2", "Family Support Service", "Youth Offending Team", "CAMHS", "the Council",
        "Head of Safeguarding", "Children in Need", "Section 17", "Common Assessment Framework", "Town Hall",
        "Rotherham Metropolitan Borough Council", "Sheffield Teaching Hospitals", "Barnardo's", "NSPCC",
        "Rotherham Doncaster and South Humber NHS Foundation Trust", "Safer Rotherham Partnership", "May 2011",
        "Grace Academy", "Victoria Road", "St Ann's Medical Centre", "Wickersley School", "Year 7", "Ward 3",
    ];

    private static readonly string[] Roles =
    [
        "social worker", "team manager", "IRO", "health visitor", "school nurse", "designated teacher", "headteacher",
        "police officer", "foster carer", "family support worker", "service manager", "GP", "midwife", "parent",
    ];

    private static readonly string[] Views =
    [
        "thresholds were not understood by all partners", "caseloads had risen since the spring",
        "supervision was regular and reflective", "the referral process was slow", "agencies shared information well",
        "the plan was not reviewed on time", "morale in the team was improving", "training had been well received",
        "the family had been known to services for years", "there was drift in the plan", "the voice of the child was clear",
    ];

    internal static IReadOnlyList<AnnotatedNote> Generate(int seed, int count)
    {
        var random = new Random(seed);
        var values = new PersonalDataValues(random);
        var names = new NameForms(random);
        var notes = new List<AnnotatedNote>(count);
        for (var n = 0; n < count; n++)
        {
            var note = new NoteBuilder();
            var sentences = random.Next(3, 8);
            for (var s = 0; s < sentences; s++)
            {
                if (random.Next(NameSentenceShare) == 0)
                {
                    NameSentence(note, names, values, random);
                }
                else
                {
                    Sentence(note, values, random);
                }

                note.Plain(random.Next(4) == 0 ? "\n" : " ");
            }

            notes.Add(note.Build());
        }

        return notes;
    }

    private static void Sentence(NoteBuilder b, PersonalDataValues v, Random r)
    {
        switch (r.Next(30))
        {
            case 0:
                b.Pii(PersonalDataKind.Person, v.PersonName()).Plain($", the {v.Pick(Roles)}, said that {v.Pick(Views)}.");
                break;
            case 1:
                b.Plain("We spoke to ").Pii(PersonalDataKind.Person, v.PersonName()).Plain($" ({v.Pick(Roles)}) about the ").Domain(v.Pick(DomainPhrases)).Plain(".");
                break;
            case 2:
                b.Plain("According to ").Pii(PersonalDataKind.Person, v.PersonName()).Plain($", {v.Pick(Views)}.");
                break;
            case 3:
                b.Pii(PersonalDataKind.Person, v.Forename()).Plain(", ").Pii(PersonalDataKind.DateOfBirth, v.Age()).Plain(", lives with ").Pii(PersonalDataKind.Person, v.PersonName()).Plain(".");
                break;
            case 4:
                {
                    var (cue, date) = v.DateOfBirth();
                    b.Plain("Child seen at home, ").Plain(cue).Plain(" ").Pii(PersonalDataKind.DateOfBirth, date).Plain(cue.StartsWith('(') ? ")." : ".");
                    break;
                }

            case 5:
                b.Plain("Mother's mobile ").Pii(PersonalDataKind.Phone, v.Phone()).Plain(r.Next(2) == 0 ? "; email " : ", or by email to ").Pii(PersonalDataKind.Email, v.Email()).Plain(".");
                break;
            case 6:
                b.Plain("NHS no. ").Pii(PersonalDataKind.NhsNumber, v.NhsNumber()).Plain(", UPN ").Pii(PersonalDataKind.Upn, v.Upn()).Plain(" recorded on the file.");
                break;
            case 7:
                b.Plain("The family moved to ").Pii(PersonalDataKind.Postcode, v.Postcode()).Plain(" in ").Domain(v.Pick(["May 2011", "2010/11", "2011/12"])).Plain(".");
                break;
            case 8:
                b.Plain("Father's NI number is ").Pii(PersonalDataKind.NiNumber, v.NiNumber()).Plain(".");
                break;
            case 9:
                {
                    var (cue, reference) = v.CaseReference();
                    b.Plain("See ").Plain(cue).Plain(" ").Pii(PersonalDataKind.CaseReference, reference).Plain(" for the history.");
                    break;
                }

            case 10:
                b.Plain("Contact ").Pii(PersonalDataKind.Person, v.PersonName()).Plain(" on ").Pii(PersonalDataKind.Phone, v.Phone()).Plain(".");
                break;
            case 11:
                b.Plain("The ").Domain(v.Pick(DomainPhrases)).Plain(" and the ").Domain(v.Pick(DomainPhrases)).Plain($" agreed that {v.Pick(Views)}.");
                break;
            case 12:
                b.Plain("In ").Domain("2011/12").Plain(", ").Domain(v.Pick(["45%", "12%"])).Plain(" of referrals to ").Domain(v.Pick(DomainPhrases)).Plain(" were repeat referrals.");
                break;
            case 13:
                b.Plain("The ").Domain("Team Leader").Plain(" met the ").Domain(v.Pick(DomainPhrases)).Plain(" on ").Domain(v.Pick(["3 October 2011", "14 November 2011", "Monday 3 October"])).Plain(".");
                break;
            case 14:
                b.Pii(PersonalDataKind.Person, v.Surname()).Plain($" said {v.Pick(Views)}.");
                break;
            case 15:
                b.Pii(PersonalDataKind.Person, v.Forename()).Plain($" told us {v.Pick(Views)}.");
                break;
            case 16:
                b.Plain("Email from ").Pii(PersonalDataKind.Email, v.Email()).Plain(" to the ").Domain(v.Pick(DomainPhrases)).Plain(".");
                break;
            case 17:
                b.Domain(v.Pick(DomainPhrases)).Plain(": ").Plain($"{v.Pick(Views)}, as the ").Domain(v.Pick(DomainPhrases)).Plain(" noted.");
                break;
            case 18:
                b.Plain("Home visit by ").Pii(PersonalDataKind.Person, v.PersonName()).Plain(" to ").Pii(PersonalDataKind.Postcode, v.Postcode()).Plain(" with ").Pii(PersonalDataKind.Person, v.Forename()).Plain(", a ").Pii(PersonalDataKind.DateOfBirth, v.AgeAdjective()).Plain(".");
                break;
            case 19:
                b.Plain("Training at ").Domain(v.Pick(["Level 3", "Level 2"])).Plain(" was delivered by the ").Domain(v.Pick(DomainPhrases)).Plain(".");
                break;
            case 20:
                b.Plain("Pupils at ").Domain(v.Pick(["Key Stage 2", "Key Stage 4"])).Plain(" in ").Domain(v.Pick(["Rotherham", "Sheffield", "Barnsley", "Doncaster"])).Plain(" did well.");
                break;
            case 21:
                // A first name with no cue at all: found only if the name list knows it.
                b.Plain("The plan for ").Pii(PersonalDataKind.Person, v.Forename()).Plain(" was reviewed on time.");
                break;
            case 22:
                b.Pii(PersonalDataKind.Person, v.Forename()).Plain(" was seen alone at school.");
                break;
            case 23:
                b.Plain("Meeting with ").Pii(PersonalDataKind.Person, v.PersonName()).Plain(" and ").Pii(PersonalDataKind.Person, v.PersonName()).Plain(" from ").Domain(v.Pick(["NHS Rotherham", "South Yorkshire Police", "Barnardo's", "the Council"])).Plain(".");
                break;
            default:
                // Case references, overseas numbers, written-out emails, addresses and the phrases like them that must stay.
                StructuredSentences.Write(b, r);
                break;
        }
    }
}
