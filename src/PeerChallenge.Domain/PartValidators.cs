using PeerChallenge.Domain.Evidence;
using PeerChallenge.Domain.Findings;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.OnSite;
using PeerChallenge.Domain.Team;
using PeerChallenge.Domain.Timeline;

namespace PeerChallenge.Domain;

/// <summary>The validators of the parts of a record that depend on its edition: the team, the dates, the lines of enquiry, the documents and evidence, the questionnaires, the case audit, the timetable, the findings.</summary>
internal sealed class PartValidators
{
    /// <summary>Builds the validators for <paramref name="edition"/> (null: only the edition-independent rules).</summary>
    internal PartValidators(ChallengeValidationOptions options, Edition? edition)
    {
        Team = new TeamCompositionValidator(edition);
        Schedule = new TimelineRulesValidator(options.Calendar, edition);
        LineOfEnquiry = new LineOfEnquiryValidator(edition, options.PersonalDataScanner);
        Evidence = new EvidenceValidator(edition, options.PersonalDataScanner, options.NonAttributionThreshold);
        Questionnaires = new QuestionnaireValidator(edition, options.PersonalDataScanner);
        CaseAudit = new CaseAuditValidator(edition, options.PersonalDataScanner);
        Timetable = new TimetableValidator(edition, options.Calendar, options.WorkingHours, options.NonAttributionThreshold);
        Findings = new FindingsValidator(edition, options.PersonalDataScanner, options.AsOf);
    }

    /// <summary>Gets the team rules.</summary>
    internal TeamCompositionValidator Team { get; }

    /// <summary>Gets the date and Ofsted rules.</summary>
    internal TimelineRulesValidator Schedule { get; }

    /// <summary>Gets the rules of one line of enquiry.</summary>
    internal LineOfEnquiryValidator LineOfEnquiry { get; }

    /// <summary>Gets the rules of the documents and evidence items.</summary>
    internal EvidenceValidator Evidence { get; }

    /// <summary>Gets the rules of the questionnaires.</summary>
    internal QuestionnaireValidator Questionnaires { get; }
    /// <summary>Gets the rules of the case audit.</summary>
    internal CaseAuditValidator CaseAudit { get; }

    /// <summary>Gets the rules of the on-site timetable.</summary>
    internal TimetableValidator Timetable { get; }

    /// <summary>Gets the rules of the findings and the feedback presentation.</summary>
    internal FindingsValidator Findings { get; }
}
