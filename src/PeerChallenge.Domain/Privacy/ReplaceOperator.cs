namespace PeerChallenge.Domain.Privacy;

/// <summary>Writes the kind in brackets: <c>[PERSON]</c>.</summary>
internal sealed class ReplaceOperator : RedactionOperator
{
    public override string Name => "replace";

    internal override int ReplacementLength(PersonalDataKind kind, int valueLength) => kind.Placeholder.Length;

    internal override void WriteReplacement(Span<char> destination, PersonalDataKind kind, ReadOnlySpan<char> value) =>
        kind.Placeholder.AsSpan().CopyTo(destination);
}
