using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace PeerChallenge.Domain;

/// <summary>A version of the interchange format, <c>major.minor.patch</c> (SemVer without pre-release parts), as a record carries it in <c>schemaVersion</c>.</summary>
/// <remarks>Written in JSON as text, for example <c>"1.0.0"</c>. Equality is by value.</remarks>
/// <param name="Major">Incremented for changes an older reader cannot read.</param>
/// <param name="Minor">Incremented when parts are added; an older reader keeps them as unknown properties.</param>
/// <param name="Patch">Incremented for corrections of descriptions and documentation.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.SchemaVersionJsonConverter))]
public readonly record struct SchemaVersion(int Major, int Minor, int Patch)
{
    /// <summary>Gets the version this library writes for a new record: <c>1.2.0</c> (format 1.2 adds the shareable export).</summary>
    public static SchemaVersion Current { get; } = new(1, 2, 0);

    /// <summary>Parses <c>major.minor.patch</c>.</summary>
    /// <param name="text">The text, for example <c>1.0.0</c>.</param>
    /// <returns>The version.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not three non-negative whole numbers separated by dots.</exception>
    public static SchemaVersion Parse(string text) =>
        TryParse(text ?? throw new ArgumentNullException(nameof(text)), out var version) ? version : throw new FormatException($"'{text}' is not a schema version such as 1.0.0.");

    /// <summary>Tries to parse <c>major.minor.patch</c>.</summary>
    /// <param name="text">The text; null gives false.</param>
    /// <param name="version">The version, or default.</param>
    /// <returns>True when parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out SchemaVersion version)
    {
        version = default;
        var parts = text?.Split('.');
        if (parts is not { Length: 3 })
        {
            return false;
        }

        var numbers = new int[3];
        for (var i = 0; i < 3; i++)
        {
            if (parts[i].Length == 0 || parts[i].Length > 9 || !parts[i].All(char.IsAsciiDigit)
                || (parts[i].Length > 1 && parts[i][0] == '0'))
            {
                return false;
            }

            numbers[i] = int.Parse(parts[i], CultureInfo.InvariantCulture);
        }

        version = new SchemaVersion(numbers[0], numbers[1], numbers[2]);
        return true;
    }

    /// <summary>Formats the version as <c>major.minor.patch</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Patch}");
}
