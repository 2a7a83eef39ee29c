using FluentValidation;
using NodaTime;

namespace PeerChallenge.Domain.Timeline;

/// <summary>
/// Checks the Ofsted notification: dated before the visit when dated (PC0108, a warning), inspection
/// windows in order (PC0109) with unique ids (PC0105).
/// </summary>
public sealed class OfstedNotificationValidator : AbstractValidator<OfstedNotification>
{
    /// <summary>Initializes the validator.</summary>
    /// <param name="onSiteStart">The first on-site day, to check the notification came before it; null skips that rule.</param>
    public OfstedNotificationValidator(LocalDate? onSiteStart)
    {
        RuleFor(n => n.NotifiedOn).Must(d => d < onSiteStart).When(n => n.NotifiedOn is not null && onSiteStart is not null)
            .WithIssueCode(IssueCodes.OfstedNotificationLate)
            .WithMessage(n => $"Ofsted was notified on {n.NotifiedOn:yyyy-MM-dd}, which is not before the first on-site day ({onSiteStart:yyyy-MM-dd}).");
        RuleForEach(n => n.InspectionWindows).ChildRules(window =>
        {
            window.RuleFor(w => w.Id).NotEmpty().WithIssueCode(IssueCodes.RequiredTextEmpty).WithMessage("Each inspection window needs an id.");
            window.RuleFor(w => w.End).GreaterThanOrEqualTo(w => w.Start).WithIssueCode(IssueCodes.InspectionWindowReversed)
                .WithMessage(w => $"The inspection window '{w.Id}' ends ({w.End:yyyy-MM-dd}) before it starts ({w.Start:yyyy-MM-dd}).");
        });
        RuleFor(n => n).Custom((notification, context) =>
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < notification.InspectionWindows.Count; i++)
            {
                if (!seen.Add(notification.InspectionWindows[i].Id))
                {
                    context.AddIssue(IssueCodes.DuplicateId, $"/inspectionWindows/{i}/id", $"Two inspection windows have the id '{notification.InspectionWindows[i].Id}'.");
                }
            }
        });
    }
}
