using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Evidence;

/// <summary>The issue codes of the evidence a team collects (PC07xx): documents, evidence items, questionnaires, the case audit and their markings.</summary>
public static class EvidenceIssueCodes
{
    /// <summary>PC0701: a document, evidence item or questionnaire refers to a line of enquiry, a document, a question or a team member the record does not have, or names an owner that is neither the host council nor a partner agency (<see cref="EvidenceValidator"/>, <see cref="QuestionnaireValidator"/>).</summary>
    public static readonly IssueCode UnknownReference = IssueCode.Error("PC0701", "unknown-reference", "A document or evidence item refers to a line of enquiry, a document or a team member the record does not have, or its owner is neither the host council nor a partner agency.");

    /// <summary>PC0702: an answer chooses an option that is not among its question's options (<see cref="QuestionnaireValidator"/>).</summary>
    public static readonly IssueCode ResponseOutsideScale = IssueCode.Error("PC0702", "response-outside-scale", "An answer to a questionnaire chooses an option code that is not among its question's options.");

    /// <summary>PC0704: the source of an evidence item is a group smaller than the non-attribution threshold (<see cref="EvidenceValidator"/>).</summary>
    public static readonly IssueCode GroupBelowThreshold = IssueCode.Warning("PC0704", "group-below-threshold", "The source of an evidence item is a group smaller than the non-attribution threshold (default 3): its view cannot be reported as a group.");

    /// <summary>PC0705: a security marking from a scheme not in use on the item's date (<see cref="MarkingRules"/>).</summary>
    public static readonly IssueCode MarkingSchemeMismatch = IssueCode.Warning("PC0705", "marking-scheme-mismatch", "A marking from a scheme not in use on the item's date: the Government Protective Marking Scheme until 1 April 2014, the Government Security Classifications from 2 April 2014.");

    /// <summary>PC0707: a free-text answer to a scale question, or an option chosen for a free-text question (<see cref="QuestionnaireValidator"/>).</summary>
    public static readonly IssueCode AnswerKindMismatch = IssueCode.Error("PC0707", "answer-kind-mismatch", "An answer to a questionnaire is of the wrong kind: text for a question with a response scale, or an option for a free-text question.");

    /// <summary>Gets the codes of this class, ordered by code.</summary>
    public static IReadOnlyList<IssueCode> All { get; } = Array.AsReadOnly([UnknownReference, ResponseOutsideScale, GroupBelowThreshold, MarkingSchemeMismatch, AnswerKindMismatch]);
}
