namespace PeerChallenge.Domain;

public static partial class IssueCodes
{
    /// <summary>PC0401: a free-text field that must be non-attributable contains personal data.</summary>
    public static readonly IssueCode PersonalDataInNonAttributableText = Error("PC0401", "personal-data-in-non-attributable-text", "A free-text field that must be non-attributable (a source, a note, a comment, a finding statement) contains personal data: a name, email address, telephone number, NHS or National Insurance number, Unique Pupil Number, postcode, date of birth or case reference. The message names the kinds found, never the values.");

    // PC04xx: privacy rules (personal data in non-attributable text).
    private static IEnumerable<IssueCode> PrivacyCodes() => [PersonalDataInNonAttributableText];
}
