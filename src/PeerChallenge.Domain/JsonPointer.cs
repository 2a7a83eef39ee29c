using System.Text;
using System.Text.Json;

namespace PeerChallenge.Domain;

/// <summary>Builds RFC 6901 JSON Pointers into the interchange document.</summary>
internal static class JsonPointer
{
    /// <summary>Appends a property name or index to <paramref name="pointer"/>, escaping <c>~</c> and <c>/</c>.</summary>
    internal static string Append(string pointer, string segment) =>
        string.Concat(pointer, "/", segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));

    /// <summary>Appends an array index to <paramref name="pointer"/>.</summary>
    internal static string Append(string pointer, int index) => string.Concat(pointer, "/", index.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// Turns a FluentValidation property path (<c>Team[0].HomeOrganisation.Id</c>) into a pointer
    /// (<c>/team/0/homeOrganisation/id</c>); a path that already starts with <c>/</c> is returned as it is.
    /// </summary>
    internal static string FromPropertyPath(string? propertyPath)
    {
        if (string.IsNullOrEmpty(propertyPath))
        {
            return string.Empty;
        }

        if (propertyPath[0] == '/')
        {
            return propertyPath;
        }

        var builder = new StringBuilder();
        foreach (var part in propertyPath.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? part : part[..bracket];
            if (name.Length > 0)
            {
                builder.Append('/').Append(JsonNamingPolicy.CamelCase.ConvertName(name));
            }

            while (bracket >= 0)
            {
                var close = part.IndexOf(']', bracket);
                if (close < 0)
                {
                    break;
                }

                builder.Append('/').Append(part, bracket + 1, close - bracket - 1);
                bracket = part.IndexOf('[', close);
            }
        }

        return builder.ToString();
    }
}
