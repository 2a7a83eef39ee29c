using System.Diagnostics.CodeAnalysis;

namespace PeerChallenge.Domain.Base;

/// <summary>
/// The form of the open codes of the format (editions, themes, roles, methods): 1 to 64 lower-case ASCII letters
/// and digits in groups joined by single hyphens, for example <c>team-leader</c>. The one definition the code types,
/// the schema and the messages share.
/// </summary>
internal static class KebabCode
{
    /// <summary>The most characters a code may have: 64.</summary>
    internal const int MaxLength = 64;

    /// <summary>The pattern of a code, as published in the JSON Schemas.</summary>
    internal const string Pattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /// <summary>Returns true when <paramref name="text"/> is a well-formed code.</summary>
    internal static bool IsWellFormed([NotNullWhen(true)] string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength || text[0] == '-' || text[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '-' ? text[i - 1] == '-' : !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Makes a code with <paramref name="create"/> when <paramref name="text"/> is well formed.</summary>
    internal static bool TryParse<T>([NotNullWhen(true)] string? text, Func<string, T> create, [NotNullWhen(true)] out T? code)
        where T : class
    {
        code = IsWellFormed(text) ? create(text) : null;
        return code is not null;
    }

    /// <summary>Makes a code with <paramref name="create"/>, throwing when <paramref name="text"/> is not well formed.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a well-formed code.</exception>
    internal static T Parse<T>(string text, Func<string, T> create, string noun, string example)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, create, out var code) ? code : throw new FormatException($"The text is not {Form(noun, example)}.");
    }

    /// <summary>Says what a code is and how it is written, for messages that follow "is not" (never quoting the refused text).</summary>
    internal static string Form(string noun, string example) =>
        $"{noun}: lower-case letters and digits separated by single hyphens, at most {MaxLength} characters (for example {example})";
}
