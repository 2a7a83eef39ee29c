using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Organisations;

/// <summary>The issue codes of an organisation (published in the record range, PC01xx): the years of its names.</summary>
public static class OrganisationIssueCodes
{
    /// <summary>PC0114: a name of an organisation ends before it starts.</summary>
    public static readonly IssueCode NameYearsReversed = IssueCode.Error("PC0114", "organisation-name-years-reversed", "A name of an organisation is given a last year (to) before its first year (from).");

    /// <summary>Gets the codes of this class, ordered by code.</summary>
    public static IReadOnlyList<IssueCode> All { get; } = Array.AsReadOnly([NameYearsReversed]);
}
