using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Findings;

/// <summary>
/// How urgent a recommendation is: high, medium or low. A closed codelist (docs/codelists.md): the published reports
/// that rank recommendations use these three, and an edition does not change them.
/// </summary>
/// <remarks>Only a recommendation has a priority (<see cref="Finding.Priority"/>). Equality is by reference (each member is a single static instance).</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(PeerChallenge.Domain.Serialization.CodeListJsonConverter<RecommendationPriority>))]
public sealed class RecommendationPriority : SmartEnum<RecommendationPriority>, ICodeListItem<RecommendationPriority>
{
    /// <summary>To act on first (<c>high</c>).</summary>
    public static readonly RecommendationPriority High = new(nameof(High), 1, "high", "High");

    /// <summary>To act on in the plan's first months (<c>medium</c>).</summary>
    public static readonly RecommendationPriority Medium = new(nameof(Medium), 2, "medium", "Medium");

    /// <summary>To act on in time (<c>low</c>).</summary>
    public static readonly RecommendationPriority Low = new(nameof(Low), 3, "low", "Low");

    private static readonly CodeList<RecommendationPriority> Codes = new(High, Medium, Low);

    private RecommendationPriority(string name, int value, string code, string displayName)
        : base(name, value)
    {
        Code = code;
        DisplayName = displayName;
    }

    /// <inheritdoc/>
    public string Code { get; }

    /// <inheritdoc/>
    public string DisplayName { get; }

    /// <summary>Gets every priority, in declaration order.</summary>
    public static IReadOnlyList<RecommendationPriority> All => Codes.Items;

    /// <inheritdoc cref="ICodeListItem{TSelf}.TryFromCode"/>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out RecommendationPriority? item) => Codes.TryFromCode(code, out item);

    /// <summary>Returns the member whose code is <paramref name="code"/>, for example <c>high</c>.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">No member has that code.</exception>
    public static RecommendationPriority FromCode(string code) => Codes.FromCode(code, "recommendation priority");

    /// <summary>Returns the code.</summary>
    /// <returns>The code, for example <c>high</c>.</returns>
    public override string ToString() => Code;
}
