namespace PeerChallenge.Domain.OnSite;

/// <summary>What a row of a <see cref="TimetableCoverage"/> is about.</summary>
public enum CoverageRowKind
{
    /// <summary>A theme of the edition.</summary>
    Theme,

    /// <summary>A line of enquiry of the record.</summary>
    LineOfEnquiry,
}
