namespace PeerChallenge.Domain;

public static partial class IssueCodes
{
    // PC04xx: privacy rules (personal data in non-attributable text).
    private static IEnumerable<IssueCode> PrivacyCodes() => [];
}
