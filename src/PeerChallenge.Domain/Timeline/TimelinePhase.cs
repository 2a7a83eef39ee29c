namespace PeerChallenge.Domain.Timeline;

/// <summary>The part of a peer challenge a milestone belongs to.</summary>
public enum TimelinePhase
{
    /// <summary>The lead-in: documents, questionnaires, the case audit and the on-site timetable.</summary>
    LeadIn = 0,

    /// <summary>The on-site visit: from the opening meeting to the feedback presentation and workshop.</summary>
    OnSite = 1,

    /// <summary>After the visit: the written report, the council's comments, the final report, the action plan and the progress review.</summary>
    AfterVisit = 2,
}
