using FluentValidation;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Timeline;

/// <summary>Checks the Ofsted notification on its own: inspection windows with ids (PC0101), unique (PC0105), in order (PC0109).</summary>
/// <remarks>
/// Whether Ofsted was notified in time for the visit (PC0108) depends on the on-site dates and is checked by
/// <see cref="TimelineRulesValidator"/>. Holds no state between validations and is safe to share between threads.
/// </remarks>
public sealed class OfstedNotificationValidator : AbstractValidator<OfstedNotification>
{
    /// <summary>Initializes the validator with its rules.</summary>
    public OfstedNotificationValidator()
    {
        RuleForEach(n => n.InspectionWindows).ChildRules(window =>
        {
            window.RuleFor(w => w.Id).NotEmpty().WithIssueCode(CommonIssueCodes.RequiredTextEmpty).WithMessage("Each inspection window needs an id.");
            window.RuleFor(w => w.End).GreaterThanOrEqualTo(w => w.Start).WithIssueCode(TimelineIssueCodes.InspectionWindowReversed)
                .WithMessage(w => $"The inspection window '{w.Id}' ends ({IsoDate.Format(w.End)}) before it starts ({IsoDate.Format(w.Start)}).");
        });
        RuleFor(n => n.InspectionWindows).MustHaveUniqueIds(w => w.Id, "inspection windows");
    }
}
