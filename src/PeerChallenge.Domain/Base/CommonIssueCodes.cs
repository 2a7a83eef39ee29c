namespace PeerChallenge.Domain.Base;

/// <summary>
/// The issue codes every part of the record shares: an empty required text (PC0101) and a repeated id in a list
/// (PC0105). The parts declare their own codes in their folders (<c>TeamIssueCodes</c>, <c>TimelineIssueCodes</c>, ...).
/// </summary>
public static class CommonIssueCodes
{
    /// <summary>PC0101: a required text is empty.</summary>
    public static readonly IssueCode RequiredTextEmpty = IssueCode.Error("PC0101", "required-text-empty", "A text the record needs (a name, a statement, an identifier) is empty.");

    /// <summary>PC0105: two items in one list share an id.</summary>
    public static readonly IssueCode DuplicateId = IssueCode.Error("PC0105", "duplicate-id", "Two items in the same list (team members, partner agencies, lines of enquiry, inspection windows) have the same id.");

    /// <summary>Gets the codes of this class, ordered by code.</summary>
    public static IReadOnlyList<IssueCode> All { get; } = Array.AsReadOnly([RequiredTextEmpty, DuplicateId]);
}
