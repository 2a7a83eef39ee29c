using FluentValidation;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Provenance;

namespace PeerChallenge.Domain;

/// <summary>
/// Checks the earlier inspections and reviews a record refers to (<see cref="ChallengeRecord.EarlierReviews"/>), each
/// on its own and against the record, and reports every problem at once:
/// <list type="bullet">
/// <item><description>an id (PC0101, at <c>/earlierReviews/INDEX/id</c>), unique among the earlier reviews (PC0105);</description></item>
/// <item><description>what its kind needs and allows (PC0115): an earlier peer review gives the id of its record, which is not this record's own id, and only a peer review has one (<c>.../challengeId</c>); only an Ofsted inspection has a grade (<c>.../grade</c>);</description></item>
/// <item><description>an Ofsted grade in use in the inspection's year (PC0116, a warning, at <c>.../grade</c>): requires-improvement certainly before 2013, or adequate certainly after 2013;</description></item>
/// <item><description>no earlier review dated certainly on or after this challenge's first on-site day (PC0117, a warning, at <c>.../date</c>).</description></item>
/// </list>
/// </summary>
/// <remarks>
/// The dates are compared as precisely as they are known: a rule fires only when it is certain (a date given as a year
/// stands for every day of the year, and an approximate date is never certain), so a review "in 2011" of a visit in
/// October 2011 is not reported. Messages name an earlier review by its id, never by its title. Build one and reuse it:
/// it holds no state between validations and is safe to share between threads. <see cref="ChallengeRecordValidator"/>
/// runs these rules with the others.
/// </remarks>
public sealed class EarlierReviewValidator : AbstractValidator<ChallengeRecord>
{
    /// <summary>The year requires-improvement replaced adequate as an Ofsted grade.</summary>
    private const int RequiresImprovementFrom = 2013;

    /// <summary>Initializes the validator with its rules.</summary>
    public EarlierReviewValidator()
    {
        RuleForEach(r => r.EarlierReviews).ChildRules(review =>
        {
            review.RuleFor(e => e.Id).NotEmpty().WithIssueCode(CommonIssueCodes.RequiredTextEmpty).WithMessage("Each earlier review needs an id.");
            review.RuleFor(e => e.ChallengeId).NotNull().When(e => e.Kind == EarlierReviewKind.PeerReview).WithIssueCode(RecordIssueCodes.EarlierReviewIncomplete)
                .WithMessage(e => $"The earlier review '{e.Id}' is a peer review, so it needs the id of that review's record (challengeId).");
            review.RuleFor(e => e.ChallengeId).Null().When(e => e.Kind != EarlierReviewKind.PeerReview).WithIssueCode(RecordIssueCodes.EarlierReviewIncomplete)
                .WithMessage(e => $"The earlier review '{e.Id}' is {Kind(e)}, not a peer review, so it has no record id (challengeId). Remove it, or make the kind peer-review.");
            review.RuleFor(e => e.Grade).Null().When(e => e.Kind != EarlierReviewKind.OfstedInspection).WithIssueCode(RecordIssueCodes.EarlierReviewIncomplete)
                .WithMessage(e => $"The earlier review '{e.Id}' is {Kind(e)}, not an Ofsted inspection, so it has no Ofsted grade. Remove the grade, or make the kind ofsted-inspection.");
            review.RuleFor(e => e.Grade).Must((e, grade) => InUse(grade!, e.Date!.Value))
                .When(e => e.Kind == EarlierReviewKind.OfstedInspection && e.Grade is not null && e.Date is not null)
                .WithIssueCode(RecordIssueCodes.OfstedGradeNotInUse)
                .WithMessage(e => e.Grade == OfstedGrade.RequiresImprovement
                    ? $"The Ofsted inspection '{e.Id}' is dated {e.Date!.Value.ToDisplayString()}, before {RequiresImprovementFrom}, when the grade requires improvement replaced adequate. Check the grade or the date."
                    : $"The Ofsted inspection '{e.Id}' is dated {e.Date!.Value.ToDisplayString()}, after {RequiresImprovementFrom}, when requires improvement replaced the grade adequate. Check the grade or the date.");
        });
        RuleFor(r => r.EarlierReviews).MustHaveUniqueIds(e => e.Id, "earlier reviews");
        RuleFor(r => r.EarlierReviews).Custom(CheckAgainstRecord);
    }

    /// <summary>PC0115 for a peer review that names this record, and PC0117 for a review dated certainly on or after the first on-site day.</summary>
    private static void CheckAgainstRecord(IReadOnlyList<EarlierReview> reviews, ValidationContext<ChallengeRecord> context)
    {
        var record = context.InstanceToValidate;
        var onSiteStart = record.Timeline.OnSiteStart;
        for (var i = 0; i < reviews.Count; i++)
        {
            var review = reviews[i];
            if (review.Kind == EarlierReviewKind.PeerReview && review.ChallengeId == record.Id)
            {
                context.AddIssue(RecordIssueCodes.EarlierReviewIncomplete, JsonPointer.Root.Append(i).Append("challengeId"),
                    $"The earlier review '{review.Id}' gives this record's own id ({record.Id}) as its record (challengeId): an earlier peer review is another record.");
            }

            if (review.Date is { } date && onSiteStart.IsCertainlyOnOrBefore(date))
            {
                context.AddIssue(RecordIssueCodes.EarlierReviewNotEarlier, JsonPointer.Root.Append(i).Append("date"),
                    $"The earlier review '{review.Id}' is dated {date.ToDisplayString()}, which is not before this challenge's first on-site day ({onSiteStart.ToDisplayString()}). Check the date, or whether the review came earlier.");
            }
        }
    }

    /// <summary>Whether <paramref name="grade"/> may have been given on <paramref name="date"/>: false only when it certainly was not.</summary>
    private static bool InUse(OfstedGrade grade, PartialDate date) =>
        date.IsApproximate
        || !((grade == OfstedGrade.RequiresImprovement && date.Latest.Year < RequiresImprovementFrom)
            || (grade == OfstedGrade.Adequate && date.Earliest.Year > RequiresImprovementFrom));

    private static string Kind(EarlierReview review) =>
        review.Kind == EarlierReviewKind.OfstedInspection ? "an Ofsted inspection"
        : review.Kind == EarlierReviewKind.PeerReview ? "a peer review"
        : "a review of another kind (other)";
}
