using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Serialization;

namespace PeerChallenge.Domain.Framework;

/// <summary>
/// The code of a role on the peer team, for example <c>team-leader</c>. Open: any well-formed code (lower-case letters and digits
/// separated by single hyphens, at most 64 characters) is a role code, so editions defined as data can add their own; the
/// built-in ones are static members. Always well formed: it cannot be made from anything else.
/// </summary>
/// <remarks>Written in JSON as its text. Equality is ordinal on <see cref="Value"/>.</remarks>
[JsonConverter(typeof(TextValueJsonConverter<RoleCode>))]
public sealed record RoleCode : ITextValue<RoleCode>
{
    /// <summary>The team leader, a senior officer from another authority who leads the team (<c>team-leader</c>).</summary>
    public static readonly RoleCode TeamLeader = new("team-leader");

    /// <summary>The member peer, an elected member from another authority (<c>member-peer</c>).</summary>
    public static readonly RoleCode MemberPeer = new("member-peer");

    /// <summary>An officer peer, a senior children's services officer from another authority (<c>officer-peer</c>).</summary>
    public static readonly RoleCode OfficerPeer = new("officer-peer");

    /// <summary>The health peer, from a health body (<c>health-peer</c>).</summary>
    public static readonly RoleCode HealthPeer = new("health-peer");

    /// <summary>The off-site peer of the 2011 edition, who studies documents and data remotely (<c>off-site-peer</c>).</summary>
    public static readonly RoleCode OffSitePeer = new("off-site-peer");

    /// <summary>The analyst peer of the 2012-13 edition (<c>analyst-peer</c>).</summary>
    public static readonly RoleCode AnalystPeer = new("analyst-peer");

    /// <summary>The challenge manager, LGG/LGA staff who runs the process and writes the report (<c>challenge-manager</c>).</summary>
    public static readonly RoleCode ChallengeManager = new("challenge-manager");

    private RoleCode(string value) => Value = value;

    /// <summary>Gets the code's text, for example <c>team-leader</c>.</summary>
    public string Value { get; }

    /// <summary>Parses a role code.</summary>
    /// <param name="text">The text, for example <c>team-leader</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a well-formed code.</exception>
    public static RoleCode Parse(string text) => KebabCode.Parse(text, value => new RoleCode(value), Noun, "team-leader");

    /// <summary>Tries to parse a role code.</summary>
    /// <param name="text">The text; null gives false.</param>
    /// <param name="code">The code, or null.</param>
    /// <returns>True when <paramref name="text"/> is a well-formed code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out RoleCode? code) => KebabCode.TryParse(text, value => new RoleCode(value), out code);

    /// <summary>Returns the code's text.</summary>
    /// <returns>The text, for example <c>team-leader</c>.</returns>
    public override string ToString() => Value;

    static string ITextValue<RoleCode>.Noun => Noun;

    static string ITextValue<RoleCode>.Form => KebabCode.Form(Noun, "team-leader");

    private static string Noun => "a role code";
}
