using System.Diagnostics.CodeAnalysis;

namespace PeerChallenge.Domain.Base;

/// <summary>Argument checks used where values are made, in the style of NodaTime's helper of the same name.</summary>
internal static class Preconditions
{
    /// <summary>Throws <see cref="ArgumentNullException"/> when <paramref name="value"/> is null.</summary>
    internal static T CheckNotNull<T>([NotNull] T? value, string paramName)
        where T : class
        => value ?? throw new ArgumentNullException(paramName);

    /// <summary>Throws <see cref="ArgumentException"/> with <paramref name="message"/> when <paramref name="expression"/> is false.</summary>
    internal static void CheckArgument([DoesNotReturnIf(false)] bool expression, string paramName, string message)
    {
        if (!expression)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="value"/> is outside [min, max].</summary>
    internal static int CheckArgumentRange(int value, string paramName, int min, int max)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"Value should be in range [{min}-{max}]");
        }

        return value;
    }

    /// <summary>Throws when <paramref name="value"/> is null, empty or white space.</summary>
    internal static string CheckNotBlank([NotNull] string? value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        CheckArgument(!string.IsNullOrWhiteSpace(value), paramName, "Value must not be empty or white space.");
        return value;
    }
}
