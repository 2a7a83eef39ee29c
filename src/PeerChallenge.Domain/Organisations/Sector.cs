using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Organisations;

/// <summary>
/// The sector an organisation or a team member works in. A closed codelist: the JSON code of each member
/// is documented in <c>docs/codelists.md</c>.
/// </summary>
/// <remarks>Equality is by reference (each member is a single static instance).</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(PeerChallenge.Domain.Serialization.CodeListJsonConverter<Sector>))]
public sealed class Sector : SmartEnum<Sector>, ICodeListItem<Sector>
{
    /// <summary>A council or other local authority (<c>local-government</c>).</summary>
    public static readonly Sector LocalGovernment = new(nameof(LocalGovernment), 1, "local-government", "Local government");

    /// <summary>An NHS or other health body: a primary care trust, a foundation trust, a clinical commissioning group (<c>health</c>).</summary>
    public static readonly Sector Health = new(nameof(Health), 2, "health", "Health");

    /// <summary>A police force (<c>police</c>).</summary>
    public static readonly Sector Police = new(nameof(Police), 3, "police", "Police");

    /// <summary>Schools, colleges and other education providers (<c>education</c>).</summary>
    public static readonly Sector Education = new(nameof(Education), 4, "education", "Education");

    /// <summary>Probation, youth offending and the courts (<c>justice</c>).</summary>
    public static readonly Sector Justice = new(nameof(Justice), 5, "justice", "Probation, youth justice and courts");

    /// <summary>Voluntary and community sector organisations (<c>voluntary</c>).</summary>
    public static readonly Sector Voluntary = new(nameof(Voluntary), 6, "voluntary", "Voluntary and community sector");

    /// <summary>The Local Government Association or Local Government Group, including the IDeA (<c>lga</c>).</summary>
    public static readonly Sector Lga = new(nameof(Lga), 7, "lga", "LGA / LGG / IDeA");

    /// <summary>Any other sector (<c>other</c>).</summary>
    public static readonly Sector Other = new(nameof(Other), 8, "other", "Other");

    private static readonly CodeList<Sector> Codes = new(LocalGovernment, Health, Police, Education, Justice, Voluntary, Lga, Other);

    private Sector(string name, int value, string code, string displayName)
        : base(name, value)
    {
        Code = code;
        DisplayName = displayName;
    }

    /// <inheritdoc/>
    public string Code { get; }

    /// <inheritdoc/>
    public string DisplayName { get; }

    /// <summary>Gets every sector in declaration order (unlike SmartEnum's <c>List</c>, which is sorted by name and found by reflection).</summary>
    public static IReadOnlyList<Sector> All => Codes.Items;

    /// <inheritdoc cref="ICodeListItem{TSelf}.TryFromCode"/>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out Sector? item) => Codes.TryFromCode(code, out item);

    /// <summary>Returns the sector whose code is <paramref name="code"/>.</summary>
    /// <param name="code">A sector code such as <c>health</c>.</param>
    /// <returns>The sector.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">No sector has that code.</exception>
    public static Sector FromCode(string code) => Codes.FromCode(code, "sector");

    /// <summary>Returns the code, for example <c>health</c>.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;
}
