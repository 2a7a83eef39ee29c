namespace PeerChallenge.Domain.Export;

/// <summary>What an export profile does with a part of the record: the words a profile is written in.</summary>
public static class ExportTreatment
{
    /// <summary><c>keep</c>: the part as it is, its free text not scanned (for a part the council has checked itself).</summary>
    public const string Keep = "keep";

    /// <summary><c>drop</c>: the part is left out.</summary>
    public const string Drop = "drop";

    /// <summary><c>redact</c>: every free-text field through the scanner, personal data replaced by its kind (<c>[PERSON]</c>).</summary>
    public const string Redact = "redact";

    /// <summary><c>pseudonymise</c>: the profile's pseudonymised kinds (case references) replaced by a keyed pseudonym instead; needs a key.</summary>
    public const string Pseudonymise = "pseudonymise";

    /// <summary><c>widen</c>: groups below the threshold merged into a wider group, or withheld when even that is too small.</summary>
    public const string Widen = "widen";

    /// <summary><c>tables</c>: questionnaire responses and audited cases replaced by their tables after disclosure control.</summary>
    public const string Tables = "tables";

    /// <summary><c>drop-summaries</c>: the evidence items' summaries are left out (the items, their methods and sources stay).</summary>
    public const string DropSummaries = "drop-summaries";

    /// <summary>Gets every treatment, in the order above.</summary>
    public static IReadOnlyList<string> All { get; } = [Keep, Drop, Redact, Pseudonymise, Widen, Tables, DropSummaries];
}
