namespace PeerChallenge.Domain.Privacy;

/// <summary>One piece of personal data found in a text: what kind it is, where it is and how sure the scanner is.</summary>
/// <param name="Kind">The kind of personal data.</param>
/// <param name="Start">The index of the first character in the scanned text.</param>
/// <param name="Length">The number of characters (at least one).</param>
/// <param name="Confidence">How sure the recogniser is, from 0 (a guess) to 1 (certain); checked identifiers score highest.</param>
/// <remarks>Equality is by value: two hits are equal when kind, span and confidence are.</remarks>
public readonly record struct PersonalDataHit(PersonalDataKind Kind, int Start, int Length, double Confidence)
{
    /// <summary>Gets the index just after the last character (<see cref="Start"/> plus <see cref="Length"/>).</summary>
    public int End => Start + Length;

    /// <summary>Returns the text the hit covers.</summary>
    /// <param name="text">The text that was scanned.</param>
    /// <returns>The characters of the hit.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The hit does not lie inside <paramref name="text"/>.</exception>
    public ReadOnlySpan<char> ValueIn(ReadOnlySpan<char> text) => text.Slice(Start, Length);

    /// <summary>Returns whether this hit and <paramref name="other"/> share at least one character.</summary>
    /// <param name="other">The other hit.</param>
    /// <returns>True when the spans overlap.</returns>
    public bool Overlaps(PersonalDataHit other) => Start < other.End && other.Start < End;
}
