namespace PeerChallenge.Domain.Privacy;

/// <summary>Overwrites every character of the value with one mask character, keeping the length.</summary>
internal sealed class MaskOperator(char maskCharacter) : RedactionOperator
{
    public override string Name => "mask";

    internal override int ReplacementLength(PersonalDataKind kind, int valueLength) => valueLength;

    internal override void WriteReplacement(Span<char> destination, PersonalDataKind kind, ReadOnlySpan<char> value) =>
        destination[..value.Length].Fill(maskCharacter);
}
