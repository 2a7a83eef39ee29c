using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Framework;

namespace PeerChallenge.Domain.Evidence;

/// <summary>
/// What the questionnaire rules need to know: the questionnaires and the record's lines of enquiry their questions refer
/// to. The property names are the record's, so the issues of <see cref="QuestionnaireValidator"/> point into the record
/// (<c>/questionnaires/0/responses/3/answers/1/option</c>).
/// </summary>
/// <param name="Questionnaires">The questionnaires.</param>
/// <remarks>Equality is by value, lists compared item by item.</remarks>
public sealed record QuestionnaireSet(IReadOnlyList<Questionnaire> Questionnaires)
{
    /// <summary>Gets the questionnaires. Never null.</summary>
    public IReadOnlyList<Questionnaire> Questionnaires { get; init => field = EquatableList.From(value); } = EquatableList.From(Questionnaires);

    /// <summary>Gets the record's lines of enquiry, which questions refer to by id. Empty by default.</summary>
    public IReadOnlyList<LineOfEnquiry> LinesOfEnquiry { get; init => field = EquatableList.From(value); } = EquatableList.From<LineOfEnquiry>(null);
}
