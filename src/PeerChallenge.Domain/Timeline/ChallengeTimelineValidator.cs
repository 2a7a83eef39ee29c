using FluentValidation;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Timeline;

/// <summary>
/// Checks the key dates are in order wherever the order is certain: on-site end not before start (PC0102), lead-in
/// before the visit (PC0103). A month or a year is compared as the span of days it may be, so "January 2010" is
/// certainly before "February 2010" but not before "2010".
/// </summary>
/// <remarks>Holds no state between validations and is safe to share between threads.</remarks>
public sealed class ChallengeTimelineValidator : AbstractValidator<ChallengeTimeline>
{
    /// <summary>Initializes the validator with its rules.</summary>
    public ChallengeTimelineValidator()
    {
        RuleFor(t => t.OnSiteEnd).Must((t, end) => !end!.Value.IsCertainlyBefore(t.OnSiteStart)).When(t => t.OnSiteEnd is not null)
            .WithIssueCode(TimelineIssueCodes.OnSiteEndBeforeStart)
            .WithMessage(t => $"The last on-site day ({t.OnSiteEnd}) is before the first ({t.OnSiteStart}).");
        RuleFor(t => t.LeadInStart).Must((t, start) => !t.OnSiteStart.IsCertainlyOnOrBefore(start!.Value)).When(t => t.LeadInStart is not null)
            .WithIssueCode(TimelineIssueCodes.LeadInAfterOnSite)
            .WithMessage(t => $"The lead-in starts on {t.LeadInStart}, which is not before the first on-site day ({t.OnSiteStart}).");
    }
}
