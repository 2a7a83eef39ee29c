using System.Globalization;
using System.Text.Json.Serialization;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Evidence;

/// <summary>
/// One cell of a published table: either a number (a count, a percentage or a mean) or a symbol that stands in for
/// it, such as <c>c</c> (confidential), <c>:</c> (not available) or <c>z</c> (not applicable). In JSON a cell is a
/// number or a string.
/// </summary>
/// <remarks>Equality is by value: <c>5</c> and <c>5.0</c> are equal numbers.</remarks>
[JsonConverter(typeof(TableCellJsonConverter))]
public sealed record TableCell
{
    private TableCell(decimal? value, string? symbol)
    {
        Value = value;
        Symbol = symbol;
    }

    /// <summary>Gets the cell <c>c</c>: withheld to protect confidentiality.</summary>
    public static TableCell Confidential { get; } = new(null, DisclosureProfile.ConfidentialSymbol);

    /// <summary>Gets the cell <c>:</c>: not available.</summary>
    public static TableCell NotAvailable { get; } = new(null, DisclosureProfile.NotAvailableSymbol);

    /// <summary>Gets the cell <c>z</c>: not applicable.</summary>
    public static TableCell NotApplicable { get; } = new(null, DisclosureProfile.NotApplicableSymbol);

    /// <summary>Gets the number shown, or null when the cell is a symbol.</summary>
    public decimal? Value { get; }

    /// <summary>Gets the symbol shown, or null when the cell is a number.</summary>
    public string? Symbol { get; }

    /// <summary>Gets a value indicating whether the cell is a symbol rather than a number.</summary>
    public bool IsSymbol => Symbol is not null;

    /// <summary>Makes a cell showing a number.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The cell.</returns>
    public static TableCell Of(decimal value) => new(value, null);

    /// <summary>Makes a cell showing a symbol instead of a number.</summary>
    /// <param name="symbol">The symbol, for example <c>c</c> or <c>*</c>.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="symbol"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="symbol"/> is empty or white space.</exception>
    public static TableCell OfSymbol(string symbol) => new(null, Preconditions.CheckNotBlank(symbol, nameof(symbol)));

    /// <summary>Returns the number in the invariant culture (without trailing zeros), or the symbol.</summary>
    /// <returns>The cell as text.</returns>
    public override string ToString() => Symbol ?? Value!.Value.ToString("0.############################", CultureInfo.InvariantCulture);
}
