using FluentValidation;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Timeline;

/// <summary>Checks the key dates are in order: on-site end not before start (PC0102), lead-in before the visit (PC0103).</summary>
/// <remarks>Holds no state between validations and is safe to share between threads.</remarks>
public sealed class ChallengeTimelineValidator : AbstractValidator<ChallengeTimeline>
{
    /// <summary>Initializes the validator with its rules.</summary>
    public ChallengeTimelineValidator()
    {
        RuleFor(t => t.OnSiteEnd).GreaterThanOrEqualTo(t => t.OnSiteStart).WithIssueCode(TimelineIssueCodes.OnSiteEndBeforeStart)
            .WithMessage(t => $"The last on-site day ({IsoDate.Format(t.OnSiteEnd)}) is before the first ({IsoDate.Format(t.OnSiteStart)}).");
        RuleFor(t => t.LeadInStart).Must((t, start) => start < t.OnSiteStart).When(t => t.LeadInStart is not null)
            .WithIssueCode(TimelineIssueCodes.LeadInAfterOnSite)
            .WithMessage(t => $"The lead-in starts on {IsoDate.Format(t.LeadInStart!.Value)}, which is not before the first on-site day ({IsoDate.Format(t.OnSiteStart)}).");
    }
}
