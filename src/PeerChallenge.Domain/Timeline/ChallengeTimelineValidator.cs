using FluentValidation;

namespace PeerChallenge.Domain.Timeline;

/// <summary>Checks the key dates are in order: on-site end not before start (PC0102), lead-in before the visit (PC0103).</summary>
public sealed class ChallengeTimelineValidator : AbstractValidator<ChallengeTimeline>
{
    /// <summary>Initializes the validator with its rules.</summary>
    public ChallengeTimelineValidator()
    {
        RuleFor(t => t.OnSiteEnd).GreaterThanOrEqualTo(t => t.OnSiteStart).WithIssueCode(IssueCodes.OnSiteEndBeforeStart)
            .WithMessage(t => $"The last on-site day ({t.OnSiteEnd:yyyy-MM-dd}) is before the first ({t.OnSiteStart:yyyy-MM-dd}).");
        RuleFor(t => t.LeadInStart).Must((t, start) => start < t.OnSiteStart).When(t => t.LeadInStart is not null)
            .WithIssueCode(IssueCodes.LeadInAfterOnSite)
            .WithMessage(t => $"The lead-in starts on {t.LeadInStart:yyyy-MM-dd}, which is not before the first on-site day ({t.OnSiteStart:yyyy-MM-dd}).");
    }
}
