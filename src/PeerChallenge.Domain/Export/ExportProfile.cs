using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Evidence;

namespace PeerChallenge.Domain.Export;

/// <summary>
/// What a shareable export keeps, drops, redacts, widens and pseudonymises, as data: two built in
/// (<see cref="Partner"/>, <see cref="Publication"/>), and a council's own read from JSON
/// (<c>ExportProfileReader</c>, schema <c>export-profile</c>).
/// </summary>
/// <remarks>
/// A part the profile does not name gets <see cref="DefaultTreatments"/>. Equality is by value. Use
/// <see cref="Problems"/> to check a profile made in code; the reader reports the same problems.
/// </remarks>
[System.Text.Json.Serialization.JsonUnmappedMemberHandling(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
public sealed record ExportProfile
{
    /// <summary>Gets the parts of the record a profile can name, by JSON name, in the order of the format.</summary>
    public static IReadOnlyList<string> PartNames { get; } = RecordText.Parts;

    /// <summary>Gets the built-in profile for the LGA and the peer team's home councils.</summary>
    public static ExportProfile Partner { get; } = new()
    {
        Name = "partner",
        Description = "For the LGA and the peer team: free text redacted, case references pseudonymised under the council's key, sources widened to the non-attribution threshold, team members kept.",
        Parts = [new ExportPartRule { Part = "team", Treatments = [ExportTreatment.Redact] }],
    };

    /// <summary>Gets the built-in profile for the public.</summary>
    public static ExportProfile Publication { get; } = new()
    {
        Name = "publication",
        Description = "For the public: as partner, plus questionnaire and audit results only as tables after disclosure control, evidence summaries dropped, items marked PROTECT and above (2011) or above OFFICIAL dropped unless cleared for release, contact details removed.",
        Parts =
        [
            new ExportPartRule { Part = "team", Treatments = [ExportTreatment.Redact] },
            new ExportPartRule { Part = "contact", Treatments = [ExportTreatment.Drop] },
            new ExportPartRule { Part = "evidence", Treatments = [ExportTreatment.Redact, ExportTreatment.Pseudonymise, ExportTreatment.Widen, ExportTreatment.DropSummaries] },
            new ExportPartRule { Part = "questionnaires", Treatments = [ExportTreatment.Redact, ExportTreatment.Pseudonymise, ExportTreatment.Widen, ExportTreatment.Tables] },
            new ExportPartRule { Part = "caseAudit", Treatments = [ExportTreatment.Redact, ExportTreatment.Pseudonymise, ExportTreatment.Tables] },
        ],
        DropMarkedFrom = [SecurityMarking.Protect, SecurityMarking.OfficialSensitive],
    };

    /// <summary>Gets the built-in profiles.</summary>
    public static IReadOnlyList<ExportProfile> BuiltIn { get; } = [Partner, Publication];

    /// <summary>Gets the profile's name, written into the export (<see cref="ExportStamp.Profile"/>). Required; a kebab-case code.</summary>
    public required string Name { get; init; }

    /// <summary>Gets what the profile is for, in words; null when not given.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the treatments of the parts the profile names; a part named twice is a problem.</summary>
    public IReadOnlyList<ExportPartRule> Parts { get; init => field = EquatableList.From(value); } = EquatableList.From<ExportPartRule>(null);

    /// <summary>Gets the treatments of every part the profile does not name. The default is redact, pseudonymise and widen.</summary>
    public IReadOnlyList<string> DefaultTreatments { get; init => field = EquatableList.From(value); } = EquatableList.From<string>([ExportTreatment.Redact, ExportTreatment.Pseudonymise, ExportTreatment.Widen]);

    /// <summary>Gets the non-attribution threshold: no group smaller than this is reported. The default is 3; at least 1.</summary>
    public int NonAttributionThreshold { get; init; } = EvidenceValidator.DefaultNonAttributionThreshold;

    /// <summary>
    /// Gets the kinds of personal data (codes such as <c>CASE_REF</c>) a part with <c>pseudonymise</c> replaces by a
    /// keyed pseudonym instead of the kind's placeholder. The default is case references.
    /// </summary>
    public IReadOnlyList<string> PseudonymisedKinds { get; init => field = EquatableList.From(value); } = EquatableList.From<string>(["CASE_REF"]);

    /// <summary>
    /// Gets the lowest markings, one per scheme, from which a document, questionnaire or case audit is dropped unless
    /// cleared for release: a marking of the same scheme at or above one of these. The default is none.
    /// </summary>
    public IReadOnlyList<SecurityMarking> DropMarkedFrom { get; init => field = EquatableList.From(value); } = EquatableList.From<SecurityMarking>(null);

    /// <summary>Gets the disclosure profile code (<c>dfe</c>, <c>nhs</c>, <c>threshold-10</c>) of the tables made by <c>tables</c>. The default is <c>dfe</c>.</summary>
    public string Disclosure { get; init; } = DisclosureProfile.Dfe.Code;

    /// <summary>Gets whether the profile makes keyed pseudonyms, so that an export under it needs a key.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool NeedsKey => PseudonymisedKinds.Count > 0 && PartNames.Any(p => TreatmentsOf(p).Contains(ExportTreatment.Pseudonymise, StringComparer.Ordinal));

    /// <summary>Returns the treatments of <paramref name="part"/>: the profile's rule for it, or <see cref="DefaultTreatments"/>.</summary>
    /// <param name="part">A part name (<see cref="PartNames"/>).</param>
    /// <returns>The treatments.</returns>
    public IReadOnlyList<string> TreatmentsOf(string part) => Parts.FirstOrDefault(p => p.Part == part)?.Treatments ?? DefaultTreatments;

    /// <summary>Returns what is wrong with the profile, in plain words; empty when nothing is.</summary>
    /// <returns>The problems, each with the JSON Pointer of the profile's property it is about.</returns>
    public IReadOnlyList<ExportProfileProblem> Problems()
    {
        var problems = new List<ExportProfileProblem>();
        var root = JsonPointer.Root;
        if (!KebabCode.IsWellFormed(Name))
        {
            problems.Add(new(root.Append("name"), "The profile's name must be a kebab-case code such as council-partner."));
        }

        if (NonAttributionThreshold < 1)
        {
            problems.Add(new(root.Append("nonAttributionThreshold"), "The non-attribution threshold must be at least 1."));
        }

        if (!DisclosureProfile.TryFind(Disclosure, out _))
        {
            problems.Add(new(root.Append("disclosure"), $"'{Disclosure}' is not a disclosure profile. Known: {string.Join(", ", DisclosureProfile.All.Select(p => p.Code))}."));
        }

        for (var i = 0; i < PseudonymisedKinds.Count; i++)
        {
            if (!Privacy.PersonalDataKind.TryFromCode(PseudonymisedKinds[i], out _))
            {
                problems.Add(new(root.Append("pseudonymisedKinds").Append(i), $"'{PseudonymisedKinds[i]}' is not a kind of personal data. Known: {string.Join(", ", Privacy.PersonalDataKind.All.Select(k => k.Code))}."));
            }
        }

        Check(DefaultTreatments, root.Append("defaultTreatments"), problems);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Parts.Count; i++)
        {
            var at = root.Append("parts").Append(i);
            if (!PartNames.Contains(Parts[i].Part, StringComparer.Ordinal))
            {
                problems.Add(new(at.Append("part"), $"'{Parts[i].Part}' is not a part of the record. Known: {string.Join(", ", PartNames)}."));
            }
            else if (!seen.Add(Parts[i].Part))
            {
                problems.Add(new(at.Append("part"), $"The part '{Parts[i].Part}' is named twice; name each part once."));
            }

            Check(Parts[i].Treatments, at.Append("treatments"), problems);
        }

        return problems;
    }

    private static void Check(IReadOnlyList<string> treatments, JsonPointer at, List<ExportProfileProblem> problems)
    {
        for (var i = 0; i < treatments.Count; i++)
        {
            if (!ExportTreatment.All.Contains(treatments[i], StringComparer.Ordinal))
            {
                problems.Add(new(at.Append(i), $"'{treatments[i]}' is not a treatment. Known: {string.Join(", ", ExportTreatment.All)}."));
            }
        }

        if (treatments.Count == 0)
        {
            problems.Add(new(at, "Give at least one treatment (keep, drop, redact, ...)."));
        }
        else if (treatments.Count > 1 && treatments.Any(t => t is ExportTreatment.Keep or ExportTreatment.Drop))
        {
            problems.Add(new(at, "keep and drop stand alone: give one of them, or other treatments without them."));
        }
    }
}
