using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace PeerChallenge.Domain.Base;

/// <summary>The ordered members of one codelist and their lookup by code; built once per codelist type.</summary>
/// <typeparam name="T">The codelist type.</typeparam>
internal sealed class CodeList<T>
    where T : class, ICodeListItem<T>
{
    private readonly FrozenDictionary<string, T> _byCode;

    internal CodeList(params T[] items)
    {
        Items = Array.AsReadOnly(items);
        _byCode = items.ToFrozenDictionary(item => item.Code, StringComparer.Ordinal);
    }

    internal IReadOnlyList<T> Items { get; }

    internal bool TryFromCode(string? code, [NotNullWhen(true)] out T? item)
    {
        if (code is null)
        {
            item = null;
            return false;
        }

        return _byCode.TryGetValue(code, out item);
    }

    internal T FromCode(string code, string listName)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (TryFromCode(code, out var item))
        {
            return item;
        }

        throw new ArgumentException(
            $"'{code}' is not a {listName} code. Known codes: {string.Join(", ", Items.Select(i => i.Code))}.",
            nameof(code));
    }
}
