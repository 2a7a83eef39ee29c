using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain;

/// <summary>The issue codes of the record as a whole (PC01xx): its edition, host council, partner agencies, contact and earlier reviews. The codes every part shares are in <see cref="Base.CommonIssueCodes"/>.</summary>
public static class RecordIssueCodes
{
    /// <summary>PC0104: the record names an edition that is not known.</summary>
    public static readonly IssueCode UnknownEdition = IssueCode.Error("PC0104", "unknown-edition", "The record names a framework edition that is neither built in nor defined in the record (editionDefinition) nor registered with the validator.");

    /// <summary>PC0110: the council's contact cannot be reached.</summary>
    public static readonly IssueCode ContactUnreachable = IssueCode.Warning("PC0110", "contact-unreachable", "The council's contact has neither an email address nor a telephone number.");

    /// <summary>PC0111: the inline edition definition does not match the edition code.</summary>
    public static readonly IssueCode EditionDefinitionMismatch = IssueCode.Error("PC0111", "edition-definition-mismatch", "The record carries an editionDefinition whose code differs from the record's edition, or redefines a built-in edition.");

    /// <summary>PC0112: a partner agency is the host council itself.</summary>
    public static readonly IssueCode PartnerIsHost = IssueCode.Error("PC0112", "partner-is-host", "A partner agency has the same identifier as the host council.");

    /// <summary>PC0113: the host council is not a local authority.</summary>
    public static readonly IssueCode HostNotLocalAuthority = IssueCode.Warning("PC0113", "host-not-local-authority", "The host council's identifier is not in an English local authority list (GB-LAE) and its sector is not local government.");

    /// <summary>PC0115: an earlier review lacks what its kind needs, or has what its kind cannot have.</summary>
    public static readonly IssueCode EarlierReviewIncomplete = IssueCode.Error("PC0115", "earlier-review-incomplete", "An earlier peer review must give the id of its record (challengeId), and only an Ofsted inspection carries a grade.");

    /// <summary>PC0116: an Ofsted grade that was not in use in the inspection's year.</summary>
    public static readonly IssueCode OfstedGradeNotInUse = IssueCode.Warning("PC0116", "ofsted-grade-not-in-use", "The Ofsted grade was not in use in the inspection's year: requires-improvement replaced adequate in 2013.");

    /// <summary>PC0117: an earlier review dated on or after this challenge's visit.</summary>
    public static readonly IssueCode EarlierReviewNotEarlier = IssueCode.Warning("PC0117", "earlier-review-not-earlier", "An earlier inspection or review is dated after the first on-site day of this challenge.");

    /// <summary>Gets the codes of this class, ordered by code.</summary>
    public static IReadOnlyList<IssueCode> All { get; } = Array.AsReadOnly<IssueCode>([UnknownEdition, ContactUnreachable, EditionDefinitionMismatch, PartnerIsHost, HostNotLocalAuthority, EarlierReviewIncomplete, OfstedGradeNotInUse, EarlierReviewNotEarlier]);
}
