using System.Globalization;
using System.Text;

namespace PeerChallenge.Domain.Benchmarks.Privacy;

/// <summary>Synthetic peer challenge interview notes with personal data of every kind, generated from a fixed seed.</summary>
internal static class InterviewNotesText
{
    private static readonly string[] Forenames = ["Sarah", "James", "Emma", "Mohammed", "Jack", "Olivia", "Daniel", "Sophie", "Aisha", "Thomas", "Karen", "Paul"];
    private static readonly string[] Surnames = ["Smith", "Jones", "Taylor", "Patel", "Khan", "Hughes", "Walker", "Okonkwo", "Sutcliffe", "Greenwood"];
    private static readonly string[] Plain =
    [
        "The Team Leader and the Member Peer met the LSCB chair on 3 October 2011 to discuss thresholds.",
        "In 2011/12, 45% of referrals to Children's Social Care were repeat referrals within twelve months.",
        "Staff told us that supervision was regular and reflective, and that caseloads had risen since the spring.",
        "Training at Level 3 was delivered to schools across Rotherham and Sheffield by NHS Rotherham.",
        "Pupils at Key Stage 2 did well; the CAF was used more often and Working Together guidance was followed.",
        "Vision, Strategy and Leadership; Managing Resources; Service Delivery and Effective Practice; Outcomes.",
        "South Yorkshire Police and the MASH shared information well, according to the Health Peer.",
    ];

    internal static string Generate(int seed, int approximateChars)
    {
        var random = new Random(seed);
        var text = new StringBuilder(approximateChars + 256);
        while (text.Length < approximateChars)
        {
            var name = $"{Forenames[random.Next(Forenames.Length)]} {Surnames[random.Next(Surnames.Length)]}";
            switch (random.Next(10))
            {
                case 0:
                    text.Append(name).Append(", the social worker, said that the plan was not reviewed on time.");
                    break;
                case 1:
                    text.Append("Mother's mobile 07").Append(random.Next(100, 999)).Append(' ').Append(random.Next(100000, 999999))
                        .Append("; email ").Append(name.Replace(' ', '.')).Append("@example.org.");
                    break;
                case 2:
                    text.Append("NHS no. ").Append(NhsNumber(random)).Append(", DOB ").Append(random.Next(1, 28)).Append('/').Append(random.Next(1, 12)).Append("/20").Append(random.Next(10, 12))
                        .Append(", lives at S").Append(random.Next(1, 80)).Append(' ').Append(random.Next(1, 9)).Append("TQ.");
                    break;
                case 3:
                    text.Append("We spoke to Mrs ").Append(Surnames[random.Next(Surnames.Length)]).Append(" (case ref ").Append(random.Next(100000, 999999)).Append(") and NI number AB ")
                        .Append(random.Next(10, 99)).Append(' ').Append(random.Next(10, 99)).Append(' ').Append(random.Next(10, 99)).Append(" C.");
                    break;
                default:
                    text.Append(Plain[random.Next(Plain.Length)]);
                    break;
            }

            text.Append(random.Next(4) == 0 ? '\n' : ' ');
        }

        return text.ToString();
    }

    private static string NhsNumber(Random random)
    {
        while (true)
        {
            var digits = Enumerable.Range(0, 9).Select(k => k == 0 ? random.Next(4, 7) : random.Next(10)).ToArray();
            var check = 11 - (digits.Select((d, k) => d * (10 - k)).Sum() % 11);
            if (check != 10)
            {
                var s = string.Concat(digits) + (check == 11 ? 0 : check).ToString(CultureInfo.InvariantCulture);
                return $"{s[..3]} {s[3..6]} {s[6..]}";
            }
        }
    }
}
