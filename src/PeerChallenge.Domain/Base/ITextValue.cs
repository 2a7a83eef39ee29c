using System.Diagnostics.CodeAnalysis;

namespace PeerChallenge.Domain.Base;

/// <summary>A value object written in JSON as one string, parsed with a plain-English message when the text is not one.</summary>
/// <typeparam name="TSelf">The value type.</typeparam>
internal interface ITextValue<TSelf>
    where TSelf : class, ITextValue<TSelf>
{
    /// <summary>Gets the text the value is written as.</summary>
    string Value { get; }

    /// <summary>Names the value in a reading message, for example "an organisation identifier".</summary>
    static abstract string Noun { get; }

    /// <summary>Parses <paramref name="text"/>, returning false when it is not a valid value.</summary>
    static abstract bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out TSelf? value);

    /// <summary>
    /// Says in plain English what the value is and how it is written, to follow "is not": for example "an organisation
    /// identifier in the org-id style, ...". Messages never quote the text that was refused: it may be personal data.
    /// </summary>
    static abstract string Form { get; }
}
