using System.Text.Json;

namespace PeerChallenge.Domain.Serialization;

/// <summary>Thrown by <see cref="CodeListJsonConverter{T}"/> when a code is not in its codelist; the reader reports it as PC0008.</summary>
public sealed class UnknownCodeException : JsonException
{
    /// <summary>Initializes a new instance for <paramref name="code"/>.</summary>
    /// <param name="code">The unknown code.</param>
    /// <param name="knownCodes">The codes the codelist has.</param>
    public UnknownCodeException(string code, IEnumerable<string> knownCodes)
        : base($"The value is not a known code. Use one of: {string.Join(", ", knownCodes)}.")
    {
        Code = code;
    }

    /// <summary>Gets the unknown code.</summary>
    public string Code { get; }
}
