namespace PeerChallenge.Domain.Testing;

/// <summary>
/// How much evidence a generated record holds (<see cref="RecordGenerator.GenerateWithEvidence(RecordScale, EvidenceScale, int)"/>):
/// its document library, its evidence items, the responses to its staff questionnaire and the cases of its case audit.
/// </summary>
/// <param name="Name">The scale's name, shown in benchmark tables.</param>
/// <param name="Documents">The number of documents.</param>
/// <param name="EvidenceItems">The number of evidence items.</param>
/// <param name="Responses">The number of questionnaire responses; with none the record has no questionnaire.</param>
/// <param name="Cases">The number of audited cases; with none the record has no case audit.</param>
public sealed record EvidenceScale(string Name, int Documents, int EvidenceItems, int Responses, int Cases)
{
    /// <summary>Gets the evidence of the size of the 2011 example: 9 documents, 12 evidence items, 60 responses, 12 cases.</summary>
    public static EvidenceScale Example2011 { get; } = new(nameof(Example2011), 9, 12, 60, 12);

    /// <summary>Gets a county-sized stress load: 400 documents, 2,000 evidence items, 20,000 responses, 1,000 cases (with <see cref="RecordScale.County"/>, about 26 MB of JSON, above the reader's default 16 MiB limit).</summary>
    public static EvidenceScale County { get; } = new(nameof(County), 400, 2_000, 20_000, 1_000);

    /// <summary>Gets the named scales, smallest first.</summary>
    public static IReadOnlyList<EvidenceScale> All { get; } = [Example2011, County];

    /// <summary>Returns the scale's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
