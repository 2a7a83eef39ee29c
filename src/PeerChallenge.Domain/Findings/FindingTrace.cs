using System.Globalization;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Evidence;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Team;

namespace PeerChallenge.Domain.Findings;

/// <summary>
/// How a finding was reached: the finding, the evidence items it cites (each with the documents it draws on, the roles
/// that gathered it and the group it comes from), and its independent sources as the triangulation rule counts them
/// (PC0903). <see cref="Of"/> builds the traces from the parts of a record; <see cref="FindingTraceProvJsonWriter"/>
/// writes them as W3C PROV-JSON.
/// </summary>
/// <remarks>
/// A trace never throws on a record with errors: an evidence id or a document id the record does not have is kept and
/// shown as "not in the record", a gatherer who is not on the team is counted, not named. It holds the team only as
/// roles. Made by <see cref="Of"/>. Equality is by value, lists compared item by item.
/// </remarks>
public sealed record FindingTrace
{
    private FindingTrace(Finding finding, IReadOnlyList<TracedEvidence> evidence)
    {
        Finding = finding;
        Evidence = EquatableList.From(evidence);
        IndependentSources = EquatableList.From(evidence
            .Where(e => e.Item is not null)
            .GroupBy(e => FindingsValidator.SourceKey(e.Item!))
            .Select(g => EquatableList.From(g)));
    }

    /// <summary>Gets the finding. Never null.</summary>
    public Finding Finding { get; }

    /// <summary>Gets the evidence the finding cites, in the order it cites it, each id once (a repeated id is one step). Empty when it cites none.</summary>
    public IReadOnlyList<TracedEvidence> Evidence { get; }

    /// <summary>
    /// Gets the finding's independent sources: the cited evidence the record has, in groups of the items that count as one
    /// source (the same method and the same role group of their source, as <see cref="FindingsValidator.IndependentSources"/>
    /// counts them), in the order of each group's first item. Its count is the number of independent sources; evidence not
    /// in the record is not counted.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<TracedEvidence>> IndependentSources { get; }

    /// <summary>Gets the ids of the cited evidence the record does not have, in the order cited. Empty when the record has them all.</summary>
    public IReadOnlyList<string> EvidenceNotInRecord => [.. Evidence.Where(e => !e.InRecord).Select(e => e.Id)];

    /// <summary>
    /// Gets a short name of the finding for people: its kind in words (the code's hyphens as spaces, the first letter a
    /// capital), a recommendation's number, and its id in brackets, for example <c>Recommendation 1 (f-6)</c> or
    /// <c>Area for consideration (f-3)</c>. It never quotes the statement.
    /// </summary>
    public string Label
    {
        get
        {
            var words = string.IsNullOrWhiteSpace(Finding.Kind) ? "Finding" : Finding.Kind.Trim().Replace('-', ' ');
            var kind = char.ToUpperInvariant(words[0]) + words[1..];
            var number = Finding.Number is { } n ? " " + n.ToString(CultureInfo.InvariantCulture) : string.Empty;
            return $"{kind}{number} ({Finding.Id})";
        }
    }

    /// <summary>
    /// Traces each of <paramref name="findings"/> through the record's parts: its evidence from <paramref name="evidence"/>,
    /// the documents of each item from <paramref name="documents"/>, and the roles of each item's gatherers from
    /// <paramref name="team"/>. Where an id is there twice, the first counts. Linear in the sizes of the parts and of the
    /// references.
    /// </summary>
    /// <param name="findings">The findings to trace, for example the record's <c>Findings</c> or one of them.</param>
    /// <param name="evidence">The record's evidence items.</param>
    /// <param name="documents">The record's document library.</param>
    /// <param name="team">The record's team members.</param>
    /// <returns>One trace per finding, in the order given.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or one of its items is.</exception>
    public static IReadOnlyList<FindingTrace> Of(IEnumerable<Finding> findings, IEnumerable<EvidenceItem> evidence, IEnumerable<Document> documents, IEnumerable<TeamMember> team)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var items = FirstById(evidence, e => e.Id, nameof(evidence));
        var library = FirstById(documents, d => d.Id, nameof(documents));
        var roles = FirstById(team, m => m.Id, nameof(team));
        var steps = new Dictionary<string, TracedEvidence>(StringComparer.Ordinal);

        TracedEvidence Step(string id)
        {
            if (steps.TryGetValue(id, out var step))
            {
                return step;
            }

            if (!items.TryGetValue(id, out var item))
            {
                step = new TracedEvidence(id, null, [], [], 0);
            }
            else
            {
                var cited = item.Documents.Where(d => d is not null).Distinct(StringComparer.Ordinal)
                    .Select(d => new TracedDocument(d, library.GetValueOrDefault(d)))
                    .ToList();
                var gatherers = item.GatheredBy.Where(g => g is not null).Distinct(StringComparer.Ordinal).ToList();
                var gatheredBy = gatherers.Where(roles.ContainsKey).Select(g => roles[g].Role).Distinct().ToList();
                step = new TracedEvidence(id, item, cited, gatheredBy, gatherers.Count(g => !roles.ContainsKey(g)));
            }

            steps.Add(id, step);
            return step;
        }

        var traces = new List<FindingTrace>();
        foreach (var finding in findings)
        {
            ArgumentNullException.ThrowIfNull(finding, nameof(findings));
            var cited = finding.Evidence.Where(id => id is not null).Distinct(StringComparer.Ordinal).Select(Step).ToList();
            traces.Add(new FindingTrace(finding, cited));
        }

        return EquatableList.From(traces);
    }

    /// <summary>The items by id, the first of each id; items whose id is null are left out (the reader never makes them).</summary>
    private static Dictionary<string, T> FirstById<T>(IEnumerable<T> items, Func<T, string?> id, string name)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(items, name);
        var byId = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            ArgumentNullException.ThrowIfNull(item, name);
            if (id(item) is { } key)
            {
                byId.TryAdd(key, item);
            }
        }

        return byId;
    }
}
