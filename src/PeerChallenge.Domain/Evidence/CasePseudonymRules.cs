using System.Diagnostics.CodeAnalysis;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Privacy;

namespace PeerChallenge.Domain.Evidence;

/// <summary>
/// Tells whether text written where a <see cref="CasePseudonym"/> belongs is a raw identifier instead: an NHS number
/// that passes the modulus 11 check, a National Insurance number, an email address, or a case reference (one matching
/// the council's <see cref="CaseReferencePattern"/>s, or an identifier after a cue such as "case ref"). The checks are
/// the <see cref="PersonalDataScanner"/>'s own, so they find exactly what the scanner finds.
/// </summary>
/// <remarks>
/// Only the kind is returned, never the identifier, so that an error message can say what was found without repeating
/// it. Text in the pseudonym form is never a raw identifier, whatever the council's patterns. Immutable and safe to
/// share between threads.
/// </remarks>
public sealed class CasePseudonymRules
{
    private readonly PersonalDataScanner _scanner;

    /// <summary>Initializes a new instance of the <see cref="CasePseudonymRules"/> class.</summary>
    /// <param name="options">
    /// The scanner options whose <see cref="PersonalDataScannerOptions.CaseReferencePatterns"/> describe the council's case
    /// references. Only the patterns are used: the kinds looked for are always <see cref="RawIdentifierKinds"/> and
    /// every confidence counts.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or its list of patterns is null.</exception>
    public CasePseudonymRules(PersonalDataScannerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.CaseReferencePatterns, nameof(options.CaseReferencePatterns));
        _scanner = new PersonalDataScanner(PersonalDataScannerOptions.Default with
        {
            CaseReferencePatterns = options.CaseReferencePatterns,
            EnabledKinds = RawIdentifierKinds,
        });
    }

    /// <summary>Initializes a new instance of the <see cref="CasePseudonymRules"/> class with the case reference patterns of <paramref name="scanner"/>.</summary>
    /// <param name="scanner">The council's scanner.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scanner"/> is null.</exception>
    public CasePseudonymRules(PersonalDataScanner scanner)
        : this(Preconditions.CheckNotNull(scanner, nameof(scanner)).Options)
    {
    }

    // Declared before Default: static properties are initialised in order, and building Default reads it.
    /// <summary>Gets the kinds of raw identifier looked for: email, NHS number, NI number and case reference.</summary>
    public static IReadOnlyList<PersonalDataKind> RawIdentifierKinds { get; } =
        [PersonalDataKind.Email, PersonalDataKind.NhsNumber, PersonalDataKind.NiNumber, PersonalDataKind.CaseReference];

    /// <summary>Gets rules with no council case reference patterns (case references are found after a cue only).</summary>
    public static CasePseudonymRules Default { get; } = new(PersonalDataScannerOptions.Default);

    /// <summary>Returns whether <paramref name="text"/>, written where a pseudonym belongs, is or contains a raw identifier.</summary>
    /// <param name="text">The text; null, empty and text in the pseudonym form give false.</param>
    /// <param name="kind">The kind of the first raw identifier in the text, or null. Never the identifier itself.</param>
    /// <returns>True when the text holds a raw identifier.</returns>
    public bool IsRawIdentifier([NotNullWhen(true)] string? text, [NotNullWhen(true)] out PersonalDataKind? kind)
    {
        kind = RawIdentifierKind(text);
        return kind is not null;
    }

    /// <summary>Returns the kind of raw identifier in <paramref name="text"/>, written where a pseudonym belongs.</summary>
    /// <param name="text">The text; null, empty and text in the pseudonym form give null.</param>
    /// <returns>The kind of the first raw identifier in the text, or null when there is none.</returns>
    public PersonalDataKind? RawIdentifierKind(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || CasePseudonym.TryParse(text, out _))
        {
            return null;
        }

        var hits = _scanner.Scan(text);
        return hits.Count == 0 ? null : hits[0].Kind;
    }
}
