using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PeerChallenge.Domain.Privacy;
using PeerChallenge.Domain.Tests.Privacy.Corpus;

namespace PeerChallenge.Domain.Tests.Privacy;

public sealed class RedactionProperties
{
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 500)]
    public bool Injected_personal_data_never_survives(SafeText before, InjectedDatum datum, SafeText after)
    {
        var text = $"{before.Text}. {datum.Context}{datum.Value}. {after.Text}";
        var redacted = PersonalDataRedactor.Default.Redact(text);
        return !Regex.IsMatch(redacted, $@"(?<![\w]){Regex.Escape(datum.Value)}(?![\w])");
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 500)]
    public bool Text_without_personal_data_comes_out_unchanged(SafeText text) =>
        ReferenceEquals(text.Text, PersonalDataRedactor.Default.Redact(text.Text));

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 200)]
    public bool Redaction_keeps_every_line_break(SafeText before, InjectedDatum datum, SafeText after)
    {
        var text = $"{before.Text}\n{datum.Context}{datum.Value}\r\n{after.Text}\n";
        var redacted = new PersonalDataRedactor(PersonalDataScanner.Default, RedactionOperator.Mask()).Redact(text);
        return redacted.Length == text.Length
            && redacted.Select((c, i) => (c, i)).Where(p => p.c is '\n' or '\r').Select(p => p.i)
                .SequenceEqual(text.Select((c, i) => (c, i)).Where(p => p.c is '\n' or '\r').Select(p => p.i));
    }

    /// <summary>Text made only of domain phrases and ordinary words: nothing in it is personal data.</summary>
    public sealed record SafeText(string Text);

    /// <summary>A piece of personal data of some kind and the words written before it (a cue where the kind needs one).</summary>
    public sealed record InjectedDatum(PersonalDataKind Kind, string Context, string Value)
    {
        public override string ToString() => $"{Kind}: {Context}{Value}";
    }

    public static class Arbitraries
    {
        private static readonly string[] SafeFragments =
        [
            "the Team Leader", "the Member Peer", "the Officer Peer", "the Health Peer", "the Off-site Peer",
            "the Challenge Manager", "Outcomes", "Vision, Strategy and Leadership", "Managing Resources",
            "Service Delivery and Effective Practice", "Working Together", "the LSCB", "the CAF", "Key Stage 2",
            "Key Stage 4", "Level 3", "Section 47", "on 3 October 2011", "by 14 November 2011", "in 2011/12",
            "in 2010/11", "45%", "re-referrals fell to 23%", "NHS Rotherham", "South Yorkshire Police", "Rotherham",
            "Sheffield", "Barnsley", "Doncaster", "Ofsted", "the MASH", "Early Help", "in May 2012", "Year 7",
            "12 of the 20 plans", "thresholds were unclear", "supervision is monthly", "caseloads are high",
            "partners agreed", "the plan was reviewed", "and", "with", "said that", "Managers said", "Staff told us",
            "Children's Social Care", "the Director of Children's Services", "Monday 3 October", "aged 16-17",
        ];

        public static Arbitrary<SafeText> SafeText() =>
            Gen.Choose(1, 12)
                .SelectMany(n => Gen.ArrayOf(Gen.Elements(SafeFragments), n))
                .SelectMany(parts => Gen.Elements(" ", ". ", ", ", "\n").Select(separator => new SafeText(string.Join(separator, parts))))
                .ToArbitrary();

        public static Arbitrary<InjectedDatum> InjectedDatum() =>
            Gen.Choose(0, int.MaxValue)
                .SelectMany(seed => Gen.Elements(PersonalDataKind.All.ToArray()).Select(kind => Make(kind, new PersonalDataValues(new Random(seed)))))
                .ToArbitrary();

        private static InjectedDatum Make(PersonalDataKind kind, PersonalDataValues values)
        {
            switch (kind.Code)
            {
                case "EMAIL": return new(kind, "email ", values.Email());
                case "PHONE": return new(kind, "tel ", values.Phone());
                case "NHS_NUMBER": return new(kind, string.Empty, values.NhsNumber());
                case "NI_NUMBER": return new(kind, "NI ", values.NiNumber());
                case "UPN": return new(kind, string.Empty, values.Upn());
                case "POSTCODE": return new(kind, "moved to ", values.Postcode());
                case "DATE_OF_BIRTH":
                    {
                        var (cue, date) = values.DateOfBirth();
                        return new(kind, cue.TrimStart('(') + " ", date);
                    }

                case "CASE_REF":
                    {
                        var (cue, reference) = values.CaseReference();
                        return new(kind, cue + " ", reference);
                    }

                case "ADDRESS":
                    return new(kind, "home visit to ", new StructuredValues(values.Random).Address().Address);
                default:
                    {
                        // A name from the corpus's own lists (most, not all, known to the scanner), in a form and a
                        // cue the scanner is promised to find whether or not it knows the name.
                        var forename = values.Pick(CorpusNames.AllForenames);
                        var surname = values.Pick(CorpusNames.AllSurnames);
                        return values.Pick([0, 1, 2, 3, 4]) switch
                        {
                            0 => new(kind, string.Empty, $"Mrs {surname}"),
                            1 => new(kind, "we spoke to ", $"{forename} {surname}"),
                            2 => new(kind, "Child: ", $"{surname.ToUpperInvariant()}, {forename}"),
                            3 => new(kind, "we spoke to ", $"{forename.ToUpperInvariant()} {surname.ToUpperInvariant()}"),
                            _ => new(kind, "seen by ", $"{forename[0]}. {surname}"),
                        };
                    }
            }
        }
    }
}
