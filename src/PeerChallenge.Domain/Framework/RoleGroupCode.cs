using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;
using PeerChallenge.Domain.Serialization;

namespace PeerChallenge.Domain.Framework;

/// <summary>
/// The code of a group of people the team hears on site, for example <c>front-line-staff</c>. Open: any well-formed code
/// (lower-case letters and digits separated by single hyphens, at most 64 characters) is a role group code, so editions
/// defined as data can name their own groups; the ones the 2011 brief names are static members. Always well formed: it
/// cannot be made from anything else.
/// </summary>
/// <remarks>
/// A role group describes people only as a group, never a person: with an agency type and a number it is all the
/// timetable says of whom the team meets. Written in JSON as its text. Equality is ordinal on <see cref="Value"/>.
/// </remarks>
[JsonConverter(typeof(TextValueJsonConverter<RoleGroupCode>))]
public sealed record RoleGroupCode : ITextValue<RoleGroupCode>
{
    /// <summary>Senior officers of the council: the director of children's services, heads of service (<c>senior-officer</c>).</summary>
    public static readonly RoleGroupCode SeniorOfficer = new("senior-officer");

    /// <summary>Elected members (councillors): the lead member, the leader, scrutiny members (<c>elected-member</c>).</summary>
    public static readonly RoleGroupCode ElectedMember = new("elected-member");

    /// <summary>Partner agencies: health, police, schools, the LSCB, the voluntary sector (<c>partner-agency</c>).</summary>
    public static readonly RoleGroupCode PartnerAgency = new("partner-agency");

    /// <summary>Front-line staff: social workers, team managers, health visitors, teachers (<c>front-line-staff</c>).</summary>
    public static readonly RoleGroupCode FrontLineStaff = new("front-line-staff");

    /// <summary>Children and young people, for example the children in care council (<c>young-people</c>).</summary>
    public static readonly RoleGroupCode YoungPeople = new("young-people");

    /// <summary>Parents and carers, foster carers among them (<c>parents-and-carers</c>).</summary>
    public static readonly RoleGroupCode ParentsAndCarers = new("parents-and-carers");

    private RoleGroupCode(string value) => Value = value;

    /// <summary>Gets the code's text, for example <c>front-line-staff</c>.</summary>
    public string Value { get; }

    /// <summary>Parses a role group code.</summary>
    /// <param name="text">The text, for example <c>front-line-staff</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a well-formed code.</exception>
    public static RoleGroupCode Parse(string text) => KebabCode.Parse(text, value => new RoleGroupCode(value), Noun, "front-line-staff");

    /// <summary>Tries to parse a role group code.</summary>
    /// <param name="text">The text; null gives false.</param>
    /// <param name="code">The code, or null.</param>
    /// <returns>True when <paramref name="text"/> is a well-formed code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out RoleGroupCode? code) => KebabCode.TryParse(text, value => new RoleGroupCode(value), out code);

    /// <summary>Returns the code's text.</summary>
    /// <returns>The text, for example <c>front-line-staff</c>.</returns>
    public override string ToString() => Value;

    /// <summary>
    /// Returns the code in words, for people to read: its hyphens as spaces, and <c>front-line</c> kept as the brief
    /// writes it (<c>elected-member</c> is <c>elected member</c>, <c>front-line-staff</c> is <c>front-line staff</c>).
    /// </summary>
    /// <returns>The words; never empty.</returns>
    public string ToWords() => Value.Replace('-', ' ').Replace("front line", "front-line", StringComparison.Ordinal);

    static string ITextValue<RoleGroupCode>.Noun => Noun;

    static string ITextValue<RoleGroupCode>.Form => KebabCode.Form(Noun, "front-line-staff");

    private static string Noun => "a role group code";
}
