using System.Diagnostics.CodeAnalysis;
using PeerChallenge.Domain.Base;

namespace PeerChallenge.Domain.Serialization;

/// <summary>The outcome of reading a document: the record when it could be read, and every issue found while reading.</summary>
/// <typeparam name="T">The type read: <see cref="ChallengeRecord"/> or <see cref="Framework.Edition"/>.</typeparam>
/// <param name="Value">The value read, or null when the document cannot be read as one.</param>
/// <param name="Issues">The reading issues: errors when <paramref name="Value"/> is null, otherwise warnings only (for example PC0010).</param>
public sealed record ChallengeReadResult<T>(T? Value, IReadOnlyList<ValidationIssue> Issues)
    where T : class
{
    /// <summary>Gets a value indicating whether the document was read.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool Succeeded => Value is not null;
}
