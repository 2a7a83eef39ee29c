using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Evidence;

/// <summary>
/// The free-text answers of one role group to one question, as <see cref="QuestionnaireTables.FreeText"/> gives them for
/// publication: the answers, or none when the group is smaller than the profile's threshold and they are withheld.
/// </summary>
/// <param name="RoleGroup">The role group.</param>
/// <param name="GroupSize">How many of the questionnaire's respondents are in the role group.</param>
/// <param name="Withheld">True when the group is below the profile's threshold and its answers are withheld.</param>
/// <param name="Answers">The answers in the order of the responses; empty when withheld.</param>
/// <remarks>Equality is by value, lists compared item by item.</remarks>
public sealed record FreeTextGroup(string RoleGroup, int GroupSize, bool Withheld, IReadOnlyList<string> Answers)
{
    /// <summary>Gets the answers in the order of the responses; empty when withheld. Never null.</summary>
    public IReadOnlyList<string> Answers { get; init => field = EquatableList.From(value); } = EquatableList.From(Answers);
}
