namespace PeerChallenge.Domain;

/// <summary>
/// Every issue code the library raises, grouped by area. <c>docs/issue-codes.md</c> documents each one,
/// and a test fails when a code is missing there.
/// </summary>
public static partial class IssueCodes
{
    /// <summary>Gets every issue code, ordered by code.</summary>
    public static IReadOnlyList<IssueCode> All => Catalogue.Items;

    /// <summary>Finds the documented code <paramref name="code"/>, for example <c>PC0201</c>.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The issue code, or null when no such code exists.</returns>
    public static IssueCode? Find(string code) => All.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.Ordinal));

    private static IssueCode Error(string code, string title, string description) => new(code, title, IssueSeverity.Error, description);

    private static IssueCode Warning(string code, string title, string description) => new(code, title, IssueSeverity.Warning, description);

    /// <summary>Holds the ordered list; a nested type so that it is built after every field in every part of <see cref="IssueCodes"/>.</summary>
    private static class Catalogue
    {
        internal static readonly IReadOnlyList<IssueCode> Items =
            Array.AsReadOnly(
                ReadingCodes().Concat(RecordCodes()).Concat(TeamCodes()).Concat(TimelineCodes())
                    .Concat(PrivacyCodes()).Concat(EditionCodes())
                    .OrderBy(c => c.Code, StringComparer.Ordinal)
                    .ToArray());
    }
}
