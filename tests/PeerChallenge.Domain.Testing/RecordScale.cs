namespace PeerChallenge.Domain.Testing;

/// <summary>
/// How big a generated record is: its team, its lines of enquiry and its partner agencies. The named scales are the
/// ones the tests and the benchmarks share.
/// </summary>
/// <param name="Name">The scale's name, shown in benchmark tables.</param>
/// <param name="TeamMembers">The number of team members (at least the edition's required roles are always present).</param>
/// <param name="LinesOfEnquiry">The number of lines of enquiry.</param>
/// <param name="PartnerAgencies">The number of partner agencies (at least the four core ones: health, hospital trust, police, LSCB).</param>
public sealed record RecordScale(string Name, int TeamMembers, int LinesOfEnquiry, int PartnerAgencies)
{
    /// <summary>Gets a record the size of the Rotherham 2011 example without its evidence: 6 team members, 4 lines of enquiry, 4 partner agencies (about 8 KB of JSON); see <see cref="EvidenceScale.Example2011"/> for its evidence.</summary>
    public static RecordScale Example2011 { get; } = new(nameof(Example2011), 6, 4, 4);

    /// <summary>Gets a county-sized stress record: 1,000 team members, 3,000 lines of enquiry, 600 partner agencies (about 4 MB of JSON).</summary>
    public static RecordScale County { get; } = new(nameof(County), 1_000, 3_000, 600);

    /// <summary>Gets ten times <see cref="County"/> (about 40 MB of JSON, above the reader's default 16 MiB limit).</summary>
    public static RecordScale TenTimesCounty { get; } = new(nameof(TenTimesCounty), 10_000, 30_000, 6_000);

    /// <summary>Gets the named scales, smallest first.</summary>
    public static IReadOnlyList<RecordScale> All { get; } = [Example2011, County, TenTimesCounty];

    /// <summary>Returns the scale's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
