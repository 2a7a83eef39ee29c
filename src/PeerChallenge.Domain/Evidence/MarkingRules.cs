using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Provenance;

namespace PeerChallenge.Domain.Evidence;

/// <summary>
/// The rule on a marked item's date, for any validator of marked items (documents and what is derived from them): a
/// marking from a scheme not in use on the item's date is a warning (PC0705). Pure functions; the messages name the
/// marking, its scheme and the date, never anything else of the item.
/// </summary>
public static class MarkingRules
{
    /// <summary>
    /// Returns the message of PC0705 when <paramref name="marking"/> is certainly from a scheme not in use on
    /// <paramref name="date"/>, or null when there is nothing to warn of: no marking, no date, the right scheme, or a
    /// date that spans 2 April 2014 or is approximate (not certain, so not a warning).
    /// </summary>
    /// <param name="marking">The item's marking, or null when it has none.</param>
    /// <param name="date">The item's date, or null when it has none.</param>
    /// <returns>The message, or null.</returns>
    public static string? Check(SecurityMarking? marking, PartialDate? date)
    {
        if (marking is null || date is not { } when || marking.IsInUseOn(when) != MarkingSchemeUse.NotInUse)
        {
            return null;
        }

        var inUse = MarkingScheme.For(when)!;
        var period = ReferenceEquals(inUse, MarkingScheme.Gsc) ? "from 2 April 2014" : "until 1 April 2014";
        var on = when.Precision == DatePrecision.Day ? "on" : "in";
        var expected = string.Join(", ", SecurityMarking.Of(inUse).Select(m => m.DisplayName));
        return $"The marking {marking.DisplayName} ({marking.Code}) is of the {marking.Scheme.DisplayName}, which was not in use {on} {when.ToDisplayString()}: "
            + $"{period} markings are of the {inUse.DisplayName} ({expected}). Check the marking or the date; there is no mapping between the schemes.";
    }

    /// <summary>Returns the warning PC0705 at <paramref name="path"/> when <see cref="Check"/> finds one, or null.</summary>
    /// <param name="marking">The item's marking, or null when it has none.</param>
    /// <param name="date">The item's date, or null when it has none.</param>
    /// <param name="path">Where the marking is in the document, for example <c>/documents/2/marking</c>.</param>
    /// <returns>The issue, or null.</returns>
    public static ValidationIssue? Issue(SecurityMarking? marking, PartialDate? date, JsonPointer path) =>
        Check(marking, date) is { } message ? EvidenceIssueCodes.MarkingSchemeMismatch.At(path, message) : null;
}
