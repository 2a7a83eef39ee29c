using PeerChallenge.Domain.Privacy;

namespace PeerChallenge.Domain.Tests.Privacy.Corpus;

/// <summary>
/// The sentences of <see cref="SyntheticNotes"/> that carry the written forms of <see cref="StructuredValues"/>, and
/// sentences of phrases that look like them and must stay: buildings, street names with no number, levels, years,
/// sums, "at" in ordinary English.
/// </summary>
internal static class StructuredSentences
{
    internal static readonly string[] DomainPhrases =
    [
        "Rotherham Town Hall", "Level 3", "2011/12", "Year 7", "log of calls", "Ward 3", "Key Stage 2", "Section 47",
        "45 cases", "Victoria Road", "3 October 2011", "Wickersley School", "St Ann's Medical Centre", "+3 to +5",
        "Riverside House", "Mosaic", "Church Lane area", "14 referrals", "met at school", "gov.uk", "at home",
        "Key Stage 4", "Year 11", "Level 2", "Section 17", "2010/11", "12 October 2011", "Clifton Park", "Oakwood High School",
    ];

    private static readonly string[] Towns = ["Rotherham", "Sheffield", "Maltby", "Rawmarsh", "Dinnington", "Swinton"];

    internal static void Write(NoteBuilder b, Random r)
    {
        var s = new StructuredValues(r);
        switch (r.Next(6))
        {
            case 0:
                {
                    var (form, cue, reference) = s.CaseReference();
                    b.Plain(s.Pick(["Police shared ", "Noted ", "See ", "Checked "])).Plain(cue).Plain(" ").Pii(PersonalDataKind.CaseReference, reference, form).Plain(s.Pick([" for the history.", "; no further action.", ", see the chronology."]));
                    break;
                }

            case 1:
                {
                    var (form, number) = s.OverseasPhone();
                    b.Plain(s.Pick(["Father's mobile abroad is ", "Grandmother can be reached on ", "Contact aunt on "])).Pii(PersonalDataKind.Phone, number, form).Plain(s.Pick([".", " (WhatsApp).", " after 6pm."]));
                    break;
                }

            case 2:
                {
                    var (form, address) = s.WrittenEmail();
                    b.Plain(s.Pick(["Mum's email is ", "Write to ", "Her personal address: "])).Pii(PersonalDataKind.Email, address, form).Plain(s.Pick([".", " for the minutes.", ", not the work one."]));
                    break;
                }

            case 3:
                {
                    var (form, address) = s.Address();
                    b.Plain(s.Pick(["The family live at ", "Home visit to ", "Moved to ", "Dad now lives at "])).Pii(PersonalDataKind.Address, address, form);
                    b.Plain(r.Next(2) == 0 ? $", {s.Pick(Towns)}." : ".");
                    break;
                }

            case 4:
                b.Plain("The ").Domain("log of calls").Plain(" for ").Domain(s.Pick(["Ward 3", "Year 7", "Year 11"])).Plain(" was read at ").Domain(s.Pick(["Rotherham Town Hall", "Riverside House", "Wickersley School", "St Ann's Medical Centre"])).Plain(" and on ").Domain("Mosaic").Plain(".");
                break;
            default:
                b.Plain("In ").Domain(s.Pick(["2011/12", "2010/11"])).Plain(", ").Domain("45 cases").Plain(" at ").Domain(s.Pick(["Level 3", "Level 2", "Key Stage 2", "Key Stage 4", "Section 47", "Section 17"]))
                    .Plain(" moved by ").Domain("+3 to +5").Plain("; ").Domain("14 referrals").Plain(" came from the ").Domain(s.Pick(["Church Lane area", "Clifton Park", "Victoria Road"]))
                    .Plain(" by ").Domain(s.Pick(["3 October 2011", "12 October 2011"])).Plain(". Staff ").Domain("met at school").Plain(" and ").Domain("at home").Plain("; see ").Domain("gov.uk").Plain(" and ").Domain("Oakwood High School").Plain(".");
                break;
        }
    }
}
