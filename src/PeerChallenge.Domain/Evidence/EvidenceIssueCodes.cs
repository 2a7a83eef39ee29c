using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Evidence;

/// <summary>The issue codes of the evidence a team collects (PC07xx): documents, evidence items, questionnaires, the case audit and their markings.</summary>
public static class EvidenceIssueCodes
{
    /// <summary>PC0701: a document, evidence item, questionnaire or case audit grade refers to something the record does not have: a line of enquiry, a document, a question, a team member or a criterion, or an owner that is neither the host council nor a partner agency.</summary>
    public static readonly IssueCode UnknownReference = IssueCode.Error("PC0701", "unknown-reference", "A document, evidence item, questionnaire or case audit grade refers to a line of enquiry, a document, a question, a team member or a criterion the record does not have, or a document's owner is neither the host council nor a partner agency.");

    /// <summary>PC0703: a case audit grade that is not on the edition's grading scale (<see cref="CaseAuditValidator"/>).</summary>
    public static readonly IssueCode GradeOutsideScale = IssueCode.Error("PC0703", "grade-outside-scale", "A case audit grade that is not one of the edition's grading scale (for the 2011 edition: outstanding, good, adequate, inadequate).");

    /// <summary>PC0702: an answer chooses an option that is not among its question's options (<see cref="QuestionnaireValidator"/>).</summary>
    public static readonly IssueCode ResponseOutsideScale = IssueCode.Error("PC0702", "response-outside-scale", "An answer to a questionnaire chooses an option code that is not among its question's options.");

    /// <summary>PC0704: the source of an evidence item is a group smaller than the non-attribution threshold (<see cref="EvidenceValidator"/>).</summary>
    public static readonly IssueCode GroupBelowThreshold = IssueCode.Warning("PC0704", "group-below-threshold", "The source of an evidence item is a group smaller than the non-attribution threshold (default 3): its view cannot be reported as a group.");

    /// <summary>PC0705: a security marking from a scheme not in use on the item's date (<see cref="MarkingRules"/>).</summary>
    public static readonly IssueCode MarkingSchemeMismatch = IssueCode.Warning("PC0705", "marking-scheme-mismatch", "A marking from a scheme not in use on the item's date: the Government Protective Marking Scheme until 1 April 2014, the Government Security Classifications from 2 April 2014.");

    /// <summary>PC0706: a raw identifier (an NHS number passing the check, an NI number, an email, a case reference matching the council's pattern) where a case pseudonym belongs (the reader, <see cref="CasePseudonymRules"/>).</summary>
    public static readonly IssueCode RawIdentifierAsPseudonym = IssueCode.Error("PC0706", "raw-identifier-as-pseudonym", "A raw identifier (an NHS number passing the check, an NI number, an email address, a case reference) where a case pseudonym belongs: give the pseudonym made under the council's key.");

    /// <summary>PC0707: a free-text answer to a scale question, or an option chosen for a free-text question (<see cref="QuestionnaireValidator"/>).</summary>
    public static readonly IssueCode AnswerKindMismatch = IssueCode.Error("PC0707", "answer-kind-mismatch", "An answer to a questionnaire is of the wrong kind: text for a question with a response scale, or an option for a free-text question.");

    /// <summary>Gets the codes of this class, ordered by code.</summary>
    public static IReadOnlyList<IssueCode> All { get; } = Array.AsReadOnly([UnknownReference, ResponseOutsideScale, GradeOutsideScale, GroupBelowThreshold, MarkingSchemeMismatch, RawIdentifierAsPseudonym, AnswerKindMismatch]);
}
