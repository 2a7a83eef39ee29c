namespace PeerChallenge.Domain.Privacy.Recognisers;

/// <summary>
/// Recognises one kind of personal data at a candidate position the scanner jumps to: the start of a word
/// (a letter or digit with no letter or digit before it), an <c>@</c>, <c>+</c>, <c>(</c> or <c>[</c>, or the "a" of a lower-case " at ".
/// A recogniser may look before and after the position (for cue words) and its hit may start before it.
/// Implementations are immutable and allocate nothing per call.
/// </summary>
internal interface IRecogniser
{
    /// <summary>Gets the kind of personal data this recogniser finds.</summary>
    PersonalDataKind Kind { get; }

    /// <summary>Tries to recognise personal data at <paramref name="position"/>.</summary>
    /// <param name="text">The whole text.</param>
    /// <param name="position">The candidate position.</param>
    /// <param name="hit">The hit, when the method returns true. It never spans a line break.</param>
    /// <returns>True when personal data was found.</returns>
    bool TryRecognise(ReadOnlySpan<char> text, int position, out PersonalDataHit hit);
}
