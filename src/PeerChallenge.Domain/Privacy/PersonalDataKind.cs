using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using PeerChallenge.Domain.Framework;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Privacy;

/// <summary>
/// A kind of personal data the <see cref="PersonalDataScanner"/> finds in free text. The <see cref="Code"/>
/// (for example <c>PERSON</c>) is what the replace operator writes in brackets and what validation messages name.
/// </summary>
/// <remarks>Equality is by reference (each member is a single static instance). <see cref="All"/> is in declaration order.</remarks>
public sealed class PersonalDataKind : SmartEnum<PersonalDataKind>, ICodeListItem<PersonalDataKind>
{
    /// <summary>An email address, also written out (<c>sarah dot jones at gmail dot com</c>, <c>sarah(at)gmail(dot)com</c>) (<c>EMAIL</c>).</summary>
    public static readonly PersonalDataKind Email = new(nameof(Email), 1, "EMAIL", "Email address");

    /// <summary>A telephone number: UK 01, 02, 03, 07 and 08 numbers, with +44, brackets or spaces, and overseas numbers in international form (<c>+48 601 234 567</c>, <c>0092 300 1234567</c>) (<c>PHONE</c>).</summary>
    public static readonly PersonalDataKind Phone = new(nameof(Phone), 2, "PHONE", "Telephone number");

    /// <summary>An NHS number that passes the modulus 11 check (<c>NHS_NUMBER</c>).</summary>
    public static readonly PersonalDataKind NhsNumber = new(nameof(NhsNumber), 3, "NHS_NUMBER", "NHS number");

    /// <summary>A National Insurance number that follows HMRC's prefix and suffix rules (<c>NI_NUMBER</c>).</summary>
    public static readonly PersonalDataKind NiNumber = new(nameof(NiNumber), 4, "NI_NUMBER", "National Insurance number");

    /// <summary>A Unique Pupil Number whose check letter is right (<c>UPN</c>).</summary>
    public static readonly PersonalDataKind Upn = new(nameof(Upn), 5, "UPN", "Unique Pupil Number");

    /// <summary>A full UK postcode, with or without the space (<c>POSTCODE</c>).</summary>
    public static readonly PersonalDataKind Postcode = new(nameof(Postcode), 6, "POSTCODE", "Postcode");

    /// <summary>A date of birth (a date next to "born", "DOB", "date of birth") or a child's age such as "aged 7" (<c>DATE_OF_BIRTH</c>).</summary>
    public static readonly PersonalDataKind DateOfBirth = new(nameof(DateOfBirth), 7, "DATE_OF_BIRTH", "Date of birth or age");

    /// <summary>A case reference: one in a pattern the council configures, an identifier after "case ref", "case number", a police cue ("crime ref", "log", "URN") or a case-system name ("Mosaic", "LCS") (<c>CASE_REF</c>).</summary>
    public static readonly PersonalDataKind CaseReference = new(nameof(CaseReference), 8, "CASE_REF", "Case reference");

    /// <summary>A person's name (<c>PERSON</c>).</summary>
    public static readonly PersonalDataKind Person = new(nameof(Person), 9, "PERSON", "Person's name");

    /// <summary>
    /// A street address: a house number or flat with a street (<c>14 Ashwood Grove</c>, <c>Flat 3, 22 Oak Road</c>), or a
    /// flat in a named building (<c>Flat 3 Smith House</c>) (<c>ADDRESS</c>). Added after the other kinds, so their
    /// <c>Value</c>s are unchanged; on by default.
    /// </summary>
    public static readonly PersonalDataKind Address = new(nameof(Address), 10, "ADDRESS", "Street address");

    private static readonly CodeList<PersonalDataKind> Codes = new(Email, Phone, NhsNumber, NiNumber, Upn, Postcode, DateOfBirth, CaseReference, Person, Address);

    private PersonalDataKind(string name, int value, string code, string displayName)
        : base(name, value)
    {
        Code = code;
        DisplayName = displayName;
        Placeholder = "[" + code + "]";
    }

    /// <summary>Gets the code, upper case with underscores, for example <c>NHS_NUMBER</c>.</summary>
    public string Code { get; }

    /// <summary>Gets a plain-English name, for example <c>NHS number</c>.</summary>
    public string DisplayName { get; }

    /// <summary>Gets every kind, in declaration order (EMAIL first, then PHONE ... PERSON, then ADDRESS).</summary>
    public static IReadOnlyList<PersonalDataKind> All => Codes.Items;

    /// <summary>Gets the code in brackets, for example <c>[PERSON]</c>, which the replace operator writes.</summary>
    internal string Placeholder { get; }

    /// <inheritdoc cref="ICodeListItem{TSelf}.TryFromCode"/>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out PersonalDataKind? item) => Codes.TryFromCode(code, out item);

    /// <summary>Returns the kind whose code is <paramref name="code"/>, for example <c>PERSON</c>.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The kind.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">The code is not one of the kinds' codes.</exception>
    public static PersonalDataKind FromCode(string code) => Codes.FromCode(code, "personal data kind");

    /// <summary>Returns the code.</summary>
    /// <returns>The code, for example <c>PERSON</c>.</returns>
    public override string ToString() => Code;
}
