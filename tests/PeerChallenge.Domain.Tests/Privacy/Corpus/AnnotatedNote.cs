using PeerChallenge.Domain.Privacy;

namespace PeerChallenge.Domain.Tests.Privacy.Corpus;

/// <summary>A generated note with where its personal data is (must go) and where its domain phrases are (must stay).</summary>
internal sealed record AnnotatedNote(string Text, IReadOnlyList<(PersonalDataKind Kind, int Start, int Length)> PersonalData, IReadOnlyList<(int Start, int Length)> DomainPhrases)
{
    /// <summary>Gets the written form of each piece of personal data, in the order of <see cref="PersonalData"/>; null when the generator did not name it.</summary>
    public IReadOnlyList<string?> Forms { get; init; } = [];
}
