using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Privacy;

/// <summary>The issue codes of the privacy rules (PC04xx): personal data in text that must be non-attributable.</summary>
public static class PrivacyIssueCodes
{
    /// <summary>PC0401: a free-text field that must be non-attributable contains personal data.</summary>
    public static readonly IssueCode PersonalDataInNonAttributableText = IssueCode.Error("PC0401", "personal-data-in-non-attributable-text", "A free-text field that must be non-attributable (a source, a note, a comment, a finding statement) contains personal data: a name, email address, telephone number, NHS or National Insurance number, Unique Pupil Number, postcode, date of birth or case reference. The message names the kinds found, never the values.");


    /// <summary>Gets the codes of this class, ordered by code.</summary>
    public static IReadOnlyList<IssueCode> All { get; } = Array.AsReadOnly<IssueCode>([PersonalDataInNonAttributableText]);
}
