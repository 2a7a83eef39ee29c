using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Framework;

/// <summary>
/// A framework edition: the themes, team roles and lengths that a peer challenge of that edition follows.
/// The 2011 LGG edition (<see cref="BuiltInEditions.Lgg2011"/>) is the default; editions can also be defined
/// as data (JSON, checked by <see cref="EditionValidator"/>) without recompiling.
/// </summary>
/// <remarks>Equality is by value, lists compared item by item.</remarks>
public sealed record Edition
{
    /// <summary>Gets the stable code of the edition, for example <c>lgg-2011</c>.</summary>
    public required EditionCode Code { get; init; }

    /// <summary>Gets the edition's name, for example <c>LGG Safeguarding Children Peer Challenge (2011)</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets an optional description, for example where the edition comes from; null by default.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the themes the framework focuses attention on, in the framework's order. Empty by default.</summary>
    public IReadOnlyList<ThemeDefinition> Themes { get; init => field = EquatableList.From(value); } = EquatableList.From<ThemeDefinition>(null);

    /// <summary>Gets the roles on the peer team, in the framework's order. Empty by default.</summary>
    public IReadOnlyList<RoleDefinition> Roles { get; init => field = EquatableList.From(value); } = EquatableList.From<RoleDefinition>(null);

    /// <summary>Gets the methods of the challenge in the order they are used (documentary analysis, case mapping, ...). Empty by default.</summary>
    public IReadOnlyList<MethodCode> Methods { get; init => field = EquatableList.From(value); } = EquatableList.From<MethodCode>(null);

    /// <summary>
    /// Gets the codes of the grading scale of the case audit, best first (kebab case, for example <c>outstanding</c>,
    /// <c>good</c>, <c>adequate</c>, <c>inadequate</c>): a grade of an audited case is one of them. Empty by default: the
    /// edition defines no grading scale, and grades are not checked against one.
    /// </summary>
    /// <remarks>Written to JSON only when not empty, so an edition written before the scale existed writes back unchanged.</remarks>
    public IReadOnlyList<string> AuditGrades { get; init => field = EquatableList.From(value); } = EquatableList.From<string>(null);

    /// <summary>
    /// Gets the role groups the edition's brief says the team hears on site (the 2011 brief: senior officers, elected
    /// members, partners and front-line staff): a timetable with no session whose participants include one of them is a
    /// warning (PC0809). Empty by default: no group is required.
    /// </summary>
    /// <remarks>Written to JSON only when not empty, so an edition written before the timetable existed writes back unchanged.</remarks>
    public IReadOnlyList<RoleGroupCode> OnSiteGroups { get; init => field = EquatableList.From(value); } = EquatableList.From<RoleGroupCode>(null);

    /// <summary>
    /// Gets the sessions the edition requires on the first or last on-site day (the 2011 brief: an opening meeting with
    /// partner agencies on the first day, the feedback presentation and a workshop on the last): a timetable without one
    /// is an error (PC0810). Empty by default: no session is required.
    /// </summary>
    /// <remarks>Written to JSON only when not empty, as <see cref="OnSiteGroups"/>.</remarks>
    public IReadOnlyList<SessionRequirement> OnSiteRequirements { get; init => field = EquatableList.From(value); } = EquatableList.From<SessionRequirement>(null);

    /// <summary>
    /// Gets the kinds of finding the edition uses (2011: strength, area for consideration, recommendation), each saying
    /// whether it is a recommendation. Empty by default: the edition defines no kinds, a finding's kind is not checked,
    /// and a finding is a recommendation when its kind is <c>recommendation</c>.
    /// </summary>
    /// <remarks>Written to JSON only when not empty, so an edition written before findings existed writes back unchanged.</remarks>
    public IReadOnlyList<FindingKindDefinition> FindingKinds { get; init => field = EquatableList.From(value); } = EquatableList.From<FindingKindDefinition>(null);

    /// <summary>The default length of the lead-in: 8 weeks, as in the 2011 brief.</summary>
    public const int DefaultLeadInWeeks = 8;

    /// <summary>The default number of working days on site: 5, as in the 2011 brief.</summary>
    public const int DefaultOnSiteDays = 5;

    /// <summary>Gets the length of the lead-in in weeks, from its start to the first on-site day. Default <see cref="DefaultLeadInWeeks"/> (8).</summary>
    /// <remarks>Written to JSON only when it was given (read from a document or set in code): an edition of a past review whose sources do not give it is not made to say 8.</remarks>
    [JsonIgnore]
    public int LeadInWeeks { get => LeadInWeeksInJson ?? DefaultLeadInWeeks; init => LeadInWeeksInJson = value; }

    /// <summary>Gets the number of working days on site. Default <see cref="DefaultOnSiteDays"/> (5).</summary>
    /// <remarks>Written to JSON only when it was given, as <see cref="LeadInWeeks"/>.</remarks>
    [JsonIgnore]
    public int OnSiteDays { get => OnSiteDaysInJson ?? DefaultOnSiteDays; init => OnSiteDaysInJson = value; }

    // The source-generated reader passes a left-out init-only property to the object initializer as its type's default
    // (0, false, null), not as the initializer's. A JSON-only nullable twin holds what was given (null when left out);
    // the public property applies the format's default (the schemas publish it as "default").
    [JsonInclude]
    [JsonPropertyName("leadInWeeks")]
    internal int? LeadInWeeksInJson { get; init; }

    [JsonInclude]
    [JsonPropertyName("onSiteDays")]
    internal int? OnSiteDaysInJson { get; init; }

    /// <summary>Gets properties of a newer format version, kept for round-tripping; null when there were none.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }

    /// <summary>Finds the theme with code <paramref name="code"/>.</summary>
    /// <param name="code">The theme code; null finds nothing.</param>
    /// <returns>The theme, or null when the edition has no such theme.</returns>
    public ThemeDefinition? FindTheme(ThemeCode? code) => code is null ? null : Themes.FirstOrDefault(t => t.Code == code);

    /// <summary>Finds the kind of finding with code <paramref name="code"/>.</summary>
    /// <param name="code">The kind's code; null finds nothing.</param>
    /// <returns>The kind, or null when the edition has no such kind.</returns>
    public FindingKindDefinition? FindFindingKind(string? code) => code is null ? null : FindingKinds.FirstOrDefault(k => k.Code == code);

    /// <summary>Finds the role with code <paramref name="code"/>.</summary>
    /// <param name="code">The role code; null finds nothing.</param>
    /// <returns>The role, or null when the edition has no such role.</returns>
    public RoleDefinition? FindRole(RoleCode? code) => code is null ? null : Roles.FirstOrDefault(r => r.Code == code);
}
