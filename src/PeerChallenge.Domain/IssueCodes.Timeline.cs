namespace PeerChallenge.Domain;

public static partial class IssueCodes
{
    // PC03xx: timeline rules (lead-in, on-site week, report, Ofsted windows).
    private static IEnumerable<IssueCode> TimelineCodes() => [];
}
